import {
  answerErrors,
  buildAnswersSchema,
  ukDate,
  routeFor,
  type AnswerProblem,
  type FormAnswers,
  type FormDefinition,
  type QuestionPage,
} from '@doorstep/domain';

/**
 * The browser checks answers with the very schema the submission endpoint uses
 * (`buildAnswersSchema`), one page at a time, so residents see the server's own
 * messages before they send anything.
 */
export type Values = Record<string, unknown>;

/** Answers as the schema reads them: a chosen file by its name, size and type. */
export function withFiles(values: Values, files: ReadonlyMap<string, File>): Values {
  const next: Values = { ...values };
  for (const [name, file] of files) next[name] = { name: file.name, size: file.size, type: file.type };
  return next;
}

export function pageProblems(page: QuestionPage, values: Values, files: ReadonlyMap<string, File>): AnswerProblem[] {
  const names = new Set(page.fields.map((field) => field.name));
  const own = Object.fromEntries(Object.entries(withFiles(values, files)).filter(([name]) => names.has(name)));
  const result = buildAnswersSchema({ pages: [{ ...page, showIf: [] }] }, { today: ukDate(new Date()) }).safeParse(own);
  return result.success ? [] : answerErrors(result.error);
}

/** The first page on the route whose answers are not yet right, if any. */
export function firstUnfinishedPage(definition: FormDefinition, values: Values, files: ReadonlyMap<string, File>) {
  return routeFor(definition, values).pages.find((page) => pageProblems(page, values, files).length > 0) ?? null;
}

/** Every answer checked together, as the server will: the answers to show on check your answers. */
export function checkedAnswers(
  definition: FormDefinition,
  values: Values,
  files: ReadonlyMap<string, File>,
): { answers: FormAnswers } | { problems: AnswerProblem[] } {
  const result = buildAnswersSchema(definition, { today: ukDate(new Date()) }).safeParse(withFiles(values, files));
  return result.success ? { answers: result.data } : { problems: answerErrors(result.error) };
}

/** Answers to send: only questions on the route, files apart. */
export function answersToSend(definition: FormDefinition, values: Values): Values {
  const onRoute = new Set(routeFor(definition, values).pages.flatMap((page) => page.fields.map((field) => field.name)));
  return Object.fromEntries(Object.entries(values).filter(([name]) => onRoute.has(name)));
}
