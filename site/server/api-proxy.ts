/**
 * Web forms post to the site's own address (`/api/forms/<slug>/submissions`), so a
 * resident deals with one front door and the forms work without CORS. The site
 * server passes those requests, and only those, to the CMS as they came, adding
 * the resident's address in X-Forwarded-For for the CMS's rate limit, and the
 * proxy secret that makes the CMS believe it (cms/src/middlewares/client-address.ts).
 */
import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import net from 'node:net';
import { clientAddress, IDEMPOTENCY_HEADER } from '@doorstep/domain';
import { PLAIN_HEADERS, sendText } from './responses';

/** How the site server vouches for the residents it forwards. */
export interface Forwarding {
  /** PROXY_SECRET, shared with the CMS; without it the CMS counts every resident as this server. */
  secret: string | undefined;
  /** This server's own proxies (TRUSTED_PROXIES), whose X-Forwarded-For it believes. */
  isTrustedProxy: (address: string) => boolean;
}

export const PROXY_SECRET_HEADER = 'x-doorstep-proxy';

const PASSED_HEADERS = [
  'content-type',
  'content-length',
  'accept',
  IDEMPOTENCY_HEADER.toLowerCase(),
  'user-agent',
  'accept-language',
];
const TIMEOUT_MS = 60_000;
/** Hop-by-hop headers, and what the CMS says of itself. */
const DROPPED_HEADERS = new Set(['connection', 'transfer-encoding', 'keep-alive', 'x-powered-by', 'server']);

export function proxyToCms(
  req: IncomingMessage,
  res: ServerResponse,
  cmsUrl: string,
  forwarding: Forwarding,
): Promise<void> {
  if (req.method !== 'POST') return Promise.resolve(sendText(res, 405, 'Use POST', { Allow: 'POST' }));
  const target = new URL(req.url ?? '/', cmsUrl);
  const headers: Record<string, string> = {};
  for (const name of PASSED_HEADERS) {
    const value = req.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  // Replaces, never appends: a client cannot choose the address the CMS counts it by.
  headers['x-forwarded-for'] = clientAddress({
    socket: req.socket.remoteAddress ?? '',
    forwardedFor: req.headers['x-forwarded-for'],
    isTrusted: forwarding.isTrustedProxy,
    isAddress: (value) => net.isIP(value) !== 0,
  });
  if (forwarding.secret) headers[PROXY_SECRET_HEADER] = forwarding.secret;
  return new Promise((resolve) => {
    const upstream = request(target, { method: 'POST', headers, timeout: TIMEOUT_MS }, (answer) => {
      const passed: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value !== undefined && !DROPPED_HEADERS.has(name)) passed[name] = value;
      }
      // The site's security headers over the CMS's; the CMS's own page policy, where it sent one.
      for (const [name, value] of Object.entries(PLAIN_HEADERS)) {
        const key = name.toLowerCase();
        if (key !== 'content-security-policy' || !passed[key]) passed[key] = String(value);
      }
      res.writeHead(answer.statusCode ?? 502, passed);
      answer.pipe(res);
      answer.on('end', () => resolve());
      answer.on('error', () => (res.destroy(), resolve()));
    });
    const unavailable = () => {
      if (!res.headersSent) {
        // The form runner keeps the answers and tries again; without JavaScript, Back keeps them.
        sendText(res, 503, 'The council’s forms service is not answering. Go back and try again in a few minutes.', {
          'Retry-After': '60',
        });
      } else res.destroy();
      resolve();
    };
    upstream.on('timeout', () => upstream.destroy(new Error('timed out')));
    upstream.on('error', unavailable);
    req.pipe(upstream);
  });
}
