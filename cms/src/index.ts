import type { Core } from '@strapi/strapi';
import { ensureSupportLevels } from './bootstrap/support-levels';
import { grantPublicRead } from './bootstrap/public-permissions';
import { closePublicRegistration } from './bootstrap/registration';
import { ensureRebuildWebhook } from './bootstrap/rebuild-webhook';
import { ensureLocalLogins } from './bootstrap/admin-users';
import { draftGuard } from './document-middlewares/draft-guard';
import { supportLevelGuard } from './document-middlewares/support-level-guard';
import { publishRules } from './document-middlewares/publish-rules';
import { slugFollowsTitle } from './document-middlewares/slug-follows-title';
import { keepOldAddresses } from './document-middlewares/redirects';
import { formVersions } from './document-middlewares/form-versions';
import { publishedFormsCache } from './forms/published-forms';
import { submissionTimeline } from './document-middlewares/submission-timeline';
import { vergeFields } from './document-middlewares/verge-fields';
import { ensureSubmissionRoles } from './bootstrap/submission-roles';
import { applyAdminLayouts } from './bootstrap/admin-layouts';
import { registerGraphqlExtensions } from './graphql/extensions';
import { batchRelationLoads } from './strapi-internals/batched-loads';
import { loadCouncil } from './council/load';
import { scheduleRetention } from './forms/retention';
import { eraseFilesWithSubmissions } from './forms/erasure';
import { startEmails, stopEmails } from './forms/email/sender-instance';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(draftGuard(strapi));
    strapi.documents.use(supportLevelGuard(strapi));
    strapi.documents.use(slugFollowsTitle(strapi));
    strapi.documents.use(publishRules(strapi));
    strapi.documents.use(keepOldAddresses(strapi));
    strapi.documents.use(formVersions(strapi));
    strapi.documents.use(publishedFormsCache());
    strapi.documents.use(submissionTimeline(strapi));
    strapi.documents.use(vergeFields(strapi));
    registerGraphqlExtensions(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    batchRelationLoads(strapi);
    eraseFilesWithSubmissions(strapi);
    await ensureSupportLevels(strapi);
    await grantPublicRead(strapi);
    await closePublicRegistration(strapi);
    await ensureSubmissionRoles(strapi);
    await applyAdminLayouts(strapi);
    scheduleRetention(strapi);
    startEmails(strapi);
    await ensureLocalLogins(strapi);
    await ensureRebuildWebhook(strapi);
    if (process.env.SEED_DEMO_COUNCIL === 'true') {
      // The demo council is a development dependency: a production install leaves it out.
      const { bramblewick } = await import('@doorstep/demo');
      await loadCouncil(strapi, bramblewick);
    }
  },

  async destroy() {
    await stopEmails();
  },
};
