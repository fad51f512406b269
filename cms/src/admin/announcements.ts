/**
 * Strapi's announcement bar over every admin page ("Introducing the new Media Library",
 * with a link to Strapi's blog) is Strapi's news, not the council's: it is marked as
 * dismissed before it shows. The keys are those @strapi/admin's MediaLibraryBanner keeps
 * its dismissal under, for either Media Library and before and after the admin knows
 * the project's id (`false` with telemetry off, as cms/package.json has it): re-check
 * on upgrades.
 */
const DISMISSED = [true, false].flatMap((legacy) =>
  ['false', 'undefined'].map((scope) => `STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${String(legacy)}:${scope}`),
);

export function dismissStrapiAnnouncements(): void {
  for (const key of DISMISSED) localStorage.setItem(key, 'true');
}
