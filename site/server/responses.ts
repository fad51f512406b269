import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { LOCKED_DOWN_POLICY, SECURITY_HEADERS } from './security-headers';

/** What every answer that is not one of the site's pages carries. */
export const PLAIN_HEADERS: OutgoingHttpHeaders = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': LOCKED_DOWN_POLICY,
};

/** Short plain-text answers for errors: no HTML to escape, nothing for browsers to sniff. */
export function sendText(res: ServerResponse, status: number, text: string, headers: OutgoingHttpHeaders = {}): void {
  res.writeHead(status, {
    ...PLAIN_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(`${text}\n`);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    ...PLAIN_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(`${JSON.stringify(body)}\n`);
}
