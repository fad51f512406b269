/**
 * The live site's HTTP server: the current build's files, web form submissions and
 * the residents' account passed through to the CMS, and two endpoints under /__doorstep/ for the CMS
 * webhook and for monitoring.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Builds } from './builds';
import type { RebuildWorker, WorkerLog, WorkerStatus } from './rebuild-worker';
import { SUBMISSIONS_PATH } from '@doorstep/domain';
import { proxyToCms, type Forwarding } from './api-proxy';
import { createUpstreams } from './upstreams';
import { sendJson, sendText } from './responses';
import { serveStatic } from './static-files';
import { PREVIEW_PATH, servePreview } from './preview';
import { isAuthorised, MIN_SECRET_LENGTH, readWebhook } from './webhook';

export const REBUILD_PATH = '/__doorstep/rebuild';

/**
 * The CMS's path for a page of the residents' account (`/account/…` is `/api/account/…`),
 * or null. Only plain segments (letters, digits, `-`, `_`, `.` inside a name, `:`
 * never): no `.` or `..` segment, no percent-encoding, no backslash, so no request
 * can climb out of `/api/account` to another CMS route.
 */
export function cmsAccountPath(url: string): string | null {
  const match = /^\/account((?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*)\/?(\?[^#]*)?$/.exec(url);
  if (!match) return null;
  const rest = match[1] ?? '';
  if (rest.split('/').some((segment) => segment === '.' || segment === '..')) return null;
  return `/api/account${rest}${match[2] ?? ''}`;
}
export const STATUS_PATH = '/__doorstep/status';

/** What anyone may know of the live site's builds: whether one runs, and when they ran. */
export function publicStatus(status: WorkerStatus) {
  return {
    building: status.building,
    pending: status.pending,
    builds: status.builds,
    lastBuild: status.lastBuild && { startedAt: status.lastBuild.startedAt, finishedAt: status.lastBuild.finishedAt },
    lastError: status.lastError && { at: status.lastError.at },
  };
}

export interface SiteServerOptions {
  builds: Pick<Builds, 'currentDir' | 'currentLink'>;
  worker: Pick<RebuildWorker, 'request' | 'status'>;
  webhookSecret: string;
  /** Where web form submissions go: one CMS, or every instance of a cluster (each checked, tried in turn). */
  cmsUrl: string | readonly string[];
  /** How long an instance may take to answer a submission before the next is asked. */
  answerTimeoutMs?: number;
  /** How submissions are vouched for to the CMS; by default no secret and no trusted proxies. */
  forwarding?: Forwarding;
  log?: WorkerLog;
}

const NO_FORWARDING: Forwarding = { secret: undefined, isTrustedProxy: () => false };

export function createSiteServer({
  builds,
  worker,
  webhookSecret,
  cmsUrl,
  answerTimeoutMs,
  forwarding = NO_FORWARDING,
  log = console,
}: SiteServerOptions): Server {
  if (webhookSecret.length < MIN_SECRET_LENGTH) {
    throw new Error(`The webhook secret must be at least ${MIN_SECRET_LENGTH} characters long`);
  }
  const upstreams = createUpstreams(typeof cmsUrl === 'string' ? [cmsUrl] : cmsUrl);
  const cmsUrls = typeof cmsUrl === 'string' ? [cmsUrl] : [...cmsUrl];
  // Previews read drafts from the first CMS; any of them may frame a preview (Strapi's Preview button).
  const previewCms = { url: cmsUrls[0] ?? '', origins: cmsUrls.map((url) => new URL(url).origin) };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const pathname = (req.url ?? '/').split('?')[0];
    if (pathname === REBUILD_PATH) return rebuild(req, res);
    if (pathname === STATUS_PATH) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Use GET', { Allow: 'GET, HEAD' });
      const status = worker.status();
      // Build output names files and paths on this machine: only whoever holds the secret reads it.
      return sendJson(res, 200, isAuthorised(req.headers.authorization, webhookSecret) ? status : publicStatus(status));
    }
    if (pathname?.startsWith('/__doorstep/')) return sendText(res, 404, 'Not found');
    if (SUBMISSIONS_PATH.test(pathname ?? '')) return proxyToCms(req, res, { upstreams, forwarding, answerTimeoutMs });
    if (pathname === PREVIEW_PATH) return servePreview(req, res, builds, previewCms);
    const account = cmsAccountPath(req.url ?? '/');
    if (account) {
      return proxyToCms(req, res, { upstreams, forwarding, answerTimeoutMs, path: account, methods: ['GET', 'POST'] });
    }
    return serveStatic(req, res, builds);
  }

  async function rebuild(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return sendText(res, 405, 'Use POST', { Allow: 'POST' });
    if (!isAuthorised(req.headers.authorization, webhookSecret)) {
      return sendText(res, 401, 'Send the header Authorization: Bearer <REBUILD_SECRET>', {
        'WWW-Authenticate': 'Bearer',
      });
    }
    const outcome = await readWebhook(req);
    if (!outcome.ok) return sendText(res, outcome.status, outcome.message, { Connection: 'close' });
    worker.request(outcome.reason);
    // 202: the build runs after this answer, so the CMS never waits on (or times out over) it.
    sendJson(res, 202, { accepted: true, reason: outcome.reason });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.error(
        `${req.method} ${req.url} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      if (!res.headersSent) sendText(res, 500, 'Something went wrong on our side');
      else res.destroy();
    });
  });
  server.on('close', () => upstreams.stop());
  return server;
}
