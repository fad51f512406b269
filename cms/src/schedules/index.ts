import type { Feature } from '../feature';
import { cancelOnDelete } from './cancel-on-delete';
import './run';
import { scheduleRoutes } from './routes';
import { ensureSchedulesTable } from './store';

/**
 * Scheduled publishing and unpublishing (issue 17, item 2; ADR 0016): an Editor
 * schedules a document to publish or unpublish at a UK date and time; the publish
 * rules are checked then and again when the job queue runs it, once across instances.
 * A schedule that fails is kept with its reasons and its Editor is emailed. The admin's
 * side is in cms/src/admin/schedules. Registered before the jobs.
 */
export const schedules: Feature = {
  register(strapi) {
    strapi.documents.use(cancelOnDelete(strapi));
    strapi.server.routes({ type: 'admin', prefix: '/doorstep', routes: scheduleRoutes(strapi) });
  },
  async bootstrap(strapi) {
    await ensureSchedulesTable(strapi.db.connection);
  },
};
