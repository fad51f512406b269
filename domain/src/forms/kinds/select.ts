import { z } from 'zod';
import { messages } from '../messages.js';
import { base, optionLabel, optionsSchema, OPTIONS_CMS_ATTRIBUTE, textOf, type FieldKindModule } from './kind.js';
import { oneOf, optionProblems, optionValues } from './choices.js';

export const definition = z.object({ ...base, kind: z.literal('select'), options: optionsSchema });
type Field = z.infer<typeof definition>;

/** One of a long list, as a select. */
export const select: FieldKindModule<Field> = {
  definition,
  answer: oneOf,
  missing: (field) => ({ message: messages.select(field) }),
  summary: (field, value) => [optionLabel(field.options, textOf(value))],
  view: (field) => ({ control: 'select', placeholder: 'Choose one', options: field.options }),
  problems: (field) => optionProblems(field, 2),
  choices: (field) => ({ values: optionValues(field), many: false }),
  safeInEmail: true,
  cms: {
    displayName: 'Select',
    description: 'Choose one from a long list.',
    attributes: { options: OPTIONS_CMS_ATTRIBUTE },
  },
};
