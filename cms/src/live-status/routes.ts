import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { allowed, answer, CONTENT_MANAGER, documentOf, refuse } from '../admin-routes';
import { EDITORIAL_TYPE_NAMES, EDITORIAL_TYPES, type EditorialType } from '../editorial-types';
import { siteUrl } from '../forms/html-page';
import { readSiteStatus } from './site-status';
import { liveState } from './state';

/** Where each type's page is on the resident site; an alert banner shows across it, so its home page. */
const SITE_PATHS: Record<EditorialType, (slug: string) => string> = {
  'service-page': (slug) => `/services/${slug}/`,
  'info-page': (slug) => `/${slug}/`,
  'community-hub': (slug) => `/community-hubs/${slug}/`,
  'form-definition': (slug) => `/forms/${slug}/`,
  'alert-banner': () => '/',
};

const published = z.object({ publishedAt: z.coerce.date(), slug: z.string().nullish() });

/** The document's published version (its time and address), or null; undefined when there is no such document. */
async function publishedVersion(strapi: Core.Strapi, type: EditorialType, documentId: string) {
  const { uid } = EDITORIAL_TYPES[type];
  const fields = type === 'alert-banner' ? ['publishedAt'] : ['publishedAt', 'slug'];
  const rows = (await strapi.db.query(uid).findMany({ where: { documentId }, select: fields })) as Array<{
    publishedAt?: unknown;
  }>;
  if (rows.length === 0) return undefined;
  // The draft's publishedAt is null (which would coerce to 1970): only the published row counts.
  const live = published.safeParse(rows.find((row) => row.publishedAt !== null && row.publishedAt !== undefined));
  if (!live.success) return null;
  // Without PUBLIC_SITE_URL the CMS does not know the site's address: no link, rather than a wrong one.
  const site = siteUrl();
  const pageUrl = site ? `${site}${SITE_PATHS[type](live.data.slug ?? '')}` : null;
  return { publishedAt: live.data.publishedAt.toISOString(), pageUrl };
}

/**
 * "On the live site" (cms/src/admin/live-status): whether a document's published
 * version is live yet, for whoever may read that type, under the admin's own
 * authentication. The admin asks again every few seconds while it is on its way.
 */
export function liveStatusRoutes(strapi: Core.Strapi): Core.Route[] {
  return [
    {
      method: 'GET',
      info: {},
      path: '/live-status/:type/:documentId',
      handler: async (ctx: Context) => {
        const found = documentOf(ctx, EDITORIAL_TYPE_NAMES);
        if (!found) return refuse(ctx, 404, 'There is no such document.');
        if (!allowed(ctx, CONTENT_MANAGER.read, EDITORIAL_TYPES[found.type].uid)) {
          return refuse(ctx, 403, 'You cannot read these documents.');
        }
        const version = await publishedVersion(strapi, found.type, found.documentId);
        if (version === undefined) return refuse(ctx, 404, 'There is no such document.');
        if (version === null) return answer(ctx, 200, { data: { state: 'not-published' } });
        const site = await readSiteStatus();
        const state = site.ok
          ? liveState(version.publishedAt, site.status)
          : { state: 'unknown', publishedAt: version.publishedAt, reason: site.reason };
        answer(ctx, 200, { data: { ...state, pageUrl: version.pageUrl } });
      },
    },
  ];
}
