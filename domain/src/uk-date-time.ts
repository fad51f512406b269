/**
 * A date and time an editor types, read as UK time (Europe/London) and kept as a
 * moment (UTC), for scheduled publishing (issue 17, item 2). The date comes as GOV.UK's
 * date input asks for it (day, month, year: https://design-system.service.gov.uk/components/date-input/),
 * the time as people write it ("9:30am", "2pm", "14:30"). Twice a year the wall clock
 * misbehaves: in March an hour does not exist (refused, saying when to choose), in
 * October an hour happens twice (the first, in British Summer Time, is taken).
 */
const TIME_ZONE = 'Europe/London';

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockOf(instant: Date): WallClock {
  const found: Record<string, number> = {};
  for (const part of wallClock.formatToParts(instant)) {
    if (part.type !== 'literal') found[part.type] = Number(part.value);
  }
  const { year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0 } = found;
  return { year, month, day, hour, minute, second };
}

const sameClock = (a: WallClock, b: WallClock) =>
  a.year === b.year &&
  a.month === b.month &&
  a.day === b.day &&
  a.hour === b.hour &&
  a.minute === b.minute &&
  a.second === b.second;

/** What an editor typed: the date's three boxes and the time, as strings. */
export interface UkDateTimeInput {
  day: string;
  month: string;
  year: string;
  time: string;
}

export type UkDateTimeResult = { ok: true; instant: Date } | { ok: false; field: 'date' | 'time'; message: string };

/** Messages as GOV.UK's date input words them, kept in one place. */
export const UK_DATE_TIME_MESSAGES = {
  dateMissing: 'Enter the date, for example 5 1 2027',
  dateNotReal: 'The date must be a real date, for example 5 1 2027',
  timeMissing: 'Enter the time, for example 9:30am or 14:30',
  timeNotReal: 'The time must be a real time, for example 9:30am or 14:30',
  past: 'The date and time must be in the future',
} as const;

/**
 * "9:30am", "9am", "9.30 pm", "14:30", "00:05": the time of day, or null. Seconds
 * ("14:30:15") are read too, for whoever needs them (the tests schedule seconds ahead).
 */
export function parseUkTime(text: string): { hour: number; minute: number; second: number } | null {
  const match = /^(\d{1,2})(?:[:.](\d{2})(?::(\d{2}))?)?\s*(am|pm)?$/i.exec(text.trim());
  if (!match) return null;
  const [, hours = '', minutes, seconds, suffix] = match;
  let hour = Number(hours);
  const minute = minutes === undefined ? 0 : Number(minutes);
  const second = seconds === undefined ? 0 : Number(seconds);
  if (minute > 59 || second > 59) return null;
  if (suffix) {
    if (hour < 1 || hour > 12) return null;
    // 12am is midnight, 12pm midday (GOV.UK style: "midnight", "midday" read as 12am and 12pm).
    hour = (hour % 12) + (suffix.toLowerCase() === 'pm' ? 12 : 0);
  } else if (minutes === undefined || hour > 23) {
    return null;
  }
  return { hour, minute, second };
}

const whole = (text: string): number | null => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : null);

/** The moment a UK wall-clock time names; for an hour that happens twice, the first. Null in the spring gap. */
export function ukWallClockToInstant(clock: WallClock): Date | null {
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  // London is UTC+1 (summer) or UTC+0 (winter): the summer reading is the earlier moment.
  for (const offsetHours of [1, 0]) {
    const instant = new Date(asUtc - offsetHours * 3_600_000);
    if (sameClock(wallClockOf(instant), clock)) return instant;
  }
  return null;
}

/** "1:30am", "9:00am", "2:05pm" (and "2:05:30pm" when there are seconds): the wall-clock time. */
function timeLabel(hour: number, minute: number, second = 0): string {
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  const seconds = second === 0 ? '' : `:${String(second).padStart(2, '0')}`;
  return `${twelve}:${String(minute).padStart(2, '0')}${seconds}${hour < 12 ? 'am' : 'pm'}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Reads an editor's date and time as UK time. `now` refuses a moment already past.
 * Each refusal names the field to correct and says how, in GOV.UK's words.
 */
export function parseUkDateTime(input: UkDateTimeInput, now: Date): UkDateTimeResult {
  if (!input.day.trim() || !input.month.trim() || !input.year.trim()) {
    return { ok: false, field: 'date', message: UK_DATE_TIME_MESSAGES.dateMissing };
  }
  const [day, month, year] = [whole(input.day), whole(input.month), whole(input.year)];
  const real =
    day !== null &&
    month !== null &&
    year !== null &&
    year >= 2000 &&
    year <= 2999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!real) return { ok: false, field: 'date', message: UK_DATE_TIME_MESSAGES.dateNotReal };
  if (!input.time.trim()) return { ok: false, field: 'time', message: UK_DATE_TIME_MESSAGES.timeMissing };
  const time = parseUkTime(input.time);
  if (!time) return { ok: false, field: 'time', message: UK_DATE_TIME_MESSAGES.timeNotReal };
  const instant = ukWallClockToInstant({ year, month, day, ...time });
  if (!instant) {
    return {
      ok: false,
      field: 'time',
      message:
        `There is no ${timeLabel(time.hour, time.minute, time.second)} on ${day} ${MONTHS[month - 1]} ${year} in the UK: ` +
        'the clocks go forward an hour at 1am. Choose 2am or later',
    };
  }
  if (instant.getTime() <= now.getTime()) return { ok: false, field: 'date', message: UK_DATE_TIME_MESSAGES.past };
  return { ok: true, instant };
}

/**
 * "5 Jan 2027, 9:00am": a moment in UK time, short enough for a list's cell. An hour
 * the clocks go back through happens twice, so such a time says which: "(BST)" or "(GMT)".
 */
export function ukDateTimeLabel(instant: Date | string): string {
  const moment = new Date(instant);
  if (Number.isNaN(moment.getTime())) return 'Invalid Date';
  const clock = wallClockOf(moment);
  const label = `${clock.day} ${MONTHS[clock.month - 1]} ${clock.year}, ${timeLabel(clock.hour, clock.minute, clock.second)}`;
  const hourEarlier = wallClockOf(new Date(moment.getTime() - 3_600_000));
  const hourLater = wallClockOf(new Date(moment.getTime() + 3_600_000));
  const twice = sameClock(hourEarlier, clock) || sameClock(hourLater, clock);
  if (!twice) return label;
  return `${label} (${sameClock(hourLater, clock) ? 'BST' : 'GMT'})`;
}
