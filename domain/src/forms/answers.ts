import { z } from 'zod';
import { allFields, kindOf, type FormDefinition, type FormField } from './definition.js';
import type { AnswersOptions, AnswerValue } from './kinds/kind.js';
import { messages } from './messages.js';
import type { AnswerProblem } from './protocol.js';
import { routeFor } from './routing.js';

/**
 * One zod schema for a form's answers, built from its definition. The form runner
 * in the browser, the no-JavaScript form and the submission endpoint all validate
 * with it, so they agree on every rule and every message.
 *
 * It rejects questions the form does not have, checks each answer by its kind (the
 * kind's module in `kinds/`), requires the questions on the pages the answers route
 * through, refuses answers that lead to an exit page, and drops answers left over
 * from pages not on the route.
 */
export type { AnswersOptions, AnswerValue, UkAddress, UploadedFile } from './kinds/kind.js';
export type FormAnswers = Record<string, AnswerValue>;

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

/** The schema for one answer, already known not to be blank. */
export const answerSchema = (field: FormField, options: AnswersOptions): z.ZodType<AnswerValue> =>
  kindOf(field).answer(field, options);

function requiredMessage(field: FormField): { message: string; path: string[] } {
  const { message, part } = kindOf(field).missing(field);
  return { message, path: part ? [field.name, part] : [field.name] };
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
export function answerErrors(error: z.ZodError): AnswerProblem[] {
  const seen = new Set<string>();
  return error.issues.flatMap((issue) => {
    const [field, part] = issue.path.map(String);
    const key = field ?? '';
    if (seen.has(key)) return []; // one message per question, the first
    seen.add(key);
    return [{ field: field ?? null, part: part ?? null, message: issue.message }];
  });
}
