import type { Core } from '@strapi/strapi';
import { account } from './account';
import { alerts } from './alerts';
import { cases } from './cases';
import { loadCouncil } from './council/load';
import { content } from './content';
import type { Feature } from './feature';
import { forms } from './forms';
import { history } from './history';
import { jobs } from './jobs';
import { liveStatus } from './live-status';
import { ensureLocalLogins } from './local-logins';
import { previews } from './previews';
import { publicApi } from './public-api';
import { releaseStartupLock, takeStartupLock } from './startup-lock';
import { reviewRequests } from './review-requests';
import { reviews } from './reviews';
import { schedules } from './schedules';
import { verges } from './verges';

/**
 * The CMS's features, in the order they register and start (Document Service
 * middlewares run in this order). Jobs come last: the queue starts once every
 * feature has declared its jobs.
 */
const FEATURES: readonly Feature[] = [
  // First: its middleware records each action whole, with what the others write inside it.
  history,
  content,
  publicApi,
  forms,
  cases,
  verges,
  account,
  alerts,
  reviews,
  reviewRequests,
  liveStatus,
  schedules,
  previews,
  jobs,
];

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    // Held until bootstrap ends: Strapi migrates and syncs the schema in between.
    await takeStartupLock(strapi);
    for (const feature of FEATURES) feature.register?.(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    try {
      for (const feature of FEATURES) await feature.bootstrap?.(strapi);
      // After the features: the local logins take the roles they make.
      await ensureLocalLogins(strapi);
      if (process.env.SEED_DEMO_COUNCIL === 'true') {
        // The demo council is a development dependency: a production install leaves it out.
        const { bramblewick } = await import('@doorstep/demo');
        await loadCouncil(strapi, bramblewick);
      }
    } finally {
      await releaseStartupLock();
    }
  },

  async destroy() {
    await releaseStartupLock();
    for (const feature of FEATURES) await feature.destroy?.();
  },
};
