import type { Core, Modules } from '@strapi/strapi';
import { sitePaths } from '@doorstep/domain';

const REDIRECTS = 'api::redirect.redirect';

/** Where each type's pages live on the site, by slug. */
const PATHS: Readonly<Record<string, (slug: string) => string>> = {
  'api::service-page.service-page': sitePaths.servicePage,
  'api::service-area.service-area': sitePaths.serviceArea,
  'api::community-hub.community-hub': sitePaths.communityHub,
  'api::info-page.info-page': sitePaths.infoPage,
  'api::form-definition.form-definition': sitePaths.form,
};

async function publishedSlug(strapi: Core.Strapi, uid: string, documentId: string): Promise<string | null> {
  const row = (await strapi.db.query(uid).findOne({
    where: { documentId, publishedAt: { $notNull: true } },
    select: ['slug'],
  })) as { slug?: unknown } | null;
  return typeof row?.slug === 'string' ? row.slug : null;
}

/**
 * A published page whose slug changes keeps its old address for ever (issue 12): the
 * old path redirects to the new one, and redirects that led to the old path now lead
 * to the new one, so there is never a chain. A page published at an address that
 * used to redirect takes the address back.
 */
export function keepOldAddresses(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const path = PATHS[context.uid];
    const { documentId } = context.params as { documentId?: string };
    if (!path || context.action !== 'publish' || !documentId) return next();
    const before = await publishedSlug(strapi, context.uid, documentId);
    const result = await next();
    const after = await publishedSlug(strapi, context.uid, documentId);
    const redirects = strapi.db.query(REDIRECTS);
    if (after) await redirects.deleteMany({ where: { fromPath: path(after) } });
    if (before && after && before !== after) {
      const [from, to] = [path(before), path(after)];
      await redirects.updateMany({ where: { toPath: from }, data: { toPath: to } });
      await redirects.deleteMany({ where: { fromPath: from } });
      await redirects.create({ data: { fromPath: from, toPath: to } });
    }
    return result;
  };
}
