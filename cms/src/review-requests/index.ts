import type { Feature } from '../feature';
import { clearOnPublish } from './clear-on-publish';
import './notify';
import './sent-back-email';
import { requestRoutes } from './routes';
import { ensureRequestsTable } from './store';

/**
 * Authors and publishers (issue 17, item 5): an Author asks for a review of a draft
 * with an optional note; Editors list what is ready for review, oldest first, and
 * publish it (which clears the request) or send it back with a note the Author sees.
 * The Editors' team is emailed when a review is asked (EDITORS_EMAIL; notify.ts), and the
 * Author when their draft is sent back (sent-back-email.ts). The
 * admin's side is in cms/src/admin/review-requests. Registered before the jobs.
 */
export const reviewRequests: Feature = {
  register(strapi) {
    strapi.documents.use(clearOnPublish(strapi));
    strapi.server.routes({ type: 'admin', prefix: '/doorstep', routes: requestRoutes(strapi) });
  },
  async bootstrap(strapi) {
    await ensureRequestsTable(strapi.db.connection);
  },
};
