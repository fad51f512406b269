import type { AnswerValue } from './answers.js';
import { kindOf, type FormDefinition, type FormField } from './definition.js';
import { routeFor } from './routing.js';

/**
 * Answers as people read them: option labels instead of values, dates in words,
 * addresses on lines. Used by check your answers, the confirmation and the email
 * to the service team, so all three say the same thing. Plain text: whatever a
 * resident typed stays text wherever it is shown.
 */
export function formatAnswer(field: FormField, value: AnswerValue | undefined): string[] {
  return value === undefined ? ['Not answered'] : kindOf(field).summary(field, value);
}

export interface AnswerLine {
  name: string;
  question: string;
  answer: string[];
  pageId: string;
}

/** The questions on the answers' route, in order, each with its formatted answer. */
export function summariseAnswers(
  definition: Pick<FormDefinition, 'pages'>,
  answers: Readonly<Record<string, AnswerValue>>,
): AnswerLine[] {
  return routeFor(definition, answers).pages.flatMap((page) =>
    page.fields
      .filter((field) => field.kind !== 'hidden' || answers[field.name] !== undefined)
      .map((field) => ({
        name: field.name,
        question: field.label,
        answer: formatAnswer(field, answers[field.name]),
        pageId: page.id,
      })),
  );
}
