import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { ukDate } from '@doorstep/domain';
import { z } from 'zod';
import { adminEditUrl } from '../admin-routes';
import { councilName } from '../forms/html-page';
import { defineJob, sendJob } from '../jobs';
import { findDue } from './due';
import { REVIEWED, typeOfUid } from './pages';
import { reminderEmail, type ReminderKind } from './reminder-email';
import { TABLES } from './store';
import { sendStaffEmail } from '../staff-email';

/** Every morning at 07:00, UK time (REVIEW_REMINDERS_CRON changes it, for tests). */
export const REMINDERS_RULE = '0 7 * * *';

/** PostgreSQL returns inserted rows ({ id }), SQLite the ids or rows. */
const insertedId = z.union([z.object({ id: z.coerce.number() }).transform((row) => row.id), z.coerce.number()]);

/**
 * Queues the reminders due on `today` (YYYY-MM-DD, UK): "due within a month" for a
 * page whose review-by date is a month away or less, "overdue" once it has passed;
 * once each per page and review-by date. Each reminder's row and its email job are
 * written in one transaction: the unique row is what makes a second run (or a second
 * instance) send nothing, and no row exists without its email queued. "Mark as
 * reviewed" moves the date, so the next cycle reminds again. Returns how many it queued.
 */
export async function queueReminders(strapi: Core.Strapi, today: string): Promise<number> {
  let queued = 0;
  for (const page of await findDue(strapi, today)) {
    if (!page.owner) continue;
    const kind: ReminderKind = page.overdue ? 'overdue' : 'month-before';
    const owner = page.owner;
    await strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
      const inserted: unknown[] = await trx(TABLES.reminders)
        .insert({
          content_type: REVIEWED[page.type].uid,
          document_id: page.documentId,
          review_by: page.reviewBy,
          kind,
          owner,
          title: page.title.slice(0, 255),
          created_at: Date.now(),
        })
        .onConflict(['document_id', 'review_by', 'kind'])
        .ignore()
        .returning('id');
      if (inserted.length === 0) return;
      const reminderId = insertedId.parse(inserted[0]);
      await sendJob(reviewReminderEmailJob, { reminderId }, { key: `reminder-${reminderId}` });
      queued += 1;
    });
  }
  return queued;
}

const reminderRow = z.object({
  id: z.coerce.number(),
  content_type: z.string(),
  document_id: z.string(),
  review_by: z.string(),
  kind: z.enum(['month-before', 'overdue']),
  owner: z.string(),
  title: z.string(),
  sent_at: z.coerce.number().nullish(),
});

/** Sends one reminder; a reminder already sent is not sent again when its job runs twice. */
async function sendReminder(strapi: Core.Strapi, reminderId: number): Promise<void> {
  const knex = strapi.db.connection;
  const found: unknown = await knex(TABLES.reminders).where({ id: reminderId }).first();
  if (!found) return;
  const reminder = reminderRow.parse(found);
  if (reminder.sent_at) return;
  const type = typeOfUid(reminder.content_type);
  const message = reminderEmail(await councilName(strapi), {
    kind: reminder.kind,
    title: reminder.title,
    typeLabel: type ? REVIEWED[type].label : 'The page',
    reviewBy: reminder.review_by,
    editUrl: adminEditUrl(strapi, reminder.content_type, reminder.document_id),
  });
  await sendStaffEmail(strapi, { to: reminder.owner, ...message, id: `review-reminder-${reminderId}` });
  await knex(TABLES.reminders).where({ id: reminderId }).update({ sent_at: Date.now() });
}

/** A reminder to a page's owner: retried like the other emails; waits without SMTP_HOST. */
export const reviewReminderEmailJob = defineJob({
  queue: 'review-reminder-email',
  data: z.object({ reminderId: z.number().int().positive() }),
  policy: { attempts: 10, firstDelayMs: 30_000, longestRunS: 60 },
  enabled: () => Boolean(process.env.SMTP_HOST),
  describe: ({ reminderId }) => `Review reminder email ${reminderId}`,
  run: (strapi, { reminderId }) => sendReminder(strapi, reminderId),
});

/** Once a day however many instances run: finds what is due on the UK date and queues its reminders. */
export const reviewRemindersJob = defineJob({
  queue: 'review-reminders',
  data: z.object({}),
  get cron() {
    return process.env.REVIEW_REMINDERS_CRON ?? REMINDERS_RULE;
  },
  policy: { attempts: 5, firstDelayMs: 60_000, longestRunS: 10 * 60 },
  describe: () => 'Queuing reminders to owners of pages due for review',
  run: async (strapi) => {
    await queueReminders(strapi, ukDate(new Date()));
  },
});
