import { z } from 'zod';
import { isIsoDate } from './dates.js';

/**
 * A verge cut: one planned visit by the grass-cutting crew. Councils plan cuts by
 * week, so a cut has a window (scheduledFrom to scheduledTo) or a single date
 * (scheduledTo empty). Once the crew has been, it is done (with the date) or skipped
 * (with the reason residents are told, like "ground too wet").
 */
export const VERGE_CUT_STATUSES = ['scheduled', 'done', 'skipped'] as const;
export type VergeCutStatus = (typeof VERGE_CUT_STATUSES)[number];

const isoDate = (what: string) =>
  z
    .string({ error: `Enter ${what} as a date, like 2026-05-04` })
    .refine(isIsoDate, { message: `Enter ${what} as a real date, like 2026-05-04` });

/** Absent, null and blank all mean "not given", whichever way the data arrived. */
const optional = <T extends z.ZodType<string>>(schema: T) =>
  z
    .preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.nullish())
    .transform((value) => value ?? null);

export const vergeCutSchema = z
  .object({
    scheduledFrom: isoDate('the date the cut is due (or its window starts)'),
    scheduledTo: optional(isoDate('the date the window ends')),
    status: z.enum(VERGE_CUT_STATUSES, { error: 'The status must be scheduled, done or skipped' }),
    skipReason: optional(z.string().trim().max(200, 'The reason must be 200 characters or fewer')),
    completedOn: optional(isoDate('the date the cut was done')),
  })
  .superRefine((cut, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (cut.scheduledTo !== null && cut.scheduledTo < cut.scheduledFrom) {
      problem('scheduledTo', 'The window must end on or after the day it starts');
    }
    if (cut.status === 'skipped' && !cut.skipReason) problem('skipReason', 'Say why the cut was skipped');
    if (cut.status !== 'skipped' && cut.skipReason) problem('skipReason', 'Only a skipped cut has a reason');
    if (cut.status === 'done' && !cut.completedOn) problem('completedOn', 'Give the date the cut was done');
    if (cut.status !== 'done' && cut.completedOn) problem('completedOn', 'Only a done cut has a completion date');
  });

export type VergeCut = z.output<typeof vergeCutSchema>;
export type VergeCutInput = z.input<typeof vergeCutSchema>;
