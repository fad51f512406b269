import type { Core } from '@strapi/strapi';
import { londonDate } from '@doorstep/domain';
import { deleteStoredFiles, fileIdsIn } from './files';

const SUBMISSIONS = 'api::form-submission.form-submission';

/** Every night at 03:15, UK time. */
export const RETENTION_RULE = '15 3 * * *';

/**
 * Deletes every submission kept past its form's retention period. Each submission
 * carries its own `retainUntil` (set from the form when it was sent), so changing a
 * form's period later never shortens what residents were told.
 */
export async function deleteExpiredSubmissions(strapi: Core.Strapi, now = new Date()): Promise<number> {
  const today = londonDate(now);
  let count = 0;
  // In batches, rows first, then their files: a crash in between can leave a file with no
  // submission (unreachable), never a submission whose file has gone.
  for (;;) {
    const expired = (await strapi.db.query(SUBMISSIONS).findMany({
      where: { retainUntil: { $lt: today } },
      select: ['id', 'answers'],
      limit: 500,
    })) as Array<{ id: number; answers: unknown }>;
    if (expired.length === 0) break;
    const deleted = await strapi.db
      .query(SUBMISSIONS)
      .deleteMany({ where: { id: { $in: expired.map((submission) => submission.id) } } });
    await deleteStoredFiles(expired.flatMap((submission) => fileIdsIn(submission.answers)));
    count += deleted.count;
  }
  strapi.log.info(
    `Retention: removed ${count} form submission${count === 1 ? '' : 's'} kept past their retention period (before ${today})`,
  );
  return count;
}

export function scheduleRetention(strapi: Core.Strapi): void {
  strapi.cron.add({
    'submission-retention': {
      task: async () => {
        await deleteExpiredSubmissions(strapi);
      },
      options: { rule: RETENTION_RULE, tz: 'Europe/London' },
    },
  });
}
