import { COLLECTION_WEEKDAYS, type CollectionWeekday } from './bin.js';

/** Day arithmetic on UK dates written YYYY-MM-DD: no clock, no time zone. */
const DAY_MS = 86_400_000;
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type DayOfWeek = (typeof WEEKDAY_NAMES)[number];

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function fromDayNumber(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** "monday" for 2026-11-30. */
export function dayOfWeek(isoDate: string): DayOfWeek {
  return WEEKDAY_NAMES[new Date(dayNumber(isoDate) * DAY_MS).getUTCDay()]!;
}

/** "Monday", "mon", "MONDAY" → "monday"; null for anything that is not a day of the week. */
export function parseDayOfWeek(text: string): DayOfWeek | null {
  const word = text.trim().toLowerCase();
  if (word.length < 3) return null;
  return WEEKDAY_NAMES.find((name) => name.startsWith(word)) ?? null;
}

export const isCollectionWeekday = (day: string): day is CollectionWeekday =>
  (COLLECTION_WEEKDAYS as readonly string[]).includes(day);
