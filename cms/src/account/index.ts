import { z } from 'zod';
import type { Feature } from '../feature';
import { defineJob } from '../jobs';
import { deleteExpiredDrafts } from './drafts';
import { configureOidc } from './oidc/config';
import { deleteEndedFlows } from './oidc/flow';
import { deleteEndedSessions } from './sessions';
import './sign-in';
import { CODE_LIFETIME_MS, RESUME_LIFETIME_MS } from './sign-in';
import { ensureAccountTables, TABLES } from './store';

/**
 * Residents' accounts (ADR 0014): sign-in with an emailed code, server-side sessions,
 * their requests and what the council said. Kept in tables of their own.
 */
export const account: Feature = {
  async bootstrap(strapi) {
    const oidc = configureOidc();
    if (oidc) strapi.log.info(`Residents can sign in with ${oidc.name} (${oidc.issuer.href})`);
    await ensureAccountTables(strapi.db.connection);
  },
};

/**
 * Every hour: sessions past their end, sign-ins at an identity provider never
 * finished, saved forms past their time, sign-in codes a day old, whether used or
 * not, and codes for saved forms once spent or gone.
 */
export const accountCleanUpJob = defineJob({
  queue: 'account-clean-up',
  data: z.object({}),
  cron: '7 * * * *',
  policy: { attempts: 3, firstDelayMs: 60_000, longestRunS: 300 },
  describe: () => 'Removing ended sessions, expired saved forms and old codes',
  async run(strapi) {
    const now = Date.now();
    const knex = strapi.db.connection;
    await deleteEndedSessions(strapi, now);
    await deleteExpiredDrafts(strapi, now);
    await deleteEndedFlows(strapi, now);
    await knex(TABLES.codes)
      .whereNot({ purpose: 'resume' })
      .andWhere('created_at', '<', now - Math.max(CODE_LIFETIME_MS, 24 * 60 * 60_000))
      .delete();
    await knex(TABLES.codes)
      .where({ purpose: 'resume' })
      .andWhere((query) => {
        // A knex builder is thenable; here it is only being built.
        void query
          .where('created_at', '<', now - RESUME_LIFETIME_MS)
          .orWhereNotNull('used_at')
          .orWhereNotIn('draft_id', knex(TABLES.drafts).select('id'));
      })
      .delete();
  },
});
