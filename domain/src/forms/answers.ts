import { z } from 'zod';
import { UK_PHONE } from '../contact-channels.js';
import { allFields, type FormDefinition, type FormField } from './definition.js';
import { longDate } from '../uk-time.js';
import { describeFileTypes, messages } from './messages.js';
import { routeFor } from './routing.js';
import { normalisePostcode } from '../postcode.js';

/**
 * One zod schema for a form's answers, built from its definition. The form runner
 * in the browser, the no-JavaScript form and the submission endpoint all validate
 * with it, so they agree on every rule and every message.
 *
 * It rejects questions the form does not have, checks each answer by its kind,
 * requires the questions on the pages the answers route through, refuses answers
 * that lead to an exit page, and drops answers left over from pages not on the route.
 */
export interface UkAddress {
  line1: string;
  line2?: string;
  town: string;
  postcode: string;
}

export interface UploadedFile {
  /** Where the endpoint stored it; absent until stored. */
  id?: string;
  name: string;
  size: number;
  type: string;
}

export type AnswerValue = string | number | string[] | UkAddress | UploadedFile;
export type FormAnswers = Record<string, AnswerValue>;

export interface AnswersOptions {
  /** Today's date (YYYY-MM-DD, UK time), for date limits such as "today". */
  today: string;
}

/** `undefined` for everything a resident leaves blank: '', spaces, [], an address or date with no parts. */
function blankToUndefined(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) return value.length === 0 ? undefined : value;
  if (typeof value === 'object') {
    const parts = Object.values(value as Record<string, unknown>);
    const blank = (part: unknown) =>
      part === undefined || part === null || (typeof part === 'string' && part.trim() === '');
    return parts.every(blank) ? undefined : value;
  }
  return value;
}

const text = (field: FormField, minLength: number | null | undefined, maxLength: number) =>
  z
    .string({ error: messages.enter(field) })
    .transform((value) => value.trim())
    .pipe(
      z
        .string()
        .min(minLength ?? 0, messages.tooShort(field, minLength ?? 0))
        .max(maxLength, messages.tooLong(field, maxLength)),
    );

const optionValues = (field: Extract<FormField, { options: unknown }>) => field.options.map((option) => option.value);

function dateSchema(field: Extract<FormField, { kind: 'date' }>, today: string) {
  const part = z.union([z.string(), z.number()]).optional();
  return z
    .union([z.iso.date(), z.object({ day: part, month: part, year: part })], { error: messages.dateReal(field) })
    .transform((value, ctx) => {
      const parts =
        typeof value === 'string'
          ? { day: value.slice(8, 10), month: value.slice(5, 7), year: value.slice(0, 4) }
          : { day: value.day, month: value.month, year: value.year };
      const named = ['day', 'month', 'year'] as const;
      const missing = named.filter((name) => `${parts[name] ?? ''}`.trim() === '');
      if (missing.length > 0) {
        ctx.addIssue({ code: 'custom', message: messages.dateMissing(field, missing), path: [missing[0]!] });
        return z.NEVER;
      }
      const [day, month, year] = named.map((name) => Number(`${parts[name] ?? ''}`.trim()));
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
        ctx.addIssue({
          code: 'custom',
          message: messages.dateAfter(field, longDate(earliest)),
          path: ['day'],
        });
      } else if (latest && iso > latest) {
        ctx.addIssue({
          code: 'custom',
          message: messages.dateBefore(field, longDate(latest)),
          path: ['day'],
        });
      }
      return iso;
    });
}

