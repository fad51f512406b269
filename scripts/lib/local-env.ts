import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * cms/.env holds this machine's secrets and demo logins. It is created on the
 * first `npm start`, reused after, and never committed (.gitignore).
 */
export interface LocalEnv {
  values: Record<string, string>;
  created: boolean;
}

const secret = (bytes = 24) => randomBytes(bytes).toString('base64');
// Strapi requires an upper-case letter, a lower-case letter and a number.
const password = () => `${randomBytes(9).toString('base64url')}Aa1`;

export function ensureLocalEnv(file: string): LocalEnv {
  const defaults = defaultValues();
  if (existsSync(file)) {
    // Settings added since this machine's first start are appended; existing ones are kept.
    const text = readFileSync(file, 'utf8');
    const values = parseEnv(text);
    const missing = Object.entries(defaults).filter(([key]) => !(key in values));
    if (missing.length > 0) {
      appendFileSync(
        file,
        `${text.endsWith('\n') ? '' : '\n'}${missing.map(([key, value]) => `${key}=${value}`).join('\n')}\n`,
      );
    }
    return { values: { ...Object.fromEntries(missing), ...values }, created: false };
  }
  const values = defaults;
  writeNew(file, values);
  return { values, created: true };
}

function defaultValues(): Record<string, string> {
  return {
    HOST: '127.0.0.1',
    PORT: '1337',
    APP_KEYS: [secret(), secret(), secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: '.tmp/data.db',
    SEED_DEMO_COUNCIL: 'true',
    STRAPI_TELEMETRY_DISABLED: 'true',
    EDITOR_EMAIL: 'editor@bramblewick.example',
    EDITOR_PASSWORD: password(),
    AUTHOR_EMAIL: 'author@bramblewick.example',
    AUTHOR_PASSWORD: password(),
    // The Editors' team: emailed each time an Author asks for a review (cms/src/review-requests).
    EDITORS_EMAIL: 'web-team@bramblewick.example',
    ADMIN_EMAIL: 'admin@bramblewick.example',
    ADMIN_PASSWORD: password(),
    SERVICE_TEAM_EMAIL: 'caseworker@bramblewick.example',
    SERVICE_TEAM_PASSWORD: password(),
    // The live site's rebuild endpoint, called by a CMS webhook on publish (site/server).
    REBUILD_WEBHOOK_URL: 'http://127.0.0.1:4321/__doorstep/rebuild',
    REBUILD_SECRET: secret(32),
    // Web forms reach the CMS through the live site server (same origin for residents), which
    // vouches for each resident's address with this secret (cms/src/middlewares/client-address.ts).
    PROXY_SECRET: secret(32),
    // Signs preview links to drafts (cms/src/previews); only the CMS holds it.
    PREVIEW_SIGNING_KEY: secret(32),
  };
}

function writeNew(file: string, values: Record<string, string>): void {
  const text = [
    '# Created by `npm start` for this machine only. Never commit this file.',
    ...Object.entries(values).map(([key, value]) => `${key}=${value}`),
    '',
  ].join('\n');
  writeFileSync(file, text, { mode: 0o600 });
}

export function parseEnv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
    if (match) values[match[1]!] = match[2]!.replace(/^(['"])(.*)\1$/, '$2');
  }
  return values;
}
