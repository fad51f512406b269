import { z } from 'zod';
import { messages } from '../messages.js';
import { base, optionLabel, optionsSchema, OPTIONS_CMS_ATTRIBUTE, textOf, type FieldKindModule } from './kind.js';
import { oneOf, optionProblems, optionValues } from './choices.js';

export const definition = z.object({ ...base, kind: z.literal('radios'), options: optionsSchema });
type Field = z.infer<typeof definition>;

/** One of a short list, as radios. */
export const radios: FieldKindModule<Field> = {
  definition,
  answer: oneOf,
  missing: (field) => ({ message: messages.select(field) }),
  summary: (field, value) => [optionLabel(field.options, textOf(value))],
  view: (field) => ({ control: 'choices', type: 'radio', inline: false, options: field.options }),
  problems: (field) => optionProblems(field, 2),
  choices: (field) => ({ values: optionValues(field), many: false }),
  safeInEmail: true,
  cms: {
    displayName: 'Radios',
    description: 'Choose one from a short list.',
    attributes: { options: OPTIONS_CMS_ATTRIBUTE },
  },
};
