import type { Core } from '@strapi/strapi';
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: {
    keys: env.array('APP_KEYS'),
  },
  // Koa's proxy mode would believe X-Forwarded-For from anyone. The client address is
  // decided by src/middlewares/client-address.ts, which believes only our own proxies
  // (TRUSTED_PROXIES, or the site server's PROXY_SECRET).
  proxy: { koa: false },
  // Strapi logs every request at "http" level; keep production logs to what matters.
  logger: { updates: { enabled: false }, startup: { enabled: env.bool('STRAPI_STARTUP_LOG', true) } },
});
