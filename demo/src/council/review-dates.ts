import { ukDate } from '@doorstep/domain';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A review-by date `days` from the day the demo council is loaded (negative: already
 * past), as YYYY-MM-DD. Relative, so the demo always has pages overdue, pages due
 * within the month and pages due later, whenever it is loaded.
 */
export const reviewIn = (days: number, today = new Date()): string => ukDate(new Date(today.getTime() + days * DAY_MS));
