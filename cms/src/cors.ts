import type { Context } from 'koa';

/**
 * Browsers may call the API only from these origins unless CORS_ORIGINS says
 * otherwise. The static site reads the API at build time (server to server), so
 * by default only the local site is allowed.
 */
export const DEFAULT_CORS_ORIGINS = ['http://127.0.0.1:4321', 'http://localhost:4321'];

/** How long a browser may reuse a preflight answer: ten minutes, not Strapi's year. */
export const CORS_PREFLIGHT_SECONDS = 600;

/** For @koa/cors: echo the origin when it is allowed, send no CORS headers otherwise. */
export function corsOrigin(allowed: string[]): (ctx: Context) => string {
  return (ctx) => {
    const origin = ctx.get('Origin');
    return allowed.includes(origin) ? origin : '';
  };
}
