import { allFields, kindOf, type FormDefinition, type FormField } from './definition.js';
import { routeFor } from './routing.js';

/** The answers a field can have, when they are a fixed list: routing may depend only on these. */
const choicesOf = (field: FormField) => kindOf(field).choices?.(field) ?? null;

/** Most combinations of routing answers tried when looking for a way to finish. */
const MAX_COMBINATIONS = 4096;

/**
 * Everything wrong with a definition that zod's shape check cannot see, each problem
 * naming where it is. Publishing is refused while this list is not empty.
 */
export function checkDefinition(definition: FormDefinition): string[] {
  const problems: string[] = [];
  const fields = allFields(definition);
  const byName = new Map<string, { field: FormField; page: number }>();

  if (fields.length === 0) problems.push('pages: Add at least one question');

  const pageIds = new Set<string>();
  definition.pages.forEach((page, pageIndex) => {
    const at = `pages[${pageIndex}]`;
    if (pageIds.has(page.id)) problems.push(`${at}.id: Another page is already called "${page.id}"`);
    pageIds.add(page.id);

    page.showIf.forEach((condition, conditionIndex) => {
      const where = `${at}.showIf[${conditionIndex}]`;
      const target = byName.get(condition.field);
      if (!target) {
        const later = fields.some((field) => field.name === condition.field);
        problems.push(
          later
            ? `${where}.field: "${condition.field}" must be a question on an earlier page`
            : `${where}.field: There is no question called "${condition.field}"`,
        );
        return;
      }
      const choices = choicesOf(target.field);
      if (!choices) {
        problems.push(
          `${where}.field: Route on a yes/no, radios, select or checkboxes question, not "${condition.field}"`,
        );
        return;
      }
      if (!choices.values.includes(condition.equals)) {
        problems.push(`${where}.equals: "${condition.equals}" is not an answer to "${condition.field}"`);
      }
    });

    if (page.kind !== 'questions') return;
    page.fields.forEach((field, fieldIndex) => {
      const where = `${at}.fields[${fieldIndex}]`;
      if (byName.has(field.name)) problems.push(`${where}.name: Another question is already called "${field.name}"`);
      else byName.set(field.name, { field, page: pageIndex });
      problems.push(...fieldProblems(field).map((problem) => `${where}.${problem}`));
    });
  });

  problems.push(...emailPromiseProblems(definition));
  if (problems.length === 0 && !canFinish(definition)) {
    problems.push('pages: Every set of answers leads to an exit page, so no one can finish the form');
  }
  return problems;
}

/** Words that promise the resident an email. */
const PROMISES_EMAIL = /\b(e-?mail(ed)?\s+(you|it to you|them to you)|by e-?mail|send (you )?an e-?mail)\b/i;

/**
 * A form may promise an email only if it asks for an address to send it to: a promise
 * on screen is a feature, and one that cannot be kept is a defect.
 */
function emailPromiseProblems(definition: FormDefinition): string[] {
  if (allFields(definition).some((field) => field.kind === 'email')) return [];
  const texts: Array<[string, string | null | undefined]> = [
    ['introduction', definition.introduction],
    ['confirmation', definition.confirmation],
    ...definition.pages.flatMap((page, pageIndex): Array<[string, string | null | undefined]> =>
      page.kind === 'exit'
        ? [[`pages[${pageIndex}].body`, page.body]]
        : page.fields.map((field, fieldIndex): [string, string | null | undefined] => [
            `pages[${pageIndex}].fields[${fieldIndex}].hint`,
            field.hint,
          ]),
    ),
  ];
  return texts.flatMap(([where, text]) => {
    const promise = text ? PROMISES_EMAIL.exec(text) : null;
    return promise
      ? [
          `${where}: This says the council will email the resident ("${promise[0]}"), but the form asks for no ` +
            'email address: add an email question, or say how you will reply instead',
        ]
      : [];
  });
}

const fieldProblems = (field: FormField): string[] => kindOf(field).problems?.(field) ?? [];

/**
 * Whether some set of answers reaches the end without an exit page. Tries every
 * combination of the answers routing depends on (each checkbox option on or off,
 * optional questions also unanswered), up to MAX_COMBINATIONS.
 */
function canFinish(definition: FormDefinition): boolean {
  const routed = new Set(definition.pages.flatMap((page) => page.showIf.map((condition) => condition.field)));
  const dimensions: Array<{ name: string; values: unknown[] }> = [];
  for (const field of allFields(definition)) {
    if (!routed.has(field.name)) continue;
    const choices = choicesOf(field);
    if (!choices) continue;
    const values: unknown[] = choices.many
      ? subsets(choices.values)
      : [...choices.values, ...(field.optional ? [undefined] : [])];
    dimensions.push({ name: field.name, values });
  }
  let combinations: Array<Record<string, unknown>> = [{}];
  for (const dimension of dimensions) {
    combinations = combinations.flatMap((answers) =>
      dimension.values.map((value) => ({ ...answers, [dimension.name]: value })),
    );
    if (combinations.length > MAX_COMBINATIONS) return true; // too many to try: assume a route exists
  }
  return combinations.some((answers) => routeFor(definition, answers).exit === null);
}

function subsets(values: string[]): string[][] {
  if (values.length > 10) return [[], values];
  return values.reduce<string[][]>((all, value) => [...all, ...all.map((subset) => [...subset, value])], [[]]);
}
