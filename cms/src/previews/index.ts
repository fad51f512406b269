import type { Feature } from '../feature';
import { configuredKey } from './links';
import './prune';
import { previewRoutes } from './routes';
import { ensureLinksTable } from './store';

/**
 * Preview exactly as residents will see it (issue 17, item 1): "Share preview" links
 * signed by the CMS (token.ts), kept so they can be listed and revoked (links.ts), and
 * the draft a link opens, answered to the site server's /preview/ page (draft-http.ts,
 * route in cms/src/api/preview). The admin's side panel is cms/src/admin/previews;
 * Strapi's Preview button (config/admin.ts) makes a short-lived link the same way.
 * Ended links are pruned nightly (prune.ts).
 */
export const previews: Feature = {
  register(strapi) {
    strapi.server.routes({ type: 'admin', prefix: '/doorstep', routes: previewRoutes(strapi) });
  },
  async bootstrap(strapi) {
    // A key too short fails the start here, not at the first preview.
    if (!configuredKey()) strapi.log.warn('PREVIEW_SIGNING_KEY is not set: preview links are turned off.');
    await ensureLinksTable(strapi.db.connection);
  },
};
