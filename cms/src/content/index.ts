import type { Feature } from '../feature';
import { draftGuard } from './draft-guard';
import { publishRules } from './publish-rules';
import { ensureRebuildWebhook } from './rebuild-webhook';
import { keepOldAddresses } from './redirects';
import { slugFollowsTitle } from './slug-follows-title';
import { supportLevelGuard } from './support-level-guard';
import { labelSupportLevels, letEditorsReadLabels, supportLevelLabels } from './support-level-label';
import { ensureSupportLevels } from './support-levels';

/**
 * Publishing content: drafts stay out of public reads, the four support levels are
 * fixed and shown to editors by number and name, a slug follows its title until published, nothing the site cannot build is
 * published (each type's publish rule), a page that moves keeps its old address, and
 * every publish tells the site to rebuild.
 */
export const content: Feature = {
  register(strapi) {
    strapi.documents.use(draftGuard(strapi));
    strapi.documents.use(supportLevelGuard(strapi));
    strapi.documents.use(supportLevelLabels(strapi));
    strapi.documents.use(slugFollowsTitle(strapi));
    strapi.documents.use(publishRules(strapi));
    strapi.documents.use(keepOldAddresses(strapi));
  },
  async bootstrap(strapi) {
    await ensureSupportLevels(strapi);
    await labelSupportLevels(strapi);
    await letEditorsReadLabels(strapi);
    await ensureRebuildWebhook(strapi);
  },
};
