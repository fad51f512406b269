import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { z } from 'zod';
import { publishProblems } from '../content/publish-rules';
import { actingFor } from '../history/record';
import { defineJob, sendJob } from '../jobs';
import { tellSchedulerJob } from './failure-email';
import { scheduleRow, type ScheduleRow } from './schedules';
import { SCHEDULES_TABLE } from './store';

/** What a schedule's job names: the row, and the version it was queued for. */
const data = z.object({ id: z.number().int().positive(), version: z.number().int().positive() });

/** Marks the schedule failed with its reasons and queues the email to whoever scheduled it, in `trx`. */
async function fail(trx: Knex.Transaction, row: ScheduleRow, problems: string[]): Promise<void> {
  await trx(SCHEDULES_TABLE)
    .where({ id: row.id, version: row.version })
    .update({ state: 'failed', problems: JSON.stringify(problems), done_at: Date.now() });
  if (row.scheduled_by_email) {
    await sendJob(
      tellSchedulerJob,
      { id: row.id, version: row.version },
      { key: `schedule-failed-${row.id}-${row.version}` },
    );
  }
}

/** The admin user with that email address, if there still is one. */
async function adminIdOf(strapi: Core.Strapi, email: string | null | undefined): Promise<number | null> {
  if (!email) return null;
  const user = (await strapi.db.query('admin::user').findOne({ where: { email }, select: ['id'] })) as {
    id: number;
  } | null;
  return user?.id ?? null;
}

/**
 * Runs one schedule, once: in one transaction it claims the row (its version, still
 * scheduled: a job for an older version, a cancelled schedule or a second run finds
 * nothing), checks the publish rules again on the draft as it is now, and publishes
 * or unpublishes through the Document Service (so the rebuild webhook fires once the
 * transaction commits). A draft the rules refuse is not published: the schedule is
 * marked failed with every problem, and its Editor emailed. On PostgreSQL the claim's
 * row lock makes a concurrent run wait, then find it done.
 */
export async function runSchedule(strapi: Core.Strapi, job: z.infer<typeof data>): Promise<void> {
  await strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
    const claimed = await trx(SCHEDULES_TABLE)
      .where({ id: job.id, version: job.version, state: 'scheduled' })
      .update({ state: 'done', done_at: Date.now() });
    if (claimed === 0) return;
    const row = scheduleRow.parse(await trx(SCHEDULES_TABLE).where({ id: job.id }).first());
    const documents = strapi.documents(row.content_type as 'api::service-page.service-page');
    const { document_id: documentId } = row;
    // History records the publish as the Editor's who scheduled it, done on schedule.
    const actor = { id: await adminIdOf(strapi, row.scheduled_by_email), name: `${row.scheduled_by} (scheduled)` };
    if (row.action === 'publish') {
      const problems = await publishProblems(strapi, row.content_type, documentId);
      if (problems === null) return fail(trx, row, ['It has been deleted, so there was nothing to publish.']);
      if (problems.length > 0) return fail(trx, row, problems);
      await actingFor(actor, () => documents.publish({ documentId }));
      return;
    }
    const published = await documents.findOne({ documentId, status: 'published', fields: ['id'] as never });
    if (!published) return fail(trx, row, ['It was not published, so there was nothing to unpublish.']);
    await actingFor(actor, () => documents.unpublish({ documentId }));
  });
}

/** A job out of attempts (the publish itself kept failing): the schedule fails with the error, and its Editor is told. */
async function failedForGood(strapi: Core.Strapi, job: z.infer<typeof data>, lastError: string): Promise<void> {
  await strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
    const found: unknown = await trx(SCHEDULES_TABLE)
      .where({ id: job.id, version: job.version, state: 'scheduled' })
      .first();
    if (found) await fail(trx, scheduleRow.parse(found), [lastError]);
  });
}

/** One schedule's run, queued for its time: at most one per schedule version, across instances. */
export const scheduledPublishJob = defineJob({
  queue: 'scheduled-publish',
  data,
  policy: { attempts: 5, firstDelayMs: 10_000, longestRunS: 120 },
  describe: ({ id, version }) => `Scheduled publish or unpublish ${id} (version ${version})`,
  run: (strapi, job) => runSchedule(strapi, job),
  failed: (strapi, job, lastError) => failedForGood(strapi, job, lastError),
});

/** Queues a schedule's run for its time, in the caller's transaction. */
export const queueSchedule = (row: { id: number; version: number }, runAt: Date) =>
  sendJob(scheduledPublishJob, row, { key: `schedule-${row.id}-${row.version}`, after: runAt });
