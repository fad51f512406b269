/**
 * Whether a community hub is open now, and when it next opens, in UK time. A hub's
 * opening times are wall-clock times in the UK (the CMS component hub.opening-time:
 * a weekday, opens, closes), so "now" is read on a London clock: 9am is 9am in both
 * GMT and British Summer Time, and the days change at midnight in London.
 */
import type { Weekday } from '../content/community-hub.js';

export interface OpeningTime {
  day: Weekday;
  /** "09:00", or Strapi's "09:00:00.000": anything after the minutes is ignored. */
  opens: string;
  closes: string;
}

export interface OpeningState {
  open: boolean;
  /** "17:00", when open. */
  closesAt?: string;
  /** When closed: the next opening within a week ("today", "tomorrow" or "Monday"). */
  opensAt?: { day: string; time: string };
}

const DAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

const londonClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The weekday (0 is Monday) and the minutes since midnight on a London clock. */
function londonNow(now: Date): { day: number; minutes: number } {
  const parts = Object.fromEntries(londonClock.formatToParts(now).map((part) => [part.type, part.value]));
  return {
    day: DAYS.indexOf(String(parts.weekday).toLowerCase() as Weekday),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

const MINUTES = /^([01]\d|2[0-3]):([0-5]\d)/;

/** Minutes since midnight for "09:30", or null when the text is not a time. */
function minutesOf(time: string): number | null {
  const match = MINUTES.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

interface Session {
  opens: number;
  closes: number;
}

/**
 * A day's opening sessions in order of opening. A session that closes at or before it
 * opens (overnight, or a slip of the keyboard) is left out: hubs open in the daytime,
 * and the hub's own page still lists what the editor wrote.
 */
function sessionsOn(times: readonly OpeningTime[], day: number): Session[] {
  return times
    .filter((time) => time.day === DAYS[day])
    .flatMap((time) => {
      const opens = minutesOf(time.opens);
      const closes = minutesOf(time.closes);
      return opens !== null && closes !== null && closes > opens ? [{ opens, closes }] : [];
    })
    .sort((a, b) => a.opens - b.opens);
}

function dayName(offset: number, day: number): string {
  if (offset === 0) return 'today';
  if (offset === 1) return 'tomorrow';
  const name = DAYS[day] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export function openingState(times: readonly OpeningTime[], now: Date): OpeningState {
  const { day, minutes } = londonNow(now);
  const today = sessionsOn(times, day);
  let closes: number | null = null;
  // Sessions that meet or overlap run on: 9am to 12 and 12 to 5pm closes at 5pm.
  for (const session of today) {
    const from = closes ?? minutes;
    if (session.opens <= from && session.closes > from) closes = session.closes;
  }
  if (closes !== null) return { open: true, closesAt: hhmm(closes) };
  for (let offset = 0; offset <= 7; offset += 1) {
    const next = (day + offset) % 7;
    const session = sessionsOn(times, next).find((found) => offset > 0 || found.opens > minutes);
    if (session) return { open: false, opensAt: { day: dayName(offset, next), time: hhmm(session.opens) } };
  }
  return { open: false };
}

/** "5pm", "9:30am", "midday", "midnight": a clock time as GOV.UK writes it. */
export function clockTime(time: string): string {
  const minutes = minutesOf(time) ?? 0;
  if (minutes === 0) return 'midnight';
  if (minutes === 12 * 60) return 'midday';
  const hours = Math.floor(minutes / 60);
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  const suffix = hours < 12 ? 'am' : 'pm';
  return minutes % 60 === 0 ? `${hour12}${suffix}` : `${hour12}:${String(minutes % 60).padStart(2, '0')}${suffix}`;
}

/** "Open now, closes at 5pm", "Closed, opens tomorrow at 9am", or what to do when no times are known. */
export function openingSentence(state: OpeningState): string {
  if (state.open && state.closesAt) return `Open now, closes at ${clockTime(state.closesAt)}`;
  if (state.opensAt) return `Closed, opens ${state.opensAt.day} at ${clockTime(state.opensAt.time)}`;
  return 'Call before you visit to check when it is open';
}
