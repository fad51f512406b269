/**
 * One benchmark server in its own process: `tsx bench/lib/server.ts <doorstep|stock> <appDir> <port> <database> [extraPages]`.
 * `<database>` is a SQLite file, or `postgres:<schema>` for a schema in the
 * PostgreSQL database at BENCH_DATABASE_URL. Loads the same demo council into
 * either app, grants the stock app the public access it lacks (read, and REST
 * create of form submissions), then listens and prints READY.
 */
import os from 'node:os';
import path from 'node:path';
import { ensureSupportLevels } from '../../cms/src/content/support-levels';
import { grantPublicRead } from '../../cms/src/public-api/permissions';
import { loadCouncil } from '../../cms/src/council/load';
import { bramblewick, generateServicePages } from '@doorstep/demo';
import { bootCms } from '../../scripts/lib/cms/boot';
import { testSecrets } from '../../scripts/lib/cms/secrets';
import { seedAccountBench } from './account-fixtures';

const [kind, appDir, port, dbFile, extra = '0'] = process.argv.slice(2);
if (!kind || !appDir || !port || !dbFile)
  throw new Error('usage: server.ts <doorstep|stock> <appDir> <port> <dbFile> [extraPages]');

const database = dbFile.startsWith('postgres:')
  ? {
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
      DATABASE_SCHEMA: dbFile.slice('postgres:'.length),
    }
  : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: dbFile };

Object.assign(process.env, testSecrets(), database, {
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: port,
  FORM_SUBMISSIONS_PER_MINUTE: '10000000',
  FORM_SUBMISSIONS_BURST: '10000000',
  SERVE_ADMIN_PANEL: 'false',
  STRAPI_TELEMETRY_DISABLED: 'true',
  STRAPI_LOG_LEVEL: 'error',
  GRAPHQL_SCHEMA_FILE: path.join(os.tmpdir(), `doorstep-bench-${kind}-${port}.graphql`),
});

const strapi = await bootCms({
  app: { dir: appDir, distDir: kind === 'doorstep' ? path.join(appDir, 'dist') : appDir },
  logLevel: 'error',
});
if (kind === 'stock') {
  await ensureSupportLevels(strapi);
  await grantPublicRead(strapi);
  // Stock Strapi's own REST create, the baseline for the submission endpoint.
  const publicRole = (await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } })) as {
    id: number;
  };
  await strapi.db.query('plugin::users-permissions.permission').create({
    data: { action: 'api::form-submission.form-submission.create', role: publicRole.id },
  });
}
await loadCouncil(strapi, bramblewick, { extraServicePages: generateServicePages(Number(extra), { prefix: 'bench' }) });
// bench:account's residents, codes, logins and submissions (bench/lib/account-fixtures.ts).
if (process.env.BENCH_ACCOUNT === 'true') await seedAccountBench(strapi, kind);
await strapi.listen();
console.log('READY');
