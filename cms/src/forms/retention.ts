import type { Core } from '@strapi/strapi';
import { ukDate } from '@doorstep/domain';
import { z } from 'zod';
import { forgetRequestFollowers } from '../alerts/requests';
import { defineJob } from '../jobs';

const SUBMISSIONS = 'api::form-submission.form-submission';

/** Every night at 03:15, UK time (RETENTION_CRON changes it, for tests). */
export const RETENTION_RULE = '15 3 * * *';

/**
 * Deletes every submission kept past its form's retention period. Each submission
 * carries its own `retainUntil` (set from the form when it was sent), so changing a
 * form's period later never shortens what residents were told. Their files go with
 * them (erasure.ts, on every path that deletes a submission), and so do the
 * addresses that asked for its status emails (alerts/requests.ts).
 */
export async function deleteExpiredSubmissions(strapi: Core.Strapi, now = new Date()): Promise<number> {
  const today = ukDate(now);
  let count = 0;
  // In batches, so one night's work never holds a long transaction.
  for (;;) {
    const expired = (await strapi.db.query(SUBMISSIONS).findMany({
      where: { retainUntil: { $lt: today } },
      select: ['id', 'reference'],
      limit: 500,
    })) as Array<{ id: number; reference: string }>;
    if (expired.length === 0) break;
    const deleted = await strapi.db
      .query(SUBMISSIONS)
      .deleteMany({ where: { id: { $in: expired.map((submission) => submission.id) } } });
    count += deleted.count;
    await forgetRequestFollowers(
      strapi,
      expired.map((submission) => submission.reference),
    );
  }
  strapi.log.info(
    `Retention: removed ${count} form submission${count === 1 ? '' : 's'} kept past their retention period (before ${today})`,
  );
  return count;
}

/** Once per night however many instances run; retried like any job should the database fail. */
export const retentionJob = defineJob({
  queue: 'submission-retention',
  data: z.object({}),
  get cron() {
    return process.env.RETENTION_CRON ?? RETENTION_RULE;
  },
  policy: { attempts: 5, firstDelayMs: 60_000, longestRunS: 15 * 60 },
  describe: () => 'Deleting submissions past their retention period',
  run: async (strapi) => {
    await deleteExpiredSubmissions(strapi);
  },
});
