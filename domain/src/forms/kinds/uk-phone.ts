import { z } from 'zod';
import { UK_PHONE } from '../../contact-channels.js';
import { messages } from '../messages.js';
import { asText, base, type FieldKindModule } from './kind.js';

export const definition = z.object({ ...base, kind: z.literal('uk-phone') });
type Field = z.infer<typeof definition>;

/** A UK telephone number, landline or mobile. */
export const ukPhone: FieldKindModule<Field> = {
  definition,
  answer: () =>
    z
      .string({ error: messages.phone() })
      .transform((value) => value.trim())
      .pipe(z.string().max(30, messages.phone()).regex(UK_PHONE, messages.phone())),
  missing: (field) => ({ message: messages.enter(field) }),
  summary: asText,
  view: () => ({ control: 'input', type: 'tel', className: 'govuk-input--width-20', autocomplete: 'tel' }),
  cms: {
    displayName: 'UK phone number',
    description: 'A UK phone number.',
  },
};
