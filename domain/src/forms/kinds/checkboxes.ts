import { z } from 'zod';
import { messages } from '../messages.js';
import { base, optionLabel, optionsSchema, OPTIONS_CMS_ATTRIBUTE, type FieldKindModule } from './kind.js';
import { optionProblems, optionValues } from './choices.js';

export const definition = z.object({
  ...base,
  kind: z.literal('checkboxes'),
  options: optionsSchema,
  maxSelected: z.number().int().min(1).nullish(),
});
type Field = z.infer<typeof definition>;

/** Any of a list, as checkboxes; the answer is the list ticked, each once. */
export const checkboxes: FieldKindModule<Field> = {
  definition,
  answer: (field) =>
    z
      .union([z.string(), z.array(z.string())], { error: messages.select(field) })
      .transform((value) => [...new Set(Array.isArray(value) ? value : [value])])
      .pipe(
        z
          .array(z.string())
          .refine((values) => values.every((value) => optionValues(field).includes(value)), {
            message: messages.notAnOption(field),
          })
          .refine((values) => field.maxSelected == null || values.length <= field.maxSelected, {
            message: messages.tooManySelected(field, field.maxSelected ?? 0),
          }),
      ),
  missing: (field) => ({ message: messages.select(field) }),
  summary: (field, value) => (value as string[]).map((item) => optionLabel(field.options, item)),
  view: (field) => ({ control: 'choices', type: 'checkbox', inline: false, options: field.options }),
  problems: (field) => optionProblems(field, 1),
  choices: (field) => ({ values: optionValues(field), many: true }),
  safeInEmail: true,
  cms: {
    displayName: 'Checkboxes',
    description: 'Choose any from a list.',
    attributes: { options: OPTIONS_CMS_ATTRIBUTE, maxSelected: { type: 'integer', min: 1 } },
  },
};
