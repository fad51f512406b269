import type { Core } from '@strapi/strapi';
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: {
    keys: env.array('APP_KEYS'),
  },
  // Residents post web forms to the site's own address, and the site server passes them on
  // (site/server/api-proxy.ts). Trust its X-Forwarded-For, and only the nearest hop, so each
  // resident is rate-limited on their own address and a forged header changes nothing.
  proxy: { koa: env.bool('TRUST_PROXY', false), maxIpsCount: 1 },
  // Strapi logs every request at "http" level; keep production logs to what matters.
  logger: { updates: { enabled: false }, startup: { enabled: env.bool('STRAPI_STARTUP_LOG', true) } },
});
