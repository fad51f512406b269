import type { Core, Modules } from '@strapi/strapi';
import { nextReviewBy } from './dates';
import { REVIEWED, typeOfUid } from './pages';

/**
 * A page published without a review-by date gets one: 12 months after the day it is
 * published (UK date), as LocalGov Drupal's review dates default. Written on the
 * draft just before Strapi copies it to the published version, so the two agree and
 * the page is not left "Modified". Every way of publishing comes through `publish`:
 * the publish rules turn create and update with status "published" into save-then-publish.
 */
export function defaultReviewBy(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const type = typeOfUid(context.uid);
    const { documentId } = context.params as { documentId?: string };
    if (context.action !== 'publish' || !type || !documentId) return next();
    await strapi.db.query(REVIEWED[type].uid).updateMany({
      where: { documentId, publishedAt: { $null: true }, reviewBy: { $null: true } },
      data: { reviewBy: nextReviewBy(new Date()) },
    });
    return next();
  };
}
