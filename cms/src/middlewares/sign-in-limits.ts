import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { z } from 'zod';
import { createRateLimiter, type RateLimiter } from '../forms/rate-limit';

/**
 * Brute-force limits on every route that checks a password or sends a sign-in or
 * reset email: the admin panel's and users-permissions'. They replace Strapi's own
 * (koa2-ratelimit, counted in each process's memory) with rate-limiter-flexible, which
 * on PostgreSQL counts in the database: a client gains nothing by spreading attempts
 * over instances. Two counts, both over five minutes: one address from one client (as
 * Strapi counted), and one client whatever addresses it tries. AUTH_RATE_LIMIT=false
 * turns them off (tests that sign in many times).
 */
const SIGN_IN_PATHS = new Set([
  '/admin/login',
  '/admin/register-admin',
  '/admin/register',
  '/admin/forgot-password',
  '/admin/reset-password',
  '/api/auth/local',
  '/api/auth/local/register',
  '/api/auth/forgot-password',
  '/api/auth/reset-password',
  '/api/auth/send-email-confirmation',
]);

export const SIGN_IN_LIMITS = {
  perAddress: { name: 'sign-in-address', perMinute: 1, burst: 5 },
  perClient: { name: 'sign-in-client', perMinute: 6, burst: 30 },
};

const emailIn = z.object({ email: z.string().max(320) }).partial();

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const enabled = process.env.AUTH_RATE_LIMIT !== 'false';
  let limiters: { perAddress: RateLimiter; perClient: RateLimiter } | undefined;
  return async (ctx: Context, next: Next): Promise<void> => {
    const path = ctx.path.toLowerCase().replace(/\/+$/, '');
    if (!enabled || ctx.method !== 'POST' || !SIGN_IN_PATHS.has(path)) return void (await next());
    limiters ??= {
      perAddress: createRateLimiter(strapi, SIGN_IN_LIMITS.perAddress),
      perClient: createRateLimiter(strapi, SIGN_IN_LIMITS.perClient),
    };
    const body = emailIn.safeParse((ctx.request as { body?: unknown }).body);
    const email = (body.success ? body.data.email : undefined)?.trim().toLowerCase() ?? '';
    const waits = await Promise.all([
      limiters.perClient.take(ctx.request.ip),
      limiters.perAddress.take(`${path}:${email}:${ctx.request.ip}`),
    ]);
    const wait = Math.max(...waits);
    if (wait === 0) return void (await next());
    ctx.set('Retry-After', String(wait));
    ctx.status = 429;
    ctx.body = {
      data: null,
      error: {
        status: 429,
        name: 'RateLimitError',
        message: 'Too many requests, please try again later.',
        details: {},
      },
    };
  };
};
