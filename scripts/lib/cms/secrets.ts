import { randomBytes } from 'node:crypto';

const secret = () => randomBytes(24).toString('base64');

/** Fresh secrets for a test CMS; the real ones live in cms/.env, written by `npm start`. */
export function testSecrets(): Record<string, string> {
  return {
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    PREVIEW_SIGNING_KEY: randomBytes(32).toString('base64'),
  };
}
