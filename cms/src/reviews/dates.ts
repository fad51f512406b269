import { ukDate } from '@doorstep/domain';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date `months` on (or back), as YYYY-MM-DD: the same day of the month,
 * or the month's last day when it has no such day (29 February a year on is 28 February).
 */
export function addMonths(isoDate: string, months: number): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new Error(`Not a date (YYYY-MM-DD): ${isoDate}`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** How long a review lasts: a page is next due a year after it was published or last reviewed. */
export const REVIEW_MONTHS = 12;

/** The review-by date for a page published or reviewed at `now`: 12 months on from that day in the UK. */
export const nextReviewBy = (now: Date): string => addMonths(ukDate(now), REVIEW_MONTHS);
