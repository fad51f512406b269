/**
 * Serves the live build's files through the `current` link, so each file is opened
 * from whichever build is live at that instant: a swap takes effect at once, and no
 * request holds on to a build that later swaps prune.
 *
 * A file is opened once and sent from that handle: even if the build it came from is
 * pruned mid-response, the open handle keeps the whole file readable, so residents
 * never get half a page or the start of one build and the end of another.
 */
import { open, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { contentTypeFor } from './content-types';
import { acceptsGzip, PRECOMPRESSED_EXTENSIONS } from './encoding';
import { parseRequestPath } from './request-path';
import { PLAIN_HEADERS, sendText } from './responses';
import { LOCKED_DOWN_POLICY, pageSecurityPolicy, readHeadersManifest, SECURITY_HEADERS } from './security-headers';
import type { Builds } from './builds';
import { redirectsFor } from './redirects';
import { answeredPages, sendAnswered } from './answered-pages';

interface OpenFile {
  file: string;
  handle: FileHandle;
  stats: Stats;
}
type Found = ({ kind: 'file' } & OpenFile) | { kind: 'redirect' } | { kind: 'missing' };

export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  builds: Pick<Builds, 'currentDir' | 'currentLink'>,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendText(res, 405, 'Only GET and HEAD are allowed here', { Allow: 'GET, HEAD' });
  }
  const buildDir = builds.currentDir();
  if (!buildDir) return sendBuilding(res);
  const dir = builds.currentLink;
  const policy = pagePolicy(buildDir);
  const target = parseRequestPath(req.url ?? '/');
  if (target.kind === 'bad-encoding') return sendText(res, 400, 'Bad request path');
  if (target.kind === 'forbidden') return sendNotFound(req, res, dir, policy);

  // A form opened with answers in its link, a verge search: the static page completed.
  const answered = answeredPages.match(
    `/${target.segments.join('/')}${target.trailingSlash ? '/' : ''}`,
    new URLSearchParams(target.search),
  );
  if (answered) {
    const page = await openFile(path.join(dir, answered.file));
    if (typeof page === 'object') {
      const html = await page.handle.readFile('utf8');
      await page.handle.close();
      return sendAnswered(res, req, await answered.complete(html, buildDir), policy);
    }
  }
  const found = await find(dir, target.segments, target.trailingSlash);
  if (found.kind === 'file')
    return sendFile(req, res, await gzippedIfAccepted(req, found), 200, cacheControl(target.segments), policy);
  if (found.kind === 'missing') {
    const moved = redirectsFor(buildDir).get(`/${target.segments.join('/')}/`);
    if (moved) return sendRedirect(res, `${moved}${target.search}`);
    return sendNotFound(req, res, dir, policy);
  }
  // Astro links pages with a trailing slash (trailingSlash: 'always'): one canonical URL each.
  sendRedirect(res, `/${target.rawSegments.join('/')}/${target.search}`);
}

function sendRedirect(res: ServerResponse, location: string): void {
  res.writeHead(301, { ...PLAIN_HEADERS, Location: location, 'Cache-Control': 'no-cache' });
  res.end();
}

/** Each build's page policy, read once per build from its private manifest. */
const policies = new Map<string, string>();

export function pagePolicy(buildDir: string): string {
  let policy = policies.get(buildDir);
  if (!policy) {
    policy = pageSecurityPolicy(readHeadersManifest(buildDir));
    if (policies.size >= 8) policies.clear(); // a handful of builds are ever kept
    policies.set(buildDir, policy);
  }
  return policy;
}

async function find(dir: string, segments: string[], trailingSlash: boolean): Promise<Found> {
  const base = path.join(dir, ...segments);
  if (base !== dir && !base.startsWith(dir + path.sep)) return { kind: 'missing' }; // belt and braces
  const file = trailingSlash ? path.join(base, 'index.html') : base;
  const opened = await openFile(file);
  if (opened === 'missing') return { kind: 'missing' };
  if (opened !== 'directory') return { kind: 'file', ...opened };
  const index = await openFile(path.join(file, 'index.html'));
  if (typeof index !== 'object') return { kind: 'missing' };
  await index.handle.close();
  return { kind: 'redirect' };
}

/** Opens a regular file for reading; reports folders and anything absent as such. */
async function openFile(file: string): Promise<OpenFile | 'directory' | 'missing'> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR' || code === 'ENAMETOOLONG') return 'missing';
    throw error;
  }
  const stats = await handle.stat();
  if (stats.isFile()) return { file, handle, stats };
  await handle.close();
  return stats.isDirectory() ? 'directory' : 'missing';
}

/**
 * The build's gzip copy of a text file, when the browser accepts gzip and the build
 * wrote one; else the file itself. The copy is opened whole, like any file.
 */
async function gzippedIfAccepted(req: IncomingMessage, found: OpenFile): Promise<OpenFile & { gzip?: true }> {
  if (!PRECOMPRESSED_EXTENSIONS.has(path.extname(found.file)) || !acceptsGzip(req.headers['accept-encoding'])) {
    return found;
  }
  const gzipped = await openFile(`${found.file}.gz`);
  if (typeof gzipped !== 'object') return found;
  await found.handle.close();
  return { ...gzipped, file: found.file, gzip: true };
}

async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  { file, handle, stats, gzip }: OpenFile & { gzip?: true },
  status: number,
  cacheControl: string,
  pagePolicy: string,
): Promise<void> {
  const etag = `W/"${gzip ? 'gz-' : ''}${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
  const contentType = contentTypeFor(file);
  const headers = {
    ...SECURITY_HEADERS,
    // A worker (Pagefind searches in one) runs under its script's own policy: scripts get the page's.
    'Content-Security-Policy': /^text\/(html|javascript)/.test(contentType) ? pagePolicy : LOCKED_DOWN_POLICY,
    'Content-Type': contentType,
    'Cache-Control': cacheControl,
    ETag: etag,
    ...(PRECOMPRESSED_EXTENSIONS.has(path.extname(file)) ? { Vary: 'Accept-Encoding' } : {}),
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  };
  if (status === 200 && req.headers['if-none-match'] === etag) {
    await handle.close();
    res.writeHead(304, headers);
    return void res.end();
  }
  res.writeHead(status, { ...headers, 'Content-Length': stats.size });
  if (req.method === 'HEAD') {
    await handle.close();
    return void res.end();
  }
  try {
    await pipeline(handle.createReadStream(), res);
  } catch {
    // The resident went away mid-download; pipeline has already closed the file.
  }
}

/** Astro puts content-hashed bundles in /_astro/: a new build gives them new names. */
function cacheControl(segments: string[]): string {
  return segments[0] === '_astro' ? 'public, max-age=31536000, immutable' : 'no-cache';
}

async function sendNotFound(req: IncomingMessage, res: ServerResponse, dir: string, policy: string): Promise<void> {
  const page = await openFile(path.join(dir, '404.html'));
  if (typeof page === 'object') return sendFile(req, res, page, 404, 'no-cache', policy);
  sendText(res, 404, 'Page not found');
}

function sendBuilding(res: ServerResponse): void {
  res.writeHead(503, {
    ...PLAIN_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Retry-After': '10',
  });
  res.end(
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>The site is being built</title>' +
      '<p>The site is being built. Please try again in a minute.</p></html>\n',
  );
}
