import { z } from 'zod';
import { normalisePostcode } from '../../postcode.js';
import { messages } from '../messages.js';
import { asText, base, type FieldKindModule } from './kind.js';

export const definition = z.object({ ...base, kind: z.literal('uk-postcode') });
type Field = z.infer<typeof definition>;

/** A real UK postcode, stored in its standard form ("AB1 2CD"). */
export const postcodeAnswer = () =>
  z
    .string({ error: messages.postcode() })
    .max(20, messages.postcode())
    .transform(
      (value, ctx) =>
        normalisePostcode(value) ?? (ctx.addIssue({ code: 'custom', message: messages.postcode() }), z.NEVER),
    );

export const ukPostcode: FieldKindModule<Field> = {
  definition,
  answer: postcodeAnswer,
  missing: (field) => ({ message: messages.enter(field) }),
  summary: asText,
  view: () => ({
    control: 'input',
    type: 'text',
    className: 'govuk-input--width-10',
    autocomplete: 'postal-code',
  }),
  prefill: true,
  cms: {
    displayName: 'UK postcode',
    description: 'A UK postcode, like AA1 1AA.',
  },
};
