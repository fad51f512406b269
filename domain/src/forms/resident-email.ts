import type { FormAnswers } from './answers.js';
import { allFields, kindOf, type FormDefinition } from './definition.js';
import { routeFor } from './routing.js';
import { summariseAnswers, type AnswerLine } from './summary.js';

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

/**
 * What they asked for, in the words of the questions. Choices ("Which bin was missed?
 * Recycling") say nothing about the resident; what they typed, their contact details,
 * dates and files may be personal or sensitive, and email is not a private channel. So
 * only the kinds whose module says `safeInEmail` (choices) go in their email.
 */
export function emailSafeSummary(definition: Pick<FormDefinition, 'pages'>, answers: FormAnswers): AnswerLine[] {
  const safe = new Set(
    allFields(definition)
      .filter((field) => kindOf(field).safeInEmail === true)
      .map((field) => field.name),
  );
  return summariseAnswers(definition, answers).filter(
    (line) => safe.has(line.name) && answers[line.name] !== undefined,
  );
}

/** Whether a form can promise to email the resident: it asks for an email address. */
export const asksForEmail = (definition: Pick<FormDefinition, 'pages'>): boolean =>
  allFields(definition).some((field) => field.kind === 'email');
