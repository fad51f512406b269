import type { Condition, ExitPage, FormDefinition, FormPage, QuestionPage } from './definition.js';

/** Answers as the runner and the endpoint hold them, before or after validation. */
export type AnswerValues = Readonly<Record<string, unknown>>;

export function conditionHolds(condition: Condition, answers: AnswerValues): boolean {
  const value = answers[condition.field];
  if (Array.isArray(value)) return value.includes(condition.equals);
  return typeof value === 'string' && value === condition.equals;
}

export function pageShows(page: FormPage, answers: AnswerValues): boolean {
  return page.showIf.every((condition) => conditionHolds(condition, answers));
}

export interface Route {
  /** Question pages the resident sees, in order. */
  pages: QuestionPage[];
  /** The exit page the answers lead to, if any: the form cannot be submitted. */
  exit: ExitPage | null;
}

/**
 * The pages these answers take a resident through, stopping at an exit page. A
 * condition only sees answers from pages on the route: an answer left over from a
 * page the resident no longer sees routes nothing.
 */
export function routeFor(definition: Pick<FormDefinition, 'pages'>, answers: AnswerValues): Route {
  const pages: QuestionPage[] = [];
  const seen: Record<string, unknown> = {};
  for (const page of definition.pages) {
    if (!pageShows(page, seen)) continue;
    if (page.kind === 'exit') return { pages, exit: page };
    pages.push(page);
    for (const field of page.fields) seen[field.name] = answers[field.name];
  }
  return { pages, exit: null };
}

/** The page after `pageId` on these answers' route (an exit page ends it), or null at the end. */
export function nextPage(
  definition: Pick<FormDefinition, 'pages'>,
  answers: AnswerValues,
  pageId: string,
): QuestionPage | ExitPage | null {
  const route = routeFor(definition, answers);
  const index = route.pages.findIndex((page) => page.id === pageId);
  if (index === -1) return route.pages[0] ?? route.exit;
  return route.pages[index + 1] ?? route.exit;
}
