import type { FormAnswers } from './answers.js';
import { allFields, type FormDefinition, type FormField } from './definition.js';
import { routeFor } from './routing.js';
import { summariseAnswers, type AnswerLine } from './summary.js';

/**
 * Choices say what a resident asked for ("Which bin was missed? Recycling") without
 * saying anything about them; what they typed, their contact details, dates and files
 * may be personal or sensitive, and email is not a private channel. Only choices go
 * in the resident's confirmation email.
 */
const SAFE_IN_EMAIL: ReadonlySet<FormField['kind']> = new Set(['radios', 'checkboxes', 'select', 'yes-no']);

/** The address to confirm to: the first email question the resident answered on their route. */
export function residentEmailAddress(definition: Pick<FormDefinition, 'pages'>, answers: FormAnswers): string | null {
  for (const page of routeFor(definition, answers).pages) {
    for (const field of page.fields) {
      const value = answers[field.name];
      if (field.kind === 'email' && typeof value === 'string' && value.trim()) return value.trim().toLowerCase();
    }
  }
  return null;
}

/** What they asked for, in the words of the questions: choices only. */
export function emailSafeSummary(definition: Pick<FormDefinition, 'pages'>, answers: FormAnswers): AnswerLine[] {
  const kinds = new Map(allFields(definition).map((field) => [field.name, field.kind]));
  return summariseAnswers(definition, answers).filter((line) => {
    const kind = kinds.get(line.name);
    return kind !== undefined && SAFE_IN_EMAIL.has(kind) && answers[line.name] !== undefined;
  });
}

/** Whether a form can promise to email the resident: it asks for an email address. */
export const asksForEmail = (definition: Pick<FormDefinition, 'pages'>): boolean =>
  allFields(definition).some((field) => field.kind === 'email');
