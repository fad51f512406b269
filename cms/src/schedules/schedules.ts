import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { ukDateTimeLabel } from '@doorstep/domain';
import { z } from 'zod';
import { EDITORIAL_TYPES, type EditorialType } from '../editorial-types';
import { SCHEDULES_TABLE } from './store';

export const SCHEDULE_ACTIONS = ['publish', 'unpublish'] as const;
export type ScheduleAction = (typeof SCHEDULE_ACTIONS)[number];

/** A document's schedule for one action, as the admin shows it. */
export interface Schedule {
  id: number;
  action: ScheduleAction;
  state: ScheduleRow['state'];
  runAt: string;
  /** "5 Jan 2027, 9:00am", UK time. */
  label: string;
  scheduledBy: string;
  /** Why it failed: the publish rules' problems, or what went wrong. */
  problems: string[];
}

export const scheduleRow = z.object({
  id: z.coerce.number(),
  content_type: z.string(),
  document_id: z.string(),
  action: z.enum(SCHEDULE_ACTIONS),
  run_at: z.coerce.number(),
  version: z.coerce.number(),
  state: z.enum(['scheduled', 'done', 'failed', 'cancelled']),
  scheduled_by: z.string(),
  scheduled_by_email: z.string().nullish(),
  problems: z.string().nullish(),
  told_at: z.coerce.number().nullish(),
});
export type ScheduleRow = z.infer<typeof scheduleRow>;

const problemsOf = (text: string | null | undefined): string[] => {
  if (!text) return [];
  const parsed = z.array(z.string()).safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : [text];
};

export function scheduleOf(row: ScheduleRow): Schedule {
  return {
    id: row.id,
    action: row.action,
    state: row.state,
    runAt: new Date(row.run_at).toISOString(),
    label: ukDateTimeLabel(new Date(row.run_at)),
    scheduledBy: row.scheduled_by,
    problems: problemsOf(row.problems),
  };
}

/** A document's schedules that are still to run, or that failed, publish first. */
export async function findSchedules(knex: Knex, type: EditorialType, documentId: string): Promise<Schedule[]> {
  const rows = z
    .array(scheduleRow)
    .parse(
      await knex(SCHEDULES_TABLE)
        .where({ content_type: EDITORIAL_TYPES[type].uid, document_id: documentId })
        .whereIn('state', ['scheduled', 'failed'])
        .orderBy('action'),
    );
  return rows.map(scheduleOf);
}

/** Who scheduled it: their name as the admin shows it, and their email address for a failure. */
export interface Scheduler {
  name: string;
  email: string | null;
}

/**
 * Schedules `action` at `runAt`, replacing the document's earlier schedule for it
 * (whatever its state) with a new version. `then` runs in the same transaction with the
 * row's id and version (queuing its job): the schedule is kept with its job, or neither.
 */
export async function putSchedule(
  strapi: Core.Strapi,
  target: { type: EditorialType; documentId: string; action: ScheduleAction },
  runAt: Date,
  by: Scheduler,
  then: (row: { id: number; version: number }) => Promise<void>,
): Promise<Schedule> {
  const where = {
    content_type: EDITORIAL_TYPES[target.type].uid,
    document_id: target.documentId,
    action: target.action,
  };
  const values = {
    run_at: runAt.getTime(),
    state: 'scheduled',
    scheduled_by: by.name.slice(0, 320),
    scheduled_by_email: by.email?.slice(0, 320) ?? null,
    scheduled_at: Date.now(),
    done_at: null,
    problems: null,
    told_at: null,
  };
  return strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
    await trx(SCHEDULES_TABLE)
      .insert({ ...where, ...values, version: 1 })
      .onConflict(['content_type', 'document_id', 'action'])
      .merge({ ...values, version: trx.raw('?? + 1', [`${SCHEDULES_TABLE}.version`]) });
    const row = scheduleRow.parse(await trx(SCHEDULES_TABLE).where(where).first());
    await then({ id: row.id, version: row.version });
    return scheduleOf(row);
  });
}

/** Cancels a schedule still to run, so its queued job does nothing; false when none was. */
export async function cancelSchedule(
  knex: Knex,
  target: { type: EditorialType; documentId: string; action: ScheduleAction },
): Promise<boolean> {
  const count = await knex(SCHEDULES_TABLE)
    .where({ content_type: EDITORIAL_TYPES[target.type].uid, document_id: target.documentId, action: target.action })
    .whereIn('state', ['scheduled', 'failed'])
    .update({ state: 'cancelled', version: knex.raw('?? + 1', ['version']), done_at: Date.now() });
  return count > 0;
}
