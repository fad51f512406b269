import { z } from 'zod';
import { messages } from '../messages.js';
import { asText, base, textAnswer, type FieldKindModule } from './kind.js';
import { lengthMessages } from './text.js';

export const definition = z.object({
  ...base,
  kind: z.literal('hidden'),
  maxLength: z.number().int().min(1).max(500).default(200),
});
type Field = z.infer<typeof definition>;

/** A value the form carries but residents do not type, like the verge a report is about. */
export const hidden: FieldKindModule<Field> = {
  definition,
  answer: (field) => textAnswer(lengthMessages(field), 0, field.maxLength),
  missing: (field) => ({ message: messages.enter(field) }),
  summary: asText,
  view: () => ({ control: 'hidden' }),
  prefill: true,
  cms: {
    displayName: 'Hidden value',
    description:
      'A value the form carries that residents do not type, like the verge a report is about. Filled from the link that opens the form.',
    attributes: { maxLength: { type: 'integer', min: 1, max: 500, default: 200 } },
  },
};
