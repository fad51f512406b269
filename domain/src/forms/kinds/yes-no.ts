import { z } from 'zod';
import { messages } from '../messages.js';
import { base, type FieldKindModule, type FieldOption } from './kind.js';

export const definition = z.object({ ...base, kind: z.literal('yes-no') });
type Field = z.infer<typeof definition>;

const OPTIONS: readonly FieldOption[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** Yes or no, as inline radios. */
export const yesNo: FieldKindModule<Field> = {
  definition,
  answer: (field) => z.enum(['yes', 'no'], { error: messages.yesNo(field) }),
  missing: (field) => ({ message: messages.yesNo(field) }),
  summary: (_field, value) => [value === 'yes' ? 'Yes' : 'No'],
  view: () => ({ control: 'choices', type: 'radio', inline: true, options: OPTIONS }),
  choices: () => ({ values: OPTIONS.map((option) => option.value), many: false }),
  safeInEmail: true,
  cms: {
    displayName: 'Yes or no',
    description: 'Two radios, yes and no.',
  },
};
