import { z } from 'zod';
import type { Feature } from '../feature';
import { defineJob } from '../jobs';
import './emails';
import { runDaily, runDigest } from './fan-out';
import { ensureAlertTables } from './store';
import { deleteExpiredSubscriptions } from './subscriptions';
import { vergeChangeAlerts } from './verge-changes';

/**
 * Email alerts (issue 16): residents follow a street and hear, once, about its grass
 * cutting the week before, and about problems, overdue and skipped cuts; a daily
 * digest instead when they prefer. Kept in tables of their own (store.ts).
 */
export const alerts: Feature = {
  register(strapi) {
    strapi.documents.use(vergeChangeAlerts(strapi));
  },
  async bootstrap(strapi) {
    await ensureAlertTables(strapi.db.connection);
  },
};

/**
 * Once a day, across every instance (a cron job runs once per occurrence): the week's
 * cuts on followed streets, and unconfirmed subscriptions past their week removed.
 * ALERTS_DAILY_CRON moves it (the tests run it every minute: it sends nothing twice).
 */
export const alertsDailyJob = defineJob({
  queue: 'alerts-daily',
  data: z.object({}),
  get cron() {
    return process.env.ALERTS_DAILY_CRON ?? '0 7 * * *';
  },
  policy: { attempts: 3, firstDelayMs: 60_000, longestRunS: 600 },
  describe: () => 'Finding the day’s alerts',
  async run(strapi) {
    await deleteExpiredSubscriptions(strapi);
    await runDaily(strapi);
  },
});

/** Each digest subscriber's email of the day's events, in the late afternoon. */
export const alertsDigestJob = defineJob({
  queue: 'alerts-digest',
  data: z.object({}),
  get cron() {
    return process.env.ALERTS_DIGEST_CRON ?? '0 17 * * *';
  },
  policy: { attempts: 3, firstDelayMs: 60_000, longestRunS: 600 },
  describe: () => 'Sending the day’s alert digests',
  run: (strapi) => runDigest(strapi),
});
