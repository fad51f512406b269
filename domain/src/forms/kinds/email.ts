import { z } from 'zod';
import { messages } from '../messages.js';
import { asText, base, type FieldKindModule } from './kind.js';

export const definition = z.object({ ...base, kind: z.literal('email') });
type Field = z.infer<typeof definition>;

/** An email address: the form's first one is where the resident's confirmation goes. */
export const email: FieldKindModule<Field> = {
  definition,
  answer: () =>
    z
      .string({ error: messages.email() })
      .transform((value) => value.trim())
      .pipe(z.email({ error: messages.email() }).max(254, messages.email())),
  missing: (field) => ({ message: messages.enter(field) }),
  summary: asText,
  view: () => ({ control: 'input', type: 'email', spellcheck: false, autocomplete: 'email' }),
  cms: {
    displayName: 'Email address',
    description: 'An email address, checked for the right format.',
  },
};
