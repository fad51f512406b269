import { FILTER_LIMITS } from './limits.js';
import type { ScalarType } from './operators.js';

/**
 * Checks one value given for a field of this type, as the database will read it.
 * Returns what is wrong in words, or undefined. Numbers must fit the column
 * (PostgreSQL's integer is 32 bits), dates must be real dates, and text may not
 * hold a NUL character, which PostgreSQL refuses outright.
 */
export function valueProblem(type: ScalarType, value: string, values?: readonly string[]): string | undefined {
  switch (type) {
    case 'text':
      return textProblem(value);
    case 'enumeration':
      return textProblem(value) ?? (values && !values.includes(value) ? `use one of ${values.join(', ')}` : undefined);
    case 'integer':
      return /^-?\d{1,10}$/.test(value) && Math.abs(Number(value)) <= 2 ** 31 - 1
        ? undefined
        : 'use a whole number between -2147483647 and 2147483647';
    case 'biginteger':
      return /^-?\d{1,19}$/.test(value) && BigInt(value) < 2n ** 63n && BigInt(value) > -(2n ** 63n)
        ? undefined
        : 'use a whole number of at most 18 digits';
    case 'float':
      return /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(value) && Number.isFinite(Number(value)) && value.length <= 40
        ? undefined
        : 'use a number, like 12.5';
    case 'boolean':
      return ['true', 'false'].includes(value) ? undefined : 'use true or false';
    case 'date':
      return isCalendarDate(value) ? undefined : 'use a date as YYYY-MM-DD, like 2026-04-01';
    case 'datetime':
      return isDateTime(value) ? undefined : 'use a date and time as ISO 8601, like 2026-04-01T09:00:00Z';
    case 'time':
      return /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?$/.test(value)
        ? undefined
        : 'use a time as HH:MM, like 09:30';
  }
}

export function textProblem(value: string): string | undefined {
  if (value.includes('\u0000')) return 'text cannot contain a NUL character';
  if (value.length > FILTER_LIMITS.textLength) return `use at most ${FILTER_LIMITS.textLength} characters`;
  return undefined;
}

export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$/;

export function isDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  return match !== null && isCalendarDate(match[1] ?? '') && Number.isFinite(Date.parse(value));
}
