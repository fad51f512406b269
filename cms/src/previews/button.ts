import type { Core } from '@strapi/strapi';
import { allowed, CONTENT_MANAGER, draftRights } from '../admin-routes';
import { BUTTON_MINUTES, configuredKey, createLink, siteUrl } from './links';
import { previewableTypeOfUid } from './types';

/**
 * Strapi's own Preview button (config/admin.ts `preview.config.handler`): the site's
 * /preview/ page for the draft, through a link of its own that lasts an hour and is
 * not listed with the shared ones. Null (nothing to show) for types the site cannot
 * preview, for the published version (the live site shows that), and for an admin who
 * may not read this draft (the type's permission and its conditions): Strapi asks only
 * that someone is signed in.
 */
export async function previewButtonUrl(
  strapi: Core.Strapi,
  uid: string,
  { documentId, status }: { documentId?: string; status?: string },
): Promise<string | null> {
  const type = previewableTypeOfUid(uid);
  const key = configuredKey();
  const ctx = strapi.requestContext.get();
  if (!type || !key || !documentId || status === 'published') return null;
  if (!ctx || !allowed(ctx, CONTENT_MANAGER.read, uid)) return null;
  // And its conditions on this draft: an Author previews only what they may read (their own).
  if (!(await draftRights(strapi, ctx, uid, documentId))?.read) return null;
  const link = await createLink(strapi, key, {
    type,
    documentId,
    purpose: 'button',
    by: 'Preview button',
    lifetimeMs: BUTTON_MINUTES * 60 * 1000,
  });
  return link.url;
}

/** The site's origin, which the admin may show in its preview frame. */
export const siteOrigin = () => new URL(siteUrl()).origin;
