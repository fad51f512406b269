import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Core, createStrapi as CreateStrapi } from '@strapi/strapi';
import { parseEnv } from '../local-env';
import compileCms from './compile';
import { CMS_DIR } from './paths';

// Strapi's ESM build fails on a directory import: load its CommonJS build.
const require = createRequire(import.meta.url);

/** The levels a booted CMS may log at: `info` adds the jobs' own lines ("Retention: removed …"). */
export type CmsLogLevel = 'info' | 'warn' | 'error';

export interface BootOptions {
  /** Another Strapi app booted the same way: a benchmark's stock Strapi, its own dist. Default: the CMS. */
  app?: { dir: string; distDir: string };
  /** Listen for HTTP on HOST and PORT; without it the CMS serves nothing (a script's). */
  listen?: boolean;
  logLevel?: CmsLogLevel;
}

/**
 * The one way the tests, benchmarks and scripts boot the compiled CMS in their own
 * process. Strapi takes its settings (database, secrets, port) from the environment:
 * set them before, as startCms (a throwaway database) and bootLocalCms (cms/.env) do.
 */
export async function bootCms(options: BootOptions = {}): Promise<Core.Strapi> {
  const { dir, distDir } = options.app ?? { dir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist') };
  const { createStrapi } = require('@strapi/strapi') as { createStrapi: typeof CreateStrapi };
  const strapi = createStrapi({ appDir: dir, distDir, autoReload: false });
  strapi.log.level = options.logLevel ?? 'warn';
  await strapi.load();
  if (options.listen) await strapi.listen();
  return strapi;
}

/**
 * Boots the CMS inside a script (no HTTP server), against the database configured in
 * cms/.env, the way `npm start` runs it, compiled first when its sources changed. The
 * working directory becomes cms/: resolve file arguments before calling this.
 */
export async function bootLocalCms(overrides: Record<string, string> = {}): Promise<Core.Strapi> {
  const envFile = path.join(CMS_DIR, '.env');
  const fromFile = existsSync(envFile) ? parseEnv(readFileSync(envFile, 'utf8')) : {};
  // Values already in the environment win, as with Strapi's own .env loading.
  for (const [key, value] of Object.entries({ ...fromFile, ...overrides })) {
    if (process.env[key] === undefined || key in overrides) process.env[key] = value;
  }
  if (!process.env.APP_KEYS) {
    throw new Error(
      'cms/.env is missing: run `npm start` once to create it, or set the CMS environment (APP_KEYS, DATABASE_*)',
    );
  }
  await compileCms();
  // Relative settings (DATABASE_FILENAME=.tmp/data.db) mean cms/, as under `npm start`.
  process.chdir(CMS_DIR);
  return bootCms({ logLevel: process.env.STRAPI_LOG_LEVEL === 'error' ? 'error' : 'warn' });
}
