import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { SIGNED_IN_HINT_COOKIE } from '@doorstep/domain';
import { hashToken, newToken } from './secrets';
import { TABLES } from './store';

/**
 * Server-side sessions (ADR 0014). The cookie holds a random token; the database
 * only its SHA-256, so a copy of the table signs no one in. `__Host-` binds the
 * cookie to this host and path `/`, `Secure` and `HttpOnly` keep it off the wire and
 * away from scripts, `SameSite=Lax` keeps it off cross-site posts. A session ends
 * after an hour unused, after twelve hours whatever, at sign-out, or when the
 * resident signs out of every device.
 */
export const SESSION_COOKIE = '__Host-doorstep_session';

export const SESSION_LIMITS = {
  get idleMs() {
    return Number(process.env.ACCOUNT_IDLE_MINUTES ?? 60) * 60_000;
  },
  maxMs: 12 * 60 * 60_000,
  /** last_seen_at is written at most this often: reading a page is not a write each time. */
  touchMs: 60_000,
};

export interface CookieOptions {
  maxAgeS: number;
  httpOnly?: boolean;
}

export function setCookie(ctx: Context, name: string, value: string, { maxAgeS, httpOnly = true }: CookieOptions) {
  const parts = [`${name}=${value}`, 'Path=/', 'Secure', 'SameSite=Lax', `Max-Age=${Math.max(0, Math.floor(maxAgeS))}`];
  if (httpOnly) parts.push('HttpOnly');
  ctx.append('Set-Cookie', parts.join('; '));
}

/** A cookie as the request carries it; only the first, and only a plausible token. */
export function readCookie(ctx: Context, name: string): string | undefined {
  const value = ctx.cookies.get(name, { signed: false });
  return value && /^[A-Za-z0-9_-]{16,100}$/.test(value) ? value : undefined;
}

const sessionRow = z.object({
  token_hash: z.string(),
  resident_id: z.string(),
  created_at: z.coerce.number(),
  last_seen_at: z.coerce.number(),
  expires_at: z.coerce.number(),
});

export interface Session {
  residentId: string;
  tokenHash: string;
}

/**
 * Signs the resident in: a new session and a new token, whatever the request
 * carried (a session fixed by someone else is never adopted: it is ended).
 */
export async function startSession(strapi: Core.Strapi, ctx: Context, residentId: string, now = Date.now()) {
  const knex = strapi.db.connection;
  const previous = readCookie(ctx, SESSION_COOKIE);
  if (previous)
    await knex(TABLES.sessions)
      .where({ token_hash: hashToken(previous) })
      .delete();
  const token = newToken();
  await knex(TABLES.sessions).insert({
    token_hash: hashToken(token),
    resident_id: residentId,
    created_at: now,
    last_seen_at: now,
    expires_at: now + SESSION_LIMITS.maxMs,
  });
  setCookie(ctx, SESSION_COOKIE, token, { maxAgeS: SESSION_LIMITS.maxMs / 1000 });
  // Only "someone is signed in here", for the form runner to know to ask (ADR 0014): no token.
  setCookie(ctx, SIGNED_IN_HINT_COOKIE, '1', { maxAgeS: SESSION_LIMITS.maxMs / 1000, httpOnly: false });
}

/** The signed-in resident's session, or null: unknown, expired, or idle too long (then ended). */
export async function currentSession(strapi: Core.Strapi, ctx: Context, now = Date.now()): Promise<Session | null> {
  const token = readCookie(ctx, SESSION_COOKIE);
  if (!token) return null;
  const knex = strapi.db.connection;
  const tokenHash = hashToken(token);
  const found: unknown = await knex(TABLES.sessions).where({ token_hash: tokenHash }).first();
  if (!found) return null;
  const row = sessionRow.parse(found);
  if (row.expires_at <= now || row.last_seen_at + SESSION_LIMITS.idleMs <= now) {
    await knex(TABLES.sessions).where({ token_hash: tokenHash }).delete();
    return null;
  }
  if (now - row.last_seen_at >= SESSION_LIMITS.touchMs) {
    await knex(TABLES.sessions).where({ token_hash: tokenHash }).update({ last_seen_at: now });
  }
  return { residentId: row.resident_id, tokenHash };
}

export async function endSession(strapi: Core.Strapi, ctx: Context): Promise<void> {
  const token = readCookie(ctx, SESSION_COOKIE);
  if (token)
    await strapi.db
      .connection(TABLES.sessions)
      .where({ token_hash: hashToken(token) })
      .delete();
  setCookie(ctx, SESSION_COOKIE, '', { maxAgeS: 0 });
  setCookie(ctx, SIGNED_IN_HINT_COOKIE, '', { maxAgeS: 0, httpOnly: false });
}

export async function endEverySession(strapi: Core.Strapi, ctx: Context, residentId: string): Promise<void> {
  await strapi.db.connection(TABLES.sessions).where({ resident_id: residentId }).delete();
  setCookie(ctx, SESSION_COOKIE, '', { maxAgeS: 0 });
  setCookie(ctx, SIGNED_IN_HINT_COOKIE, '', { maxAgeS: 0, httpOnly: false });
}

/** Sessions past their end, removed by the hourly clean-up. */
export async function deleteEndedSessions(strapi: Core.Strapi, now = Date.now()): Promise<number> {
  return strapi.db
    .connection(TABLES.sessions)
    .where('expires_at', '<=', now)
    .orWhere('last_seen_at', '<=', now - SESSION_LIMITS.idleMs)
    .delete();
}
