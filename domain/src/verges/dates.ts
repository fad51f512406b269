import { MONTH_NAMES } from '../content/promoted-months.js';
/**
 * Calendar dates for verge cuts, as ISO strings (YYYY-MM-DD, UK local date). Plain
 * string comparison orders them, so the schedule rules need no Date arithmetic and
 * no time zone: "today" is whatever date the caller says it is.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** True for a real calendar date written YYYY-MM-DD ("2026-02-30" is not). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * A date as councils' spreadsheets write it, YYYY-MM-DD or DD/MM/YYYY (never the US
 * order), as YYYY-MM-DD; null when it is not a real date.
 */
export function parseScheduleDate(value: string): string | null {
  const text = value.trim();
  if (isIsoDate(text)) return text;
  const match = UK_DATE.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** "4 May 2026", GOV.UK style. Written out by hand so the map island needs no locale data. */
export function formatLongDate(isoDate: string, withYear = true): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const text = `${day} ${MONTH_NAMES[month - 1]}`;
  return withYear ? `${text} ${year}` : text;
}

/** The Monday of the week a date falls in (weeks run Monday to Sunday in the UK). */
export function weekStart(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

/** The date `days` after (or before, when negative) an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
