import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { createRateLimiter, type RateLimiter } from '../../forms/rate-limit';
import { nextSchema, sendPage } from '../http';
import { messagePage } from '../pages';
import { residentForEmail } from '../residents';
import { readCookie, setCookie, startSession } from '../sessions';
import { oidcConfig } from './config';
import { finishFlow, OIDC_COOKIE, OIDC_FLOW_LIFETIME_MS, startFlow } from './flow';
import { oidcProblemPage } from './pages';

/**
 * `/account/oidc/start` and `/account/oidc/callback` (routes/account.ts): answer 404
 * while the connector is off, and a GOV.UK page with a 400 for every refusal, since
 * each is the resident's browser or the provider saying no, never a fault here.
 */
const notFound = (strapi: Core.Strapi, ctx: Context) =>
  sendPage(strapi, ctx, 404, messagePage('Page not found', 'There is no page at this address.', true));

/** Each start writes a row: at most 30 at once and 10 a minute from one client. */
let limiter: RateLimiter | undefined;
const startWait = (strapi: Core.Strapi, client: string): Promise<number> =>
  process.env.AUTH_RATE_LIMIT === 'false'
    ? Promise.resolve(0)
    : (limiter ??= createRateLimiter(strapi, { name: 'account-oidc-client', perMinute: 10, burst: 30 })).take(client);

export const oidcHandlers = (strapi: Core.Strapi) => ({
  async oidcStart(ctx: Context) {
    const config = oidcConfig();
    if (!config) return notFound(strapi, ctx);
    const wait = await startWait(strapi, ctx.request.ip);
    if (wait > 0) {
      ctx.set('Retry-After', String(wait));
      return sendPage(strapi, ctx, 429, messagePage('Too many attempts', 'Wait a minute and try again.', true));
    }
    let started: { token: string; location: string };
    try {
      started = await startFlow(strapi, config, nextSchema.parse(ctx.query.next));
    } catch (error) {
      strapi.log.warn(`OpenID Connect provider unavailable: ${error instanceof Error ? error.message : String(error)}`);
      return sendPage(strapi, ctx, 400, oidcProblemPage(config.name, 'unavailable'));
    }
    setCookie(ctx, OIDC_COOKIE, started.token, { maxAgeS: OIDC_FLOW_LIFETIME_MS / 1000 });
    ctx.status = 303;
    ctx.set('Location', started.location);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = '';
  },

  async oidcCallback(ctx: Context) {
    const config = oidcConfig();
    if (!config) return notFound(strapi, ctx);
    const token = readCookie(ctx, OIDC_COOKIE);
    setCookie(ctx, OIDC_COOKIE, '', { maxAgeS: 0 });
    const result = await finishFlow(strapi, config, token, ctx.querystring);
    if (!result.ok) return sendPage(strapi, ctx, 400, oidcProblemPage(config.name, result.reason));
    // The same as a code sign-in (http.ts verify): the first sign-in makes the account.
    const resident = await residentForEmail(strapi.db.connection, result.email);
    await startSession(strapi, ctx, resident.id);
    ctx.status = 303;
    ctx.set('Location', result.next);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = '';
  },
});
