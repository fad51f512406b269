import type { AnswerValue, UkAddress, UploadedFile } from './answers.js';
import type { FormDefinition, FormField } from './definition.js';
import { longDate } from '../uk-time.js';
import { routeFor } from './routing.js';

/**
 * Answers as people read them: option labels instead of values, dates in words,
 * addresses on lines. Used by check your answers, the confirmation and the email
 * to the service team, so all three say the same thing. Plain text: whatever a
 * resident typed stays text wherever it is shown.
 */
export function formatAnswer(field: FormField, value: AnswerValue | undefined): string[] {
  if (value === undefined) return ['Not answered'];
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  switch (field.kind) {
    case 'radios':
    case 'select':
      return [field.options.find((option) => option.value === value)?.label ?? text];
    case 'checkboxes':
      return (value as string[]).map((item) => field.options.find((option) => option.value === item)?.label ?? item);
    case 'yes-no':
      return [value === 'yes' ? 'Yes' : 'No'];
    case 'date':
      return [longDate(text)];
    case 'uk-address': {
      const address = value as UkAddress;
      return [address.line1, address.line2, address.town, address.postcode].filter((line): line is string =>
        Boolean(line),
      );
    }
    case 'file':
      return [(value as UploadedFile).name];
    default:
      return [text];
  }
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
