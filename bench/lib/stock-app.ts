import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CASE_CUSTOM_FIELDS } from '../../cms/src/cases/fields';
import { CMS_DIR } from '../../scripts/lib/cms/paths';

/**
 * A stock Strapi 5.54 app with Doorstep's content model and nothing else: default
 * GraphQL settings, no middlewares, no rules. It is the baseline each benchmark
 * runs beside the project, on the same machine, in the same run.
 */
export function writeStockApp(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'config'), { recursive: true });
  mkdirSync(path.join(dir, 'public/uploads'), { recursive: true });
  cpSync(path.join(CMS_DIR, 'src/components'), path.join(dir, 'src/components'), { recursive: true });
  cpSync(path.join(CMS_DIR, 'src/api'), path.join(dir, 'src/api'), {
    recursive: true,
    filter: (source) => !source.endsWith('.ts'),
  });
  withoutCustomFields(path.join(dir, 'src/api'));
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: 'stock-strapi',
      private: true,
      dependencies: {
        '@strapi/strapi': '5.54.0',
        '@strapi/plugin-graphql': '5.54.0',
        '@strapi/plugin-users-permissions': '5.54.0',
      },
      strapi: { telemetryDisabled: true },
    }),
  );
  const files: Record<string, string> = {
    'config/database.js': `module.exports = ({ env }) => env('DATABASE_CLIENT') === 'postgres'
  ? { connection: { client: 'postgres', connection: { connectionString: env('DATABASE_URL'), schema: env('DATABASE_SCHEMA') }, pool: { min: 0, max: 10 } } }
  : { connection: { client: 'sqlite', connection: { filename: env('DATABASE_FILENAME') }, useNullAsDefault: true } };`,
    'config/server.js': `module.exports = ({ env }) => ({ host: '127.0.0.1', port: env.int('PORT'), app: { keys: env.array('APP_KEYS') } });`,
    'config/admin.js': `module.exports = ({ env }) => ({ serveAdminPanel: false, auth: { secret: env('ADMIN_JWT_SECRET') }, apiToken: { salt: env('API_TOKEN_SALT') }, transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } }, secrets: { encryptionKey: env('ENCRYPTION_KEY') } });`,
    'config/plugins.js': `module.exports = ({ env }) => ({ 'users-permissions': { config: { jwtSecret: env('JWT_SECRET') } } });`,
    'config/middlewares.js': `module.exports = ['strapi::logger','strapi::errors','strapi::security','strapi::cors','strapi::poweredBy','strapi::query','strapi::body','strapi::session','strapi::favicon','strapi::public'];`,
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), `${text}\n`);
  for (const api of [
    'support-level',
    'service-area',
    'service-page',
    'community-hub',
    'alert-banner',
    'form-definition',
    'form-submission',
  ]) {
    mkdirSync(path.join(dir, `src/api/${api}/routes`), { recursive: true });
    writeFileSync(
      path.join(dir, `src/api/${api}/routes/${api}.js`),
      `module.exports = require('@strapi/strapi').factories.createCoreRouter('api::${api}.${api}');\n`,
    );
    mkdirSync(path.join(dir, `src/api/${api}/controllers`), { recursive: true });
    writeFileSync(
      path.join(dir, `src/api/${api}/controllers/${api}.js`),
      `module.exports = require('@strapi/strapi').factories.createCoreController('api::${api}.${api}');\n`,
    );
    mkdirSync(path.join(dir, `src/api/${api}/services`), { recursive: true });
    writeFileSync(
      path.join(dir, `src/api/${api}/services/${api}.js`),
      `module.exports = require('@strapi/strapi').factories.createCoreService('api::${api}.${api}');\n`,
    );
  }
  return dir;
}

/**
 * Doorstep's custom fields (the admin's case view) are its own code: in the stock app
 * each is the plain type it stores.
 */
function withoutCustomFields(apiDir: string): void {
  for (const entry of readdirSync(apiDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'schema.json') continue;
    const file = path.join(entry.parentPath, entry.name);
    const schema = JSON.parse(readFileSync(file, 'utf8')) as { attributes?: Record<string, Record<string, unknown>> };
    for (const attribute of Object.values(schema.attributes ?? {})) {
      if (attribute.type !== 'customField') continue;
      const field = CASE_CUSTOM_FIELDS.find(({ name }) => attribute.customField === `global::${name}`);
      if (!field) throw new Error(`The stock app does not know the custom field ${String(attribute.customField)}`);
      attribute.type = field.type;
      delete attribute.customField;
    }
    writeFileSync(file, JSON.stringify(schema, null, 2));
  }
}
