import type { Feature } from '../feature';
import { CASE_CUSTOM_FIELDS } from './fields';
import { caseRoutes } from './routes';

/**
 * Caseworkers' view of a submission in the admin panel (issue 15): the answers as a
 * summary list and the timeline as a list (custom fields `global::case-answers` and
 * `global::case-timeline`, drawn by cms/src/admin/case-view), files downloaded through
 * the admin's own routes, and a sign-in email sent again for the resident.
 */
export const cases: Feature = {
  register(strapi) {
    strapi.customFields.register(CASE_CUSTOM_FIELDS.map((field) => ({ ...field })));
    strapi.server.routes({ type: 'admin', prefix: '/doorstep', routes: caseRoutes(strapi) });
  },
};
