import { z } from 'zod';
import { messages } from '../messages.js';
import { asText, base, textAnswer, type FieldKindModule } from './kind.js';
import { lengthMessages, lengthProblems } from './text.js';

export const definition = z.object({
  ...base,
  kind: z.literal('long-text'),
  minLength: z.number().int().min(0).nullish(),
  maxLength: z.number().int().min(1).max(10_000).default(1200),
});
type Field = z.infer<typeof definition>;

/** Several lines of text, in a textarea. */
export const longText: FieldKindModule<Field> = {
  definition,
  answer: (field) => textAnswer(lengthMessages(field), field.minLength ?? 0, field.maxLength),
  missing: (field) => ({ message: messages.enter(field) }),
  summary: asText,
  view: () => ({ control: 'textarea', rows: 5 }),
  problems: lengthProblems,
  prefill: true,
  cms: {
    displayName: 'Long text',
    description: 'Several lines, like a description.',
    attributes: {
      minLength: { type: 'integer', min: 0 },
      maxLength: { type: 'integer', min: 1, max: 10_000, default: 1200 },
    },
  },
};
