import { z } from 'zod';
import { longDate } from '../../uk-time.js';
import { messages } from '../messages.js';
import { base, textOf, type FieldKindModule, type FieldPart } from './kind.js';

/** "today", or a fixed YYYY-MM-DD date. */
const dateBound = z.union([z.literal('today'), z.iso.date()]).nullish();

export const definition = z.object({ ...base, kind: z.literal('date'), earliest: dateBound, latest: dateBound });
type Field = z.infer<typeof definition>;

const NAMED = ['day', 'month', 'year'] as const;
const DATE_BOUND = { type: 'string', maxLength: 10, regex: '^(today|\\d{4}-\\d{2}-\\d{2})$' };

/** A date of birth is filled in by the browser; other dates are not the resident's to remember. */
const parts = (field: Field): FieldPart[] => {
  const birth = /birth/.test(field.name);
  const box = (part: (typeof NAMED)[number], label: string, width: number): FieldPart => ({
    part,
    label,
    className: `govuk-date-input__input govuk-input--width-${width}`,
    inputmode: 'numeric',
    autocomplete: birth ? `bday-${part}` : undefined,
  });
  return [box('day', 'Day', 2), box('month', 'Month', 2), box('year', 'Year', 4)];
};

function answer(field: Field, today: string) {
  const part = z.union([z.string(), z.number()]).optional();
  return z
    .union([z.iso.date(), z.object({ day: part, month: part, year: part })], { error: messages.dateReal(field) })
    .transform((value, ctx) => {
      const given =
        typeof value === 'string'
          ? { day: value.slice(8, 10), month: value.slice(5, 7), year: value.slice(0, 4) }
          : { day: value.day, month: value.month, year: value.year };
      const missing = NAMED.filter((name) => `${given[name] ?? ''}`.trim() === '');
      if (missing.length > 0) {
        ctx.addIssue({ code: 'custom', message: messages.dateMissing(field, missing), path: [missing[0]!] });
        return z.NEVER;
      }
      const [day, month, year] = NAMED.map((name) => Number(`${given[name] ?? ''}`.trim()));
      const date = new Date(Date.UTC(year!, month! - 1, day));
      const real =
        [day, month, year].every((n) => Number.isInteger(n)) &&
        year! >= 1000 &&
        year! <= 9999 &&
        date.getUTCFullYear() === year &&
        date.getUTCMonth() === month! - 1 &&
        date.getUTCDate() === day;
      if (!real) {
        ctx.addIssue({ code: 'custom', message: messages.dateReal(field), path: ['day'] });
        return z.NEVER;
      }
      const iso = date.toISOString().slice(0, 10);
      const earliest = field.earliest === 'today' ? today : field.earliest;
      const latest = field.latest === 'today' ? today : field.latest;
      if (earliest && iso < earliest) {
        ctx.addIssue({ code: 'custom', message: messages.dateAfter(field, longDate(earliest)), path: ['day'] });
      } else if (latest && iso > latest) {
        ctx.addIssue({ code: 'custom', message: messages.dateBefore(field, longDate(latest)), path: ['day'] });
      }
      return iso;
    });
}

/** GOV.UK's date input: day, month and year boxes; stored as YYYY-MM-DD, shown in words. */
export const date: FieldKindModule<Field> = {
  definition,
  answer: (field, options) => answer(field, options.today),
  missing: (field) => ({ message: messages.enter(field), part: 'day' }),
  summary: (_field, value) => [longDate(textOf(value))],
  view: (field) => ({ control: 'parts', layout: 'date', parts: parts(field) }),
  problems: (field) =>
    field.earliest &&
    field.latest &&
    field.earliest !== 'today' &&
    field.latest !== 'today' &&
    field.earliest > field.latest
      ? ['earliest: The earliest date must be before the latest']
      : [],
  cms: {
    displayName: 'Date',
    description: 'Day, month and year boxes. Limits are "today" or a date like 2027-01-31.',
    attributes: { earliest: DATE_BOUND, latest: DATE_BOUND },
  },
};
