import { messages } from '../messages.js';
import type { BaseField } from './kind.js';

/** What short and long text share: length limits and their messages. */
interface Lengths extends BaseField {
  minLength?: number | null | undefined;
  maxLength: number;
}

export const lengthMessages = (field: Lengths) => ({
  enter: messages.enter(field),
  tooShort: messages.tooShort(field, field.minLength ?? 0),
  tooLong: messages.tooLong(field, field.maxLength),
});

export const lengthProblems = (field: Lengths): string[] =>
  field.minLength != null && field.minLength > field.maxLength
    ? [`minLength: The shortest answer cannot be longer than the longest (${field.maxLength})`]
    : [];
