import {
  BIN_COLOURS,
  dayOfWeek,
  isCollectionWeekday,
  parseDayOfWeek,
  parseScheduleDate,
  type BinColour,
  type BinKind,
  type CollectionInterval,
  type CollectionWeekday,
} from '@doorstep/domain';

/**
 * One cell of a collection CSV read into the domain's value, or the message saying
 * why it cannot be (GOV.UK style: what is wrong and how to put it right).
 */
export type Read<T> = { value: T } | { problem: string };

const key = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');

const BIN_WORDS: Record<string, BinKind> = {
  rubbish: 'rubbish',
  refuse: 'rubbish',
  generalwaste: 'rubbish',
  generalrubbish: 'rubbish',
  residual: 'rubbish',
  residualwaste: 'rubbish',
  recycling: 'recycling',
  mixedrecycling: 'recycling',
  drymixedrecycling: 'recycling',
  gardenwaste: 'garden-waste',
  garden: 'garden-waste',
  greenwaste: 'garden-waste',
  foodwaste: 'food-waste',
  food: 'food-waste',
  foodcaddy: 'food-waste',
};

export function readBin(text: string): Read<BinKind> {
  const bin = BIN_WORDS[key(text)];
  if (bin) return { value: bin };
  return {
    problem: text
      ? `"${text}" is not a bin we collect: use rubbish, recycling, garden waste or food waste`
      : 'Say which bin: rubbish, recycling, garden waste or food waste',
  };
}

export function readColour(text: string): Read<BinColour | null> {
  if (!text) return { value: null };
  const word = key(text) === 'gray' ? 'grey' : key(text);
  const colour = BIN_COLOURS.find((known) => known === word);
  return colour ? { value: colour } : { problem: `"${text}" is not a bin colour: use ${BIN_COLOURS.join(', ')}` };
}

export function readWeekday(text: string): Read<CollectionWeekday> {
  const day = parseDayOfWeek(text);
  if (!day) return { problem: text ? `"${text}" is not a day of the week` : 'Give the collection day, like Friday' };
  if (!isCollectionWeekday(day)) {
    return { problem: `Collections are on a weekday, Monday to Friday, not ${text}: move weekend days as changes` };
  }
  return { value: day };
}

const WEEK_WORDS: Record<string, CollectionInterval> = { weekly: 1, fortnightly: 2, everyweek: 1, everyotherweek: 2 };

export function readEveryWeeks(text: string): Read<CollectionInterval> {
  if (text === '1' || text === '2') return { value: Number(text) as CollectionInterval };
  const word = WEEK_WORDS[key(text)];
  if (word) return { value: word };
  return {
    problem: text
      ? `Collections are every 1 or every 2 weeks (weekly or fortnightly), not "${text}"`
      : 'Say how often: every 1 or every 2 weeks',
  };
}

export function readDate(text: string, what: string): Read<string> {
  if (!text) return { problem: `Give ${what}, like 2026-12-25 or 25/12/2026` };
  const date = parseScheduleDate(text);
  return date ? { value: date } : { problem: `"${text}" is not a date: use YYYY-MM-DD or DD/MM/YYYY` };
}

/** The first collection must fall on the collection day, or every date after it would be wrong. */
export function onWeekday(date: string, weekday: CollectionWeekday): string | null {
  const actual = dayOfWeek(date);
  if (actual === weekday) return null;
  const name = (day: string) => `${day.charAt(0).toUpperCase()}${day.slice(1)}`;
  return `${date} is a ${name(actual)}, not a ${name(weekday)}: the first collection must fall on the collection day`;
}

export function readUsrn(text: string): Read<number> {
  const value = Number(text);
  if (/^\d{1,8}$/.test(text) && value >= 1) return { value };
  return {
    problem: text ? `"${text}" is not a USRN: a USRN is a whole number of up to 8 digits` : 'Give the street’s USRN',
  };
}
