import type { Core, Modules, UID } from '@strapi/strapi';
import { slugify } from '@doorstep/domain';

/** `base` or `base-2`, `base-3`...: what an automatic slug looks like. */
const isAutomatic = (slug: unknown, base: string) =>
  typeof slug === 'string' && base !== '' && (slug === base || new RegExp(`^${base}-\\d+$`).test(slug));

/**
 * A slug follows its title until the editor changes it by hand, and while the entry
 * has never been published (issue 12). The admin panel fills a new entry's slug once,
 * before there is a title (so it reads "service-page"), and only its Regenerate button
 * follows the title after. On every save of a draft, a slug that is still automatic
 * (the type's placeholder, empty, or the old title's) becomes the new title's. Once
 * published, a page's address changes only when an editor changes it, and the old
 * one redirects (redirects.ts).
 */
export function slugFollowsTitle(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.action !== 'create' && context.action !== 'update') return next();
    const params = context.params as { data?: Record<string, unknown>; documentId?: string };
    const model = strapi.getModel(context.uid);
    const entry = Object.entries(model.attributes as Record<string, { type: string; targetField?: string }>).find(
      ([, attribute]) => attribute.type === 'uid' && attribute.targetField,
    );
    if (!params.data || !entry) return next();
    const [field, attribute] = entry as [string, { targetField: string }];
    const title = params.data[attribute.targetField];
    if (typeof title !== 'string' || !slugify(title)) return next();
    const placeholder = slugify(model.info.singularName);
    const given = params.data[field];

    let follow = given === undefined || given === '' || given === null || isAutomatic(given, placeholder);
    if (context.action === 'update' && params.documentId) {
      const current = (await strapi.db.query(context.uid).findOne({
        where: { documentId: params.documentId, publishedAt: null },
        select: [field, attribute.targetField],
      })) as Record<string, unknown> | null;
      const published = await strapi.db
        .query(context.uid)
        .count({ where: { documentId: params.documentId, publishedAt: { $notNull: true } } });
      const untouched = given === undefined || given === current?.[field];
      const wasAutomatic =
        isAutomatic(current?.[field], placeholder) ||
        isAutomatic(
          current?.[field],
          slugify(
            typeof current?.[attribute.targetField] === 'string' ? (current[attribute.targetField] as string) : '',
          ),
        );
      follow = published === 0 && untouched && wasAutomatic;
    }
    if (follow) params.data[field] = await uniqueSlug(strapi, context.uid, field, slugify(title), params.documentId);
    return next();
  };
}

async function uniqueSlug(strapi: Core.Strapi, uid: UID.Schema, field: string, base: string, documentId?: string) {
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const clash = await strapi.db.query(uid).count({
      where: { [field]: candidate, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
    });
    if (clash === 0) return candidate;
  }
}
