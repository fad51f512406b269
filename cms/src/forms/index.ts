import type { Feature } from '../feature';
import { applyAdminLayouts } from './admin-layouts';
import './email/job';
import { eraseFilesWithSubmissions } from './erasure';
import { publishedFormsCache } from './published-forms';
import { prepareFileStore } from './file-store';
import './retention';
import { ensureSubmissionRoles } from './roles';
import { submissionTimeline } from './timeline';
import { formVersions } from './versions';

/**
 * Web forms and their submissions: a published form is versioned and cached for the
 * endpoint; a submission keeps its timeline, its files go with it, it is deleted when
 * its retention ends (a nightly job), and its emails go out as jobs. Caseworkers work them
 * in the admin panel, as the Service team role and layouts set up here allow.
 */
export const forms: Feature = {
  register(strapi) {
    // A page's routing condition, chosen in the admin from the form's own questions (cms/src/admin/form-routing).
    strapi.customFields.register([
      { name: 'form-question', type: 'string' },
      { name: 'form-answer', type: 'string' },
    ]);
    strapi.documents.use(formVersions(strapi));
    strapi.documents.use(publishedFormsCache());
    strapi.documents.use(submissionTimeline(strapi));
  },
  async bootstrap(strapi) {
    eraseFilesWithSubmissions(strapi);
    await ensureSubmissionRoles(strapi);
    await applyAdminLayouts(strapi);
    await prepareFileStore(strapi);
    if (!process.env.SMTP_HOST) {
      strapi.log.warn('Emails are off: set SMTP_HOST (and SMTP_PORT, SMTP_FROM) to send them. They wait until then.');
    }
  },
};
