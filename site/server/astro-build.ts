/**
 * The real build: `astro build` of the site package into a given folder, reading the CMS.
 * astro.config.mjs takes the folder from SITE_OUT_DIR.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runCaptured } from './run-captured';

export const SITE_DIR = path.resolve(import.meta.dirname, '..');

/** `npm start`'s CMS, and the site's default (site/src/lib/graphql/client.ts). */
export const DEFAULT_CMS_URL = 'http://127.0.0.1:1337';

export interface AstroBuildOptions {
  cmsUrl: string | undefined;
  timeoutMs: number;
  /** Aborting stops a running build (the server is shutting down). */
  signal?: AbortSignal;
}

/** npm workspaces usually hoist Astro to the repository's node_modules. */
function findAstro(): string {
  const candidates = [SITE_DIR, path.dirname(SITE_DIR)].map((dir) => path.join(dir, 'node_modules/astro/astro.js'));
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`Astro is not installed (looked for ${candidates.join(' and ')}). Run npm install.`);
  return found;
}

/**
 * Not `--silent`: the output is only kept, never printed, and without it a failure's tail
 * shows the page being built and config errors (which `--silent` swallows whole).
 */
export function createAstroBuild({ cmsUrl, timeoutMs, signal }: AstroBuildOptions): (outDir: string) => Promise<void> {
  const astro = findAstro();
  return (outDir) =>
    runCaptured(process.execPath, [astro, 'build'], {
      cwd: SITE_DIR,
      // Always a production bundle: a caller's NODE_ENV (tests run with "test") would
      // otherwise give residents React's development build (react-dom twice the size).
      env: { SITE_OUT_DIR: outDir, NODE_ENV: 'production', ...(cmsUrl ? { CMS_URL: cmsUrl } : {}) },
      timeoutMs,
      signal,
    });
}
