import { createRequire } from 'node:module';
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import type { Core, createStrapi as CreateStrapi } from '@strapi/strapi';
import { fingerprint, isFresh, markFresh } from './fingerprint';
import { parseEnv } from './local-env';
import { run } from './processes';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CMS = path.join(ROOT, 'cms');
const DOMAIN = path.join(ROOT, 'domain');
const GIS = path.join(ROOT, 'gis');
// Strapi's ESM build fails on a directory import: load its CommonJS build.
const require = createRequire(import.meta.url);

/**
 * Boots the CMS inside a script (no HTTP server), against the database configured in
 * cms/.env, the way `npm start` runs it. The shared vocabulary, the GIS import pipeline
 * and the CMS's server code are compiled first when their sources changed since the last run. The working
 * directory becomes cms/: resolve file arguments before calling this.
 */
export async function bootCms(overrides: Record<string, string> = {}): Promise<Core.Strapi> {
  const envFile = path.join(CMS, '.env');
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
  // The test suites compile once for every suite and say so (tests/support/compile-cms.ts).
  if (process.env.DOORSTEP_CMS_COMPILED !== '1') await compileAll();
  // Relative settings (DATABASE_FILENAME=.tmp/data.db) mean cms/, as under `npm start`.
  process.chdir(CMS);
  const { createStrapi } = require('@strapi/strapi') as { createStrapi: typeof CreateStrapi };
  const strapi = createStrapi({ appDir: CMS, distDir: path.join(CMS, 'dist'), autoReload: false });
  strapi.log.level = process.env.STRAPI_LOG_LEVEL === 'error' ? 'error' : 'warn';
  return strapi.load();
}

async function compileAll(): Promise<void> {
  await compileIfChanged(
    path.join(DOMAIN, 'dist/.fingerprint'),
    [path.join(DOMAIN, 'src'), path.join(DOMAIN, 'package.json')],
    () => run('npm', ['run', 'build', '--silent'], { cwd: DOMAIN, label: 'domain' }),
  );
  await compileIfChanged(
    path.join(GIS, 'dist/.fingerprint'),
    [path.join(GIS, 'src'), path.join(GIS, 'package.json'), path.join(DOMAIN, 'dist')],
    () => run('npm', ['run', 'build', '--silent'], { cwd: GIS, label: 'gis' }),
  );
  await compileIfChanged(
    path.join(CMS, 'dist/.server-fingerprint'),
    ['src', 'config', 'tsconfig.json', 'package.json']
      .map((entry) => path.join(CMS, entry))
      .concat(path.join(DOMAIN, 'dist'), path.join(GIS, 'dist')),
    () =>
      run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', CMS], {
        cwd: ROOT,
        label: 'cms',
      }),
  );
}

async function compileIfChanged(stamp: string, inputs: string[], build: () => Promise<void>): Promise<void> {
  const print = fingerprint(inputs);
  if (isFresh(stamp, print)) return;
  await build();
  markFresh(stamp, print);
}
