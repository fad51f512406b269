/**
 * Dates and times as a UK resident reads them, in one place for the site, the CMS and
 * its emails. Servers run in UTC, but "today" changes at midnight in London, an hour
 * before UTC in summer, so days are counted in Europe/London.
 */
const TIME_ZONE = 'Europe/London';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * Formatters made once: `toLocaleDateString` with options builds a new one on every
 * call, about half a millisecond each, which was most of the account page's time
 * (bench:account, a date or two per request listed).
 */
const longDay = { day: 'numeric', month: 'long', year: 'numeric' } as const;
const longDayUtc = new Intl.DateTimeFormat('en-GB', { ...longDay, timeZone: 'UTC' });
const longDayLondon = new Intl.DateTimeFormat('en-GB', { ...longDay, timeZone: TIME_ZONE });
const dateAndTimeLondon = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: TIME_ZONE,
});

/** As `toLocaleDateString` answers a date that is not one, rather than throwing as `format` does. */
const formatted = (format: Intl.DateTimeFormat, date: Date): string =>
  Number.isNaN(date.getTime()) ? 'Invalid Date' : format.format(date);

function londonParts(instant: Date): Record<string, number> {
  return Object.fromEntries(
    parts
      .formatToParts(instant)
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)]),
  );
}

/** "2026-11-30": the date in the UK at that moment. */
export function ukDate(instant: Date): string {
  const { year = 0, month = 0, day = 0 } = londonParts(instant);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The next midnight in the UK after `instant`: when "today" changes for residents. */
export function nextUkMidnight(instant: Date): Date {
  const { year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0 } = londonParts(instant);
  // Minutes between London's wall clock and UTC now (0 in winter, 60 in summer).
  const offset = Math.round((Date.UTC(year, month - 1, day, hour, minute, second) - instant.getTime()) / 60_000);
  const guess = new Date(Date.UTC(year, month - 1, day + 1) - offset * 60_000);
  // The clocks change at 1am UTC, never at midnight, so the guess is right or an hour out.
  const { hour: landed = 0 } = londonParts(guess);
  const hoursOut = landed === 23 ? -1 : landed;
  return new Date(guess.getTime() - hoursOut * 3_600_000);
}

/** "1 January 2027", as GOV.UK writes a calendar date (YYYY-MM-DD, anything after it ignored). */
export function longDate(isoDate: string): string {
  return formatted(longDayUtc, new Date(`${isoDate.slice(0, 10)}T12:00:00Z`));
}

/** "23 November 2026": the day in the UK of a moment (an ISO date-time or a Date). */
export function longDateOf(instant: string | Date): string {
  return formatted(longDayLondon, new Date(instant));
}

/** "23 November 2026 at 14:05", UK time. */
export function dateAndTime(instant: string | Date): string {
  return formatted(dateAndTimeLondon, new Date(instant));
}
