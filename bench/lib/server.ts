/**
 * One benchmark server in its own process: `tsx bench/lib/server.ts <doorstep|stock> <appDir> <port> <dbFile> [extraPages]`.
 * Loads the same demo council into either app, grants the public read access the
 * stock app lacks, then listens and prints READY.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Core, createStrapi as CreateStrapi } from '@strapi/strapi';
import { ensureSupportLevels } from '../../cms/src/bootstrap/support-levels';
import { grantPublicRead } from '../../cms/src/bootstrap/public-permissions';
import { seedDemoCouncil } from '../../cms/src/seed';
import { generateServicePages } from '../../cms/src/seed/generator';
import { testSecrets } from '../../tests/support/secrets';

const [kind, appDir, port, dbFile, extra = '0'] = process.argv.slice(2);
if (!kind || !appDir || !port || !dbFile)
  throw new Error('usage: server.ts <doorstep|stock> <appDir> <port> <dbFile> [extraPages]');

Object.assign(process.env, testSecrets(), {
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: port,
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: dbFile,
  SERVE_ADMIN_PANEL: 'false',
  STRAPI_TELEMETRY_DISABLED: 'true',
  STRAPI_LOG_LEVEL: 'error',
  GRAPHQL_SCHEMA_FILE: `${dbFile}.graphql`,
});

const require = createRequire(import.meta.url);
const { createStrapi } = require('@strapi/strapi') as { createStrapi: typeof CreateStrapi };
const strapi: Core.Strapi = createStrapi({
  appDir,
  distDir: kind === 'doorstep' ? path.join(appDir, 'dist') : appDir,
  autoReload: false,
});
strapi.log.level = 'error';
await strapi.load();
if (kind === 'stock') {
  await ensureSupportLevels(strapi);
  await grantPublicRead(strapi);
}
await seedDemoCouncil(strapi, { extraServicePages: generateServicePages(Number(extra), { prefix: 'bench' }) });
await strapi.listen();
console.log('READY');
