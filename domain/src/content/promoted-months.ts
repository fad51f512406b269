import { z } from 'zod';
import { ukDate } from '../uk-time.js';

/**
 * Seasonal top tasks (issue 16): editors say in which months a service page is
 * promoted on the home page, as they would write it ("March, April, May"), or as
 * numbers 1 to 12. Garden waste in spring, gritting in winter.
 */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export interface ParsedMonths {
  /** 1 to 12, sorted, each once. */
  months: number[];
  /** What could not be read as a month, as typed. */
  invalid: string[];
}

function monthOf(word: string): number | null {
  if (/^\d{1,2}$/.test(word)) {
    const number = Number(word);
    return number >= 1 && number <= 12 ? number : null;
  }
  const lower = word.toLowerCase().replace(/\.$/, '');
  // "Sept" and three-letter abbreviations too, as people write them.
  const index = MONTH_NAMES.findIndex(
    (name) => name.toLowerCase() === lower || (lower.length >= 3 && name.toLowerCase().startsWith(lower)),
  );
  return index === -1 ? null : index + 1;
}

/** Reads "March, April and May" or "3, 4, 5" (commas, semicolons, "and" or spaces between). */
export function parseMonthList(text: string | null | undefined): ParsedMonths {
  const words = (text ?? '')
    .split(/[,;/\s]+|\band\b/i)
    .map((word) => word.trim())
    .filter(Boolean);
  const months = new Set<number>();
  const invalid: string[] = [];
  for (const word of words) {
    const month = monthOf(word);
    if (month === null) invalid.push(word);
    else months.add(month);
  }
  return { months: [...months].sort((a, b) => a - b), invalid };
}

/** "March, April, May": how the admin, the README and the tests write a list back. */
export const formatMonthList = (months: readonly number[]): string =>
  months.map((month) => MONTH_NAMES[month - 1] ?? String(month)).join(', ');

/**
 * The field in a content contract: the stored text in, the months out; a word that is
 * not a month is refused at publish, naming it.
 */
export const promotedMonthsField = z
  .string()
  .max(200, 'Write at most 200 characters of months')
  .nullish()
  .transform((text, ctx) => {
    const { months, invalid } = parseMonthList(text);
    if (invalid.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `"${invalid.join('", "')}" is not a month: write month names or numbers 1 to 12, like March, April, May`,
      });
    }
    return months;
  });

/** The month (1 to 12) in the UK at that moment. */
export const ukMonth = (instant: Date): number => Number(ukDate(instant).slice(5, 7));

export interface TopTaskCandidate {
  title: string;
  isTopTask: boolean;
  promotedMonths: readonly number[];
}

/**
 * The home page's top tasks in the order residents see them: those promoted this
 * month first, then the other top tasks, each group by title.
 */
export function orderTopTasks<T extends TopTaskCandidate>(pages: readonly T[], month: number): T[] {
  const promoted = (page: T) => page.promotedMonths.includes(month);
  const byTitle = (a: T, b: T) => a.title.localeCompare(b.title, 'en-GB');
  return [
    ...pages.filter(promoted).sort(byTitle),
    ...pages.filter((page) => page.isTopTask && !promoted(page)).sort(byTitle),
  ];
}

/** The first moment of the next month in the UK: the home page's seasonal tasks change then. */
export function nextUkMonthStart(instant: Date): Date {
  const today = ukDate(instant);
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const first = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  // UK midnight is 00:00 or 23:00 UTC the day before; find the one that is the 1st in the UK.
  const candidates = [new Date(`${first}T00:00:00Z`), new Date(Date.parse(`${first}T00:00:00Z`) - 3_600_000)];
  return candidates.reduce((best, candidate) => (ukDate(candidate) === first && candidate < best ? candidate : best));
}