/** The schema for one answer, already known not to be blank. */
export function answerSchema(field: FormField, options: AnswersOptions): z.ZodType<AnswerValue> {
  switch (field.kind) {
    case 'short-text':
    case 'long-text':
      return text(field, field.minLength, field.maxLength);
    case 'hidden':
      return text(field, 0, field.maxLength);
    case 'email':
      return z
        .string({ error: messages.email() })
        .transform((value) => value.trim())
        .pipe(z.email({ error: messages.email() }).max(254, messages.email()));
    case 'uk-phone':
      return z
        .string({ error: messages.phone() })
        .transform((value) => value.trim())
        .pipe(z.string().max(30, messages.phone()).regex(UK_PHONE, messages.phone()));
    case 'uk-postcode':
      return z
        .string({ error: messages.postcode() })
        .max(20, messages.postcode())
        .transform(
          (value, ctx) =>
            normalisePostcode(value) ?? (ctx.addIssue({ code: 'custom', message: messages.postcode() }), z.NEVER),
        );
    case 'uk-address':
      return z.strictObject(
        {
          line1: z.string({ error: messages.addressLine1() }).trim().min(1, messages.addressLine1()).max(200),
          line2: z
            .string()
            .trim()
            .max(200)
            .optional()
            .transform((value) => value || undefined),
          town: z.string({ error: messages.addressTown() }).trim().min(1, messages.addressTown()).max(100),
          postcode: z
            .string({ error: messages.postcode() })
            .max(20, messages.postcode())
            .transform(
              (value, ctx) =>
                normalisePostcode(value) ?? (ctx.addIssue({ code: 'custom', message: messages.postcode() }), z.NEVER),
            ),
        },
        { error: messages.addressLine1() },
      );
    case 'date':
      return dateSchema(field, options.today);
    case 'number':
      return z.union([z.number(), z.string()], { error: messages.number(field) }).transform((value, ctx) => {
        const number = typeof value === 'number' ? value : Number(value.trim().replace(/,/g, ''));
        if (!Number.isFinite(number)) {
          ctx.addIssue({ code: 'custom', message: messages.number(field) });
          return z.NEVER;
        }
        if (field.wholeNumber && !Number.isInteger(number))
          ctx.addIssue({ code: 'custom', message: messages.wholeNumber(field) });
        if (field.min != null && number < field.min)
          ctx.addIssue({ code: 'custom', message: messages.numberMin(field, field.min) });
        if (field.max != null && number > field.max)
          ctx.addIssue({ code: 'custom', message: messages.numberMax(field, field.max) });
        return number;
      });
    case 'yes-no':
      return z.enum(['yes', 'no'], { error: messages.yesNo(field) });
    case 'radios':
    case 'select':
      return z.string({ error: messages.select(field) }).refine((value) => optionValues(field).includes(value), {
        message: messages.notAnOption(field),
      });
    case 'checkboxes':
      return z
        .union([z.string(), z.array(z.string())], { error: messages.select(field) })
        .transform((value) => [...new Set(Array.isArray(value) ? value : [value])])
        .pipe(
          z
            .array(z.string())
            .refine((values) => values.every((value) => optionValues(field).includes(value)), {
              message: messages.notAnOption(field),
            })
            .refine((values) => field.maxSelected == null || values.length <= field.maxSelected, {
              message: messages.tooManySelected(field, field.maxSelected ?? 0),
            }),
        );
    case 'file': {
      const megabytes = `${Math.round((field.maxBytes / 1024 / 1024) * 10) / 10}MB`;
      return z.strictObject(
        {
          id: z.string().max(100).optional(),
          name: z.string().trim().min(1).max(255),
          size: z
            .number()
            .int()
            .min(1, messages.fileMissing(field))
            .max(field.maxBytes, messages.fileTooBig(megabytes)),
          type: z.string().refine((type) => field.accept.includes(type), {
            message: messages.fileType(describeFileTypes(field.accept)),
          }),
        },
        { error: messages.fileMissing(field) },
      );
    }
  }
}

function requiredMessage(field: FormField): { message: string; path: string[] } {
  switch (field.kind) {
    case 'yes-no':
      return { message: messages.yesNo(field), path: [field.name] };
    case 'radios':
    case 'select':
    case 'checkboxes':
      return { message: messages.select(field), path: [field.name] };
    case 'file':
      return { message: messages.fileMissing(field), path: [field.name] };
    case 'uk-address':
      return { message: messages.addressLine1(), path: [field.name, 'line1'] };
    case 'date':
      return { message: messages.enter(field), path: [field.name, 'day'] };
    default:
      return { message: messages.enter(field), path: [field.name] };
  }
}

export function buildAnswersSchema(
  definition: Pick<FormDefinition, 'pages'>,
  options: AnswersOptions,
): z.ZodType<FormAnswers, unknown> {
  const fields = allFields(definition);
  const order = new Map(fields.map((field, index) => [field.name, index]));
  const schemas = new Map(fields.map((field) => [field.name, answerSchema(field, options)]));
  return z.unknown().transform((raw, ctx) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      ctx.addIssue({ code: 'custom', message: 'Send the answers as an object of question names and answers' });
      return z.NEVER;
    }
    const input = raw as Record<string, unknown>;
    // Every problem is found in one pass (a wrong answer does not hide a missing one), then
    // reported in the form's own order, so the error summary reads top to bottom.
    const problems: Array<{ at: number; path: PropertyKey[]; message: string }> = [];
    // Own keys as sent, so a "__proto__" key from JSON.parse is seen and refused.
    for (const key of Object.keys(input)) {
      if (!order.has(key)) problems.push({ at: -1, path: [key], message: messages.unknownField(key) });
    }
    const values: Record<string, AnswerValue> = {};
    const wrong = new Set<string>();
    for (const field of fields) {
      const given = blankToUndefined(
        Object.prototype.hasOwnProperty.call(input, field.name) ? input[field.name] : undefined,
      );
      if (given === undefined) continue;
      const result = schemas.get(field.name)!.safeParse(given);
      if (result.success) {
        values[field.name] = result.data;
        continue;
      }
      wrong.add(field.name);
      for (const issue of result.error.issues) {
        problems.push({ at: order.get(field.name)!, path: [field.name, ...issue.path], message: issue.message });
      }
    }
    const route = routeFor(definition, values);
    if (route.exit) problems.push({ at: fields.length, path: [], message: messages.exit(route.exit.title) });
    const answers: FormAnswers = {};
    for (const page of route.pages) {
      for (const field of page.fields) {
        const value = values[field.name];
        if (value !== undefined) answers[field.name] = value;
        else if (!field.optional && !wrong.has(field.name)) {
          const { message, path } = requiredMessage(field);
          problems.push({ at: order.get(field.name)!, path, message });
        }
      }
    }
    problems.sort((a, b) => a.at - b.at);
    for (const problem of problems) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
    return problems.length > 0 ? z.NEVER : answers;
  });
}

/** Each problem's first path segment is the question's name: the error summary links there. */
export function answerErrors(error: z.ZodError): Array<{ field: string | null; part: string | null; message: string }> {
  const seen = new Set<string>();
  return error.issues.flatMap((issue) => {
    const [field, part] = issue.path.map(String);
    const key = field ?? '';
    if (seen.has(key)) return []; // one message per question, the first
    seen.add(key);
    return [{ field: field ?? null, part: part ?? null, message: issue.message }];
  });
}
