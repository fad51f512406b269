/**
 * /preview/: a draft through a preview link (issue 17, item 1), rendered on request by
 * the build's own page (site/src/pages/preview), with the same components as the static
 * pages. Astro's Node adapter builds that page into the build's private folder
 * (astro.config.mjs); this runs the live build's copy, so a preview always matches the
 * site residents see. The page asks the CMS about the link on every view.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { z } from 'zod';
import type { Builds } from './builds';
import { sendText } from './responses';
import { PRIVATE_DIR, SECURITY_HEADERS } from './security-headers';
import { pagePolicy } from './static-files';
import { modulesLink } from './preview-modules';

export const PREVIEW_PATH = '/preview/';

/** The adapter's middleware (`@astrojs/node`, mode 'middleware'). */
const entrySchema = z.object({
  handler: z.custom<
    (
      req: IncomingMessage,
      res: ServerResponse,
      next: (error?: unknown) => void,
      locals: { cmsUrl: string },
    ) => Promise<void>
  >((value) => typeof value === 'function'),
});
type Entry = z.infer<typeof entrySchema>;

/** Each build's server code, loaded once; a few builds are ever kept (builds.ts). */
const entries = new Map<string, Promise<Entry>>();

function entryOf(buildDir: string): Promise<Entry> | null {
  const file = path.join(buildDir, PRIVATE_DIR, 'server', 'entry.mjs');
  let entry = entries.get(file);
  if (!entry) {
    if (!existsSync(file)) return null;
    modulesLink(buildDir);
    entry = import(pathToFileURL(file).href).then((module: unknown) => entrySchema.parse(module));
    entry.catch(() => entries.delete(file));
    if (entries.size >= 8) entries.clear();
    entries.set(file, entry);
  }
  return entry;
}

/**
 * The page's own headers (no-store, noindex, its status) come from the page; these are
 * the site's, but for framing: Strapi's Preview button shows the page in a frame in the
 * admin, so the CMS's own addresses may frame it (and no other site).
 */
function previewPolicy(buildDir: string, cmsOrigins: readonly string[]): string {
  return pagePolicy(buildDir).replace("frame-ancestors 'none'", `frame-ancestors ${cmsOrigins.join(' ') || "'none'"}`);
}

export async function servePreview(
  req: IncomingMessage,
  res: ServerResponse,
  builds: Pick<Builds, 'currentDir'>,
  cms: { url: string; origins: readonly string[] },
): Promise<void> {
  // POST: a previewed web form without JavaScript posts back, and the page refuses to send it.
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') {
    return sendText(res, 405, 'Only GET, HEAD and POST are allowed here', { Allow: 'GET, HEAD, POST' });
  }
  const buildDir = builds.currentDir();
  const entry = buildDir && entryOf(buildDir);
  if (!buildDir || !entry) return sendText(res, 503, 'Previews are not available yet: the site is being built');
  const { 'X-Frame-Options': _framing, ...headers } = SECURITY_HEADERS;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('Content-Security-Policy', previewPolicy(buildDir, cms.origins));
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Robots-Tag', 'noindex');
  const { handler } = await entry;
  await new Promise<void>((resolve, reject) => {
    res.once('finish', resolve);
    res.once('close', resolve);
    handler(req, res, (error) => (error ? reject(error as Error) : resolve()), { cmsUrl: cms.url }).catch(reject);
  });
  if (!res.headersSent) sendText(res, 404, 'Not found');
}
