import { z } from 'zod';
import { messages } from '../messages.js';
import { asText, base, textAnswer, type FieldKindModule } from './kind.js';
import { lengthProblems, lengthMessages } from './text.js';

export const definition = z.object({
  ...base,
  kind: z.literal('short-text'),
  minLength: z.number().int().min(0).nullish(),
  maxLength: z.number().int().min(1).max(500).default(100),
});
type Field = z.infer<typeof definition>;

/** A line of text. A field named for the resident's name is filled in by the browser. */
export const shortText: FieldKindModule<Field> = {
  definition,
  answer: (field) => textAnswer(lengthMessages(field), field.minLength ?? 0, field.maxLength),
  missing: (field) => ({ message: messages.enter(field) }),
  summary: asText,
  view: (field) => ({
    control: 'input',
    type: 'text',
    autocomplete: /^(full-)?name$|^your-name$/.test(field.name) ? 'name' : undefined,
  }),
  problems: lengthProblems,
  prefill: true,
  cms: {
    displayName: 'Short text',
    description: 'One line of text, like a name.',
    attributes: {
      minLength: { type: 'integer', min: 0 },
      maxLength: { type: 'integer', min: 1, max: 500, default: 100 },
    },
  },
};
