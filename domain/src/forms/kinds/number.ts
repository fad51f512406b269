import { z } from 'zod';
import { messages } from '../messages.js';
import { asText, base, type FieldKindModule } from './kind.js';

export const definition = z.object({
  ...base,
  kind: z.literal('number'),
  min: z.number().nullish(),
  max: z.number().nullish(),
  wholeNumber: z.boolean().default(true),
});
type Field = z.infer<typeof definition>;

/** A number typed in a text input (GOV.UK advises against type=number); commas allowed. */
export const number: FieldKindModule<Field> = {
  definition,
  answer: (field) =>
    z.union([z.number(), z.string()], { error: messages.number(field) }).transform((value, ctx) => {
      const given = typeof value === 'number' ? value : Number(value.trim().replace(/,/g, ''));
      if (!Number.isFinite(given)) {
        ctx.addIssue({ code: 'custom', message: messages.number(field) });
        return z.NEVER;
      }
      if (field.wholeNumber && !Number.isInteger(given))
        ctx.addIssue({ code: 'custom', message: messages.wholeNumber(field) });
      if (field.min != null && given < field.min)
        ctx.addIssue({ code: 'custom', message: messages.numberMin(field, field.min) });
      if (field.max != null && given > field.max)
        ctx.addIssue({ code: 'custom', message: messages.numberMax(field, field.max) });
      return given;
    }),
  missing: (field) => ({ message: messages.enter(field) }),
  summary: asText,
  view: (field) => ({
    control: 'input',
    type: 'text',
    className: 'govuk-input--width-10',
    inputmode: field.wholeNumber ? 'numeric' : 'decimal',
  }),
  problems: (field) =>
    field.min != null && field.max != null && field.min > field.max
      ? ['min: The smallest number cannot be larger than the largest']
      : [],
  cms: {
    displayName: 'Number',
    description: 'A number, with optional limits.',
    attributes: {
      min: { type: 'decimal' },
      max: { type: 'decimal' },
      wholeNumber: { type: 'boolean', required: true, default: true },
    },
  },
};
