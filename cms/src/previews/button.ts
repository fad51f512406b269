import type { Core } from '@strapi/strapi';
import { BUTTON_MINUTES, configuredKey, createLink, siteUrl } from './links';
import { previewableTypeOfUid } from './types';

/**
 * Strapi's own Preview button (config/admin.ts `preview.config.handler`): the site's
 * /preview/ page for the draft, through a link of its own that lasts an hour and is
 * not listed with the shared ones. Null (no button) for types the site cannot preview.
 */
export async function previewButtonUrl(
  strapi: Core.Strapi,
  uid: string,
  { documentId }: { documentId?: string },
): Promise<string | null> {
  const type = previewableTypeOfUid(uid);
  const key = configuredKey();
  if (!type || !key || !documentId) return null;
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
