/**
 * Web forms post to the site's own address (`/api/forms/<slug>/submissions`), and the
 * residents' account lives at `/account/…`, so a resident deals with one front door,
 * without CORS, and the account's `__Host-` cookie is the site's. The site server
 * passes those requests, and only those, to a CMS instance as they came (the account's
 * to the CMS's `/api/account/…`),
 * adding the resident's address in X-Forwarded-For for the CMS's rate limit, and the
 * proxy secret that makes the CMS believe it (cms/src/middlewares/client-address.ts).
 *
 * The request is read whole first (within the protocol's limits), so that when an
 * instance does not answer in time, refuses the connection or says it is unavailable,
 * the same request, with the same Idempotency-Key, goes to the next one: the CMS
 * stores a retried submission once. A plain HTML form without a key is keyed by its
 * content and the resident's address, which are the same on every try.
 */
import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import net from 'node:net';
import { clientAddress, IDEMPOTENCY_HEADER, MAX_ANSWERS_BYTES, MAX_FILES_BYTES } from '@doorstep/domain';
import { PLAIN_HEADERS, sendText } from './responses';
import type { Upstreams } from './upstreams';

/** How the site server vouches for the residents it forwards. */
export interface Forwarding {
  /** PROXY_SECRET, shared with the CMS; without it the CMS counts every resident as this server. */
  secret: string | undefined;
  /** This server's own proxies (TRUSTED_PROXIES), whose X-Forwarded-For it believes. */
  isTrustedProxy: (address: string) => boolean;
}

export const PROXY_SECRET_HEADER = 'x-doorstep-proxy';
/** The account's cookies (cms/src/account/sessions.ts and csrf.ts), the only ones passed on. */
const ACCOUNT_COOKIE_PREFIX = '__Host-doorstep_';

const PASSED_HEADERS = [
  'content-type',
  'cookie',
  'origin',
  'sec-fetch-site',
  'content-length',
  'accept',
  IDEMPOTENCY_HEADER.toLowerCase(),
  'user-agent',
  'accept-language',
];
/** How long an instance may take to start answering a submission before the next one is asked. */
export const DEFAULT_ANSWER_TIMEOUT_MS = 8_000;
/** Files, answers, and room for the multipart framing around them. */
const MAX_REQUEST_BYTES = MAX_FILES_BYTES + MAX_ANSWERS_BYTES + 64 * 1024;
/** Answers that mean "not this instance, not now": worth asking another. */
const TRY_ANOTHER = new Set([502, 503, 504]);
/** Hop-by-hop headers, and what the CMS says of itself. */
const DROPPED_HEADERS = new Set(['connection', 'transfer-encoding', 'keep-alive', 'x-powered-by', 'server']);

export interface ProxyOptions {
  upstreams: Upstreams;
  /** The CMS's path for this request, when it differs from the site's (the account's pages). */
  path?: string;
  /** GET too (the account's pages); web form submissions are POST only. */
  methods?: readonly string[];
  forwarding: Forwarding;
  answerTimeoutMs?: number;
}

export async function proxyToCms(req: IncomingMessage, res: ServerResponse, options: ProxyOptions): Promise<void> {
  const methods = options.methods ?? ['POST'];
  if (!methods.includes(req.method ?? '')) {
    return sendText(res, 405, `Use ${methods.join(' or ')}`, { Allow: methods.join(', ') });
  }
  const body = await readBody(req);
  if (body === 'too large') {
    const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024}MB` : `${bytes / 1024}KB`);
    const message = `The request is too large: files can be up to ${size(MAX_FILES_BYTES)} in all, other answers up to ${size(MAX_ANSWERS_BYTES)}`;
    return sendText(res, 413, message, { Connection: 'close' });
  }
  if (body === 'broken') return;
  const headers = forwardedHeaders(req, options.forwarding);
  if (body.length > 0 || req.method === 'POST') headers['content-length'] = String(body.length);
  for (const cms of options.upstreams.order()) {
    const target = new URL(options.path ?? req.url ?? '/', cms);
    const answer = await send(req.method ?? 'POST', target, headers, body, options.answerTimeoutMs);
    if (answer && !TRY_ANOTHER.has(answer.statusCode ?? 502)) return relay(answer, res);
    options.upstreams.markDown(cms);
    answer?.resume();
  }
  // The form runner keeps the answers and tries again; without JavaScript, Back keeps them.
  sendText(res, 503, 'The council’s forms service is not answering. Go back and try again in a few minutes.', {
    'Retry-After': '60',
  });
}

function forwardedHeaders(req: IncomingMessage, forwarding: Forwarding): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of PASSED_HEADERS) {
    const value = req.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  // Only the account's own cookies travel: whatever else the browser holds for the site
  // (a council's analytics, say) is none of the CMS's business.
  const accountCookies = (headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.startsWith(ACCOUNT_COOKIE_PREFIX));
  if (accountCookies.length > 0) headers.cookie = accountCookies.join('; ');
  else delete headers.cookie;
  // Replaces, never appends: a client cannot choose the address the CMS counts it by.
  headers['x-forwarded-for'] = clientAddress({
    socket: req.socket.remoteAddress ?? '',
    forwardedFor: req.headers['x-forwarded-for'],
    isTrusted: forwarding.isTrustedProxy,
    isAddress: (value) => net.isIP(value) !== 0,
  });
  if (forwarding.secret) headers[PROXY_SECRET_HEADER] = forwarding.secret;
  // The host the resident asked for, which an Origin header must name (cms/src/account/csrf.ts).
  if (req.headers.host) headers['x-forwarded-host'] = req.headers.host;
  return headers;
}

function readBody(req: IncomingMessage): Promise<Buffer | 'too large' | 'broken'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        req.pause();
        resolve('too large');
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve('broken'));
  });
}

/** One try: the instance's answer once its headers arrive, or null when it fails or takes too long. */
function send(
  method: string,
  target: URL,
  headers: Record<string, string>,
  body: Buffer,
  timeoutMs = DEFAULT_ANSWER_TIMEOUT_MS,
): Promise<IncomingMessage | null> {
  return new Promise((resolve) => {
    const upstream = request(target, { method, headers }, (answer) => {
      clearTimeout(timer);
      resolve(answer);
    });
    const timer = setTimeout(() => upstream.destroy(new Error('timed out')), timeoutMs);
    upstream.on('error', () => {
      clearTimeout(timer);
      resolve(null);
    });
    upstream.end(body);
  });
}

function relay(answer: IncomingMessage, res: ServerResponse): Promise<void> {
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
  return new Promise((resolve) => {
    answer.pipe(res);
    answer.on('end', () => resolve());
    answer.on('error', () => (res.destroy(), resolve()));
  });
}
