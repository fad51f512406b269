import { z } from 'zod';
import { messages } from '../messages.js';
import type { BaseField, FieldOption } from './kind.js';

/** What radios, a select and checkboxes share: a list of options, one value each. */
interface WithOptions extends BaseField {
  options: FieldOption[];
}

export const oneOf = (field: WithOptions) =>
  z.string({ error: messages.select(field) }).refine((value) => field.options.some((o) => o.value === value), {
    message: messages.notAnOption(field),
  });

export const optionProblems = (field: WithOptions, minimum: 1 | 2): string[] => {
  const problems: string[] = [];
  if (field.options.length < minimum) {
    problems.push(`options: Give "${field.name}" at least ${minimum === 1 ? 'one option' : 'two options'}`);
  }
  const values = field.options.map((option) => option.value);
  const repeated = values.find((value, index) => values.indexOf(value) !== index);
  if (repeated) problems.push(`options: "${repeated}" is used for more than one option of "${field.name}"`);
  return problems;
};

export const optionValues = (field: WithOptions) => field.options.map((option) => option.value);
