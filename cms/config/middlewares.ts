import type { Core } from '@strapi/strapi';
import { MAX_BODY_BYTES } from '../src/limits';
import { DEFAULT_CORS_ORIGINS } from '../src/cors';

/**
 * CORS is deliberate: browsers may call the API only from the origins in
 * CORS_ORIGINS (comma-separated). The static site reads the API at build time,
 * server to server, so by default only the local site and admin are allowed.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => [
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'connect-src': ["'self'", 'https:'],
          'img-src': ["'self'", 'data:', 'blob:'],
          'media-src': ["'self'", 'data:', 'blob:'],
          upgradeInsecureRequests: null,
        },
      },
    },
  },
  {
    name: 'strapi::cors',
    config: {
      origin: env.array('CORS_ORIGINS', DEFAULT_CORS_ORIGINS),
      methods: ['GET', 'POST', 'HEAD', 'OPTIONS'],
      headers: ['Content-Type', 'Authorization', 'Accept', 'Idempotency-Key'],
      keepHeaderOnError: true,
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  'global::query-guard',
  {
    name: 'strapi::body',
    config: {
      jsonLimit: MAX_BODY_BYTES,
      formLimit: MAX_BODY_BYTES,
      textLimit: MAX_BODY_BYTES,
    },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
