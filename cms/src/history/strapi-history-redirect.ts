import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { editorialTypeOfUid } from '../editorial-types';

/**
 * Strapi's own history page (a paid feature: in Community Edition it says "Whoops!
 * Something went wrong"), at `<admin>/content-manager/<kind>/<uid>[/<documentId>]/history`:
 * re-check the addresses on upgrades.
 */
const STRAPI_HISTORY = /^\/content-manager\/(?:collection-types|single-types)\/([^/]+)(?:\/([^/]+))?\/history\/?$/;

/**
 * Where Doorstep's history answers for an address of Strapi's own history page: a
 * document of a type it keeps, its history; any other, the latest changes. Null for
 * any other address. `path` is the admin-relative path ("/content-manager/…").
 */
export function doorstepHistoryFor(path: string): string | null {
  const match = STRAPI_HISTORY.exec(path);
  if (!match) return null;
  let uid: string;
  try {
    uid = decodeURIComponent(match[1]!);
  } catch {
    return '/history';
  }
  const type = editorialTypeOfUid(uid);
  const documentId = match[2];
  return type && documentId && /^[a-z0-9]+$/.test(documentId) ? `/history/${type}/${documentId}` : '/history';
}

/**
 * A bookmarked or typed address of Strapi's history page is sent on to Doorstep's
 * (issue 17, item 3) before the admin panel loads. Nothing in Community Edition's admin
 * links there itself, so a full page load is the only way in.
 */
export function redirectStrapiHistory(strapi: Core.Strapi) {
  const adminPath = strapi.config.get<string>('admin.path', '/admin').replace(/\/$/, '');
  return async (ctx: Context, next: Next): Promise<void> => {
    if ((ctx.method === 'GET' || ctx.method === 'HEAD') && ctx.path.startsWith(`${adminPath}/content-manager/`)) {
      const target = doorstepHistoryFor(ctx.path.slice(adminPath.length));
      if (target) {
        ctx.redirect(`${adminPath}${target}`);
        return;
      }
    }
    await next();
  };
}
