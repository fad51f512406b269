import { createRequire } from 'node:module';
import type { Core } from '@strapi/strapi';

/**
 * Two speed-ups reach past Strapi's public API: batched GraphQL relation loads
 * (`batched-loads.ts`, which wraps the entity manager's `load`) and the verge bulk
 * writer (`verge-writer/`, which writes Strapi's tables and component links itself).
 * Both were checked, answer for answer, against Strapi's own path on this version
 * (tests/integration/strapi-internals.test.ts). On any other version, or with
 * STRAPI_INTERNALS=off, Doorstep takes the public path instead: slower, never wrong.
 */
export const TESTED_STRAPI_VERSION = '5.54.0';

export function installedStrapiVersion(): string {
  const require = createRequire(__filename);
  return (require('@strapi/strapi/package.json') as { version: string }).version;
}

/** Whether `what` may use Strapi's internals here; says why not, once per use, when it may not. */
export function internalsFit(strapi: Core.Strapi, what: string, installed = installedStrapiVersion()): boolean {
  if (process.env.STRAPI_INTERNALS === 'off') return false;
  if (installed === TESTED_STRAPI_VERSION) return true;
  strapi.log.warn(
    `${what}: checked against Strapi ${TESTED_STRAPI_VERSION}, but this is Strapi ${installed}; ` +
      "using Strapi's public API instead (slower). Run tests/integration/strapi-internals.test.ts on this " +
      'version and raise TESTED_STRAPI_VERSION in cms/src/strapi-internals/version.ts when it passes.',
  );
  return false;
}
