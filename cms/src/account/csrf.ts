import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { keyedHash, newToken, sameHash } from './secrets';
import { readCookie, setCookie } from './sessions';

/**
 * Cross-site request forgery, refused twice over (ADR 0014). Every state-changing
 * request must come from the site itself: `Sec-Fetch-Site: same-origin` where the
 * browser sends it, otherwise an `Origin` naming the host the request was sent to.
 * And every HTML form carries a token, an HMAC of a random `__Host-` cookie (the
 * double-submit pattern, signed), which a page on another site can neither read nor
 * set. A JSON request needs no token: another site cannot send one without CORS,
 * which the CMS does not grant with credentials.
 */
export const FORM_COOKIE = '__Host-doorstep_form';
export const FORM_TOKEN_FIELD = 'formToken';

/** The token for this browser's forms; sets the cookie it is bound to on first use. */
export function formToken(strapi: Core.Strapi, ctx: Context): string {
  let seed = readCookie(ctx, FORM_COOKIE) ?? (ctx.state.formSeed as string | undefined);
  if (!seed) {
    seed = newToken();
    ctx.state.formSeed = seed;
    setCookie(ctx, FORM_COOKIE, seed, { maxAgeS: 24 * 60 * 60 });
  }
  return keyedHash(strapi, 'form', seed);
}

/** The host names this request may come from: the one it was sent to, and the site's, through the proxy. */
function ownHosts(ctx: Context): string[] {
  const hosts = [ctx.get('host'), ctx.get('x-forwarded-host')].filter(Boolean);
  const site = process.env.PUBLIC_SITE_URL;
  if (site) hosts.push(new URL(site).host);
  return hosts.map((host) => host.toLowerCase());
}

/**
 * Whether the browser says this request came from a page of another origin (another
 * site, or another subdomain of the council's: SameSite=Lax lets those send cookies).
 */
export function fromAnotherOrigin(ctx: Context): boolean {
  const fetchSite = ctx.get('sec-fetch-site');
  if (fetchSite) return fetchSite !== 'same-origin';
  const origin = ctx.get('origin');
  if (!origin) return false;
  try {
    return !ownHosts(ctx).includes(new URL(origin).host.toLowerCase());
  } catch {
    return true;
  }
}

/** Why a state-changing request is refused, or null when it may go on. */
export function crossSiteProblem(strapi: Core.Strapi, ctx: Context, body: Record<string, unknown>): string | null {
  if (fromAnotherOrigin(ctx)) return 'This request came from another site';
  if (ctx.request.is('application/json')) return null;
  const seed = readCookie(ctx, FORM_COOKIE);
  const given = typeof body[FORM_TOKEN_FIELD] === 'string' ? body[FORM_TOKEN_FIELD] : '';
  if (!seed || !/^[0-9a-f]{64}$/.test(given) || !sameHash(given, keyedHash(strapi, 'form', seed))) {
    return 'This form has expired. Go back, reload the page and try again.';
  }
  return null;
}
