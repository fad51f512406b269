import type { Feature } from '../feature';
import { defaultReviewBy } from './default-review-by';
import { applyReviewLabels } from './labels';
import './reminders';
import { reviewRoutes } from './routes';
import { ensureReviewTables } from './store';

/**
 * Review dates and owners (issue 17, item 4): every service and information page has
 * an owner and a review-by date, 12 months after publishing unless set; "Mark as
 * reviewed" moves it on; the admin lists what is due (cms/src/admin/reviews); owners
 * are reminded by email a month before and when overdue, once each (reminders.ts).
 * Registered before the jobs, which start once this feature has declared its own.
 */
export const reviews: Feature = {
  register(strapi) {
    strapi.documents.use(defaultReviewBy(strapi));
    strapi.server.routes({ type: 'admin', prefix: '/doorstep', routes: reviewRoutes(strapi) });
  },
  async bootstrap(strapi) {
    await ensureReviewTables(strapi.db.connection);
    await applyReviewLabels(strapi);
  },
};
