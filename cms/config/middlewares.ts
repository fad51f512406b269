import type { Core } from '@strapi/strapi';
import { MAX_BODY_BYTES, MAX_UPLOAD_BYTES } from '../src/limits';
import { CORS_PREFLIGHT_SECONDS, DEFAULT_CORS_ORIGINS } from '../src/cors';

/**
 * CORS is deliberate: browsers may call the API only from the origins in
 * CORS_ORIGINS (comma-separated). The static site reads the API at build time,
 * server to server, so by default only the local site and admin are allowed.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => [
  // First: every later middleware (logs, rate limits) sees the real client address.
  'global::client-address',
  'strapi::logger',
  'strapi::errors',
  // Inside the error handler: sees a refused publish's error before it becomes the answer.
  'global::keep-refused-edits',
  {
    name: 'strapi::security',
    config: {
      // Nothing frames the API or the admin panel; the admin talks to this server alone
      // (closed network: no release notes, no tutorials, no telemetry).
      frameguard: { action: 'deny' },
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // Strapi's default adds "https:" (any site); without the directive, default-src 'self' holds.
          'connect-src': null,
          'frame-ancestors': ["'none'"],
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
      // A read-only public API needs no cookies across origins, and no year-long preflight cache.
      credentials: false,
      maxAge: CORS_PREFLIGHT_SECONDS,
    },
  },
  // No 'strapi::poweredBy': the server does not say what it runs.
  'strapi::query',
  'global::graphql-batching',
  'global::graphql-guard',
  // The public API cache (ADR 0013; public-api/cache/). After the security headers and
  // CORS, which every answer carries, and after the GraphQL guard, which reads the body
  // under the API's size limit and refuses a query over the shape limits. A hit skips
  // what follows: the body parser, users-permissions' check of the Public role, the
  // REST query check (rest-query.ts), Apollo's validation with the depth and cost limits
  // (graphql/operation-limits.ts), the draft guard and the sanitiser. It may: only an
  // anonymous request naming no draft status is looked up, and an answer is kept only
  // when a request with the same key (same path, same parsed query or printed document,
  // operation and variables) went through all of them and got a 200 without errors;
  // each is a function of the key alone, or of the Public role's permissions and the
  // content, whose every change moves the generation in the key on.
  'global::api-cache',
  {
    name: 'strapi::body',
    config: {
      jsonLimit: MAX_BODY_BYTES,
      formLimit: MAX_BODY_BYTES,
      textLimit: MAX_BODY_BYTES,
      // Multipart is for files residents attach to web forms: bounded in size and count.
      formidable: {
        maxFileSize: MAX_UPLOAD_BYTES,
        maxFieldsSize: MAX_BODY_BYTES,
        maxFields: 500,
      },
      // A malformed or oversized body is the client's mistake: a 4xx that says so, never a 500.
      onError(
        error: Error & { httpCode?: number; status?: number },
        ctx: { throw(status: number, message: string): never },
      ) {
        const status = error.httpCode ?? error.status ?? 400;
        if (status === 413 || /exceeded|too large/i.test(error.message)) {
          ctx.throw(413, 'The request is too large: files can be up to 20MB in all, other answers up to 256KB');
        }
        ctx.throw(status >= 400 && status < 500 ? status : 400, `The request body could not be read: ${error.message}`);
      },
    },
  },
  // After the body parser, which it reads the email address from (ADR 0013).
  'global::sign-in-limits',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
