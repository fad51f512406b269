import type { ExpectedResponse } from '../expected-response.js';
import { ukDate } from '../uk-time.js';

/**
 * Bank holidays in England and Wales, computed rather than copied: New Year's Day,
 * Good Friday, Easter Monday, the early May, spring and summer bank holidays,
 * Christmas Day and Boxing Day, each moved to the next weekday when it falls at a
 * weekend, as the Banking and Financial Dealings Act and royal proclamations do.
 * One-off changes proclaimed for particular years are listed in ONE_OFF_CHANGES.
 */

/** Dates as YYYY-MM-DD, in UTC arithmetic (a calendar date has no time zone). */
type IsoDate = string;

const ONE_OFF_CHANGES: Record<number, { add?: IsoDate[]; remove?: IsoDate[] }> = {
  2020: { add: ['2020-05-08'], remove: ['2020-05-04'] }, // VE Day 75th anniversary
  2022: { add: ['2022-06-02', '2022-06-03', '2022-09-19'], remove: ['2022-05-30'] }, // Platinum Jubilee, state funeral
  2023: { add: ['2023-05-08'] }, // coronation of King Charles III
};

const iso = (date: Date) => date.toISOString().slice(0, 10);
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const isWeekend = (date: Date) => date.getUTCDay() === 0 || date.getUTCDay() === 6;

/** Easter Sunday (Gregorian calendar), by the anonymous Gregorian algorithm. */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month, day);
}

/** The first (n = 1) or last (n = -1) Monday of a month. */
function monday(year: number, month: number, n: 1 | -1): Date {
  if (n === 1) {
    const first = utc(year, month, 1);
    return addDays(first, (8 - first.getUTCDay()) % 7);
  }
  const last = utc(year, month + 1, 0);
  return addDays(last, -((last.getUTCDay() + 6) % 7));
}

export function bankHolidaysEnglandWales(year: number): IsoDate[] {
  const easter = easterSunday(year);
  const newYear = utc(year, 1, 1);
  const christmas = utc(year, 12, 25);
  const boxing = utc(year, 12, 26);
  const substitute = (date: Date) => (isWeekend(date) ? addDays(date, date.getUTCDay() === 6 ? 2 : 1) : date);
  // Christmas on Saturday: Christmas moves to Monday and Boxing Day to Tuesday.
  // Christmas on Sunday: Boxing Day stays Monday and Christmas moves to Tuesday.
  const christmasDays =
    christmas.getUTCDay() === 6
      ? [addDays(christmas, 2), addDays(christmas, 3)]
      : christmas.getUTCDay() === 0
        ? [addDays(christmas, 2), boxing]
        : [christmas, substitute(boxing)];
  const days = [
    substitute(newYear),
    addDays(easter, -2),
    addDays(easter, 1),
    monday(year, 5, 1),
    monday(year, 5, -1),
    monday(year, 8, -1),
    ...christmasDays,
  ].map(iso);
  const change = ONE_OFF_CHANGES[year];
  const kept = days.filter((day) => !change?.remove?.includes(day));
  return [...kept, ...(change?.add ?? [])].sort();
}

export function isWorkingDay(date: IsoDate): boolean {
  const day = new Date(`${date}T00:00:00Z`);
  return !isWeekend(day) && !bankHolidaysEnglandWales(day.getUTCFullYear()).includes(date);
}

/** The date `days` working days after `from` (not counting `from` itself). */
export function addWorkingDays(from: IsoDate, days: number): IsoDate {
  let date = new Date(`${from}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(iso(date))) left -= 1;
  }
  return iso(date);
}

/**
 * The date a resident can expect a reply by, for a request made at `submittedAt`.
 * Working days skip weekends and bank holidays in England and Wales.
 */
export function expectedReplyDate(submittedAt: Date, response: Pick<ExpectedResponse, 'amount' | 'unit'>): IsoDate {
  const today = ukDate(submittedAt);
  switch (response.unit) {
    case 'hours':
      return ukDate(new Date(submittedAt.getTime() + response.amount * 3_600_000));
    case 'working-days':
      return addWorkingDays(today, response.amount);
    case 'calendar-days':
      return iso(addDays(new Date(`${today}T00:00:00Z`), response.amount));
    case 'weeks':
      return iso(addDays(new Date(`${today}T00:00:00Z`), response.amount * 7));
  }
}
