import { z } from 'zod';
import { ukDate } from '../uk-time.js';

/**
 * Where a submission is, as the service team moves it: the values of its `caseStatus`
 * (cms/src/api/form-submission), in the order a case usually goes.
 */
export const caseStatuses = ['received', 'in-progress', 'waiting-for-resident', 'resolved', 'closed'] as const;
export const caseStatusSchema = z.enum(caseStatuses);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

/**
 * Each status in plain words for the resident, in their emails and their account
 * (issue 15): "Waiting for you", not "Waiting for the resident", and "Done" for
 * resolved. Staff see the admin panel's own words (enum-labels.ts).
 */
export const caseStatusLabels: Readonly<Record<CaseStatus, string>> = {
  received: 'Received',
  'in-progress': 'In progress',
  'waiting-for-resident': 'Waiting for you',
  resolved: 'Done',
  closed: 'Closed',
};

/** A caseworker's message to the resident, or their note: the limit of the fields they type them in. */
export const MESSAGE_TO_RESIDENT_MAX_LENGTH = 2000;

/** Statuses where the council has finished: nothing is owed, so nothing is late. */
const FINISHED: ReadonlySet<CaseStatus> = new Set(['resolved', 'closed']);

/**
 * Whether the council owes the resident a reply it has not given in time: the case is
 * open and its reply-by date ("2026-12-01", as the resident was told it) is before
 * today in the UK. The resident was promised a reply by the end of that day, so the
 * day itself is not late.
 */
export function isLate(replyBy: string | null | undefined, status: string | null | undefined, now: Date): boolean {
  if (!replyBy || !/^\d{4}-\d{2}-\d{2}/.test(replyBy)) return false;
  const known = caseStatusSchema.safeParse(status);
  if (known.success && FINISHED.has(known.data)) return false;
  return replyBy.slice(0, 10) < ukDate(now);
}
