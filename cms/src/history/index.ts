import type { Feature } from '../feature';
import './prune';
import { recordRevisions } from './record';
import { historyRoutes } from './routes';
import { redirectStrapiHistory } from './strapi-history-redirect';
import { ensureRevisionsTable } from './store';

/**
 * History (issue 17, item 3): every save, publish, unpublish and restore of a service
 * page, information page, community hub, web form or alert banner keeps a revision
 * (who, when, the fields); editors compare any two side by side and restore one as
 * the draft. Old revisions are pruned nightly (policy.ts). The admin's side is in
 * cms/src/admin/history; Strapi's own history page's addresses lead there. Listed first among the features: its middleware must wrap
 * the others' (record.ts).
 */
export const history: Feature = {
  register(strapi) {
    strapi.documents.use(recordRevisions(strapi));
    strapi.server.routes({ type: 'admin', prefix: '/doorstep', routes: historyRoutes(strapi) });
    strapi.server.use(redirectStrapiHistory(strapi));
  },
  async bootstrap(strapi) {
    await ensureRevisionsTable(strapi.db.connection);
  },
};
