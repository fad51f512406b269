import type { Core } from '@strapi/strapi';
import { ukDateTimeLabel } from '@doorstep/domain';
import { z } from 'zod';
import { adminEditUrl } from '../admin-routes';
import { editorialTypeOfUid, EDITORIAL_TYPES } from '../editorial-types';
import { councilName } from '../forms/html-page';
import { defineJob } from '../jobs';
import { draftTitles } from '../review-requests/waiting';
import { sendStaffEmail } from '../staff-email';
import { failureEmail } from './schedule-email';
import { scheduleRow, type ScheduleRow } from './schedules';
import { SCHEDULES_TABLE } from './store';

/** Emails the Editor who scheduled it that a schedule failed; once per failed version, however often the job runs. */
async function tellScheduler(strapi: Core.Strapi, job: { id: number; version: number }): Promise<void> {
  const knex = strapi.db.connection;
  const found: unknown = await knex(SCHEDULES_TABLE)
    .where({ id: job.id, version: job.version, state: 'failed' })
    .first();
  if (!found) return;
  const row: ScheduleRow = scheduleRow.parse(found);
  const type = editorialTypeOfUid(row.content_type);
  if (row.told_at || !row.scheduled_by_email || !type) return;
  const title = (await draftTitles(strapi, type, [row.document_id])).get(row.document_id) || 'Untitled';
  const problems = z.array(z.string()).parse(JSON.parse(row.problems ?? '[]'));
  const message = failureEmail(await councilName(strapi), {
    title,
    typeLabel: EDITORIAL_TYPES[type].label,
    action: row.action,
    when: ukDateTimeLabel(new Date(row.run_at)),
    problems,
    editUrl: adminEditUrl(strapi, row.content_type, row.document_id),
  });
  await sendStaffEmail(strapi, {
    to: row.scheduled_by_email,
    ...message,
    id: `schedule-failed-${row.id}-${row.version}`,
  });
  await knex(SCHEDULES_TABLE).where({ id: row.id, version: row.version }).update({ told_at: Date.now() });
}

/** The failure email: retried like the other emails; waits without SMTP_HOST. */
export const tellSchedulerJob = defineJob({
  queue: 'schedule-failed-email',
  data: z.object({ id: z.number().int().positive(), version: z.number().int().positive() }),
  policy: { attempts: 10, firstDelayMs: 30_000, longestRunS: 60 },
  enabled: () => Boolean(process.env.SMTP_HOST),
  describe: ({ id }) => `Email saying schedule ${id} failed`,
  run: (strapi, job) => tellScheduler(strapi, job),
});
