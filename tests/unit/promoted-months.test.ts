import { describe, expect, it } from 'vitest';
import {
  nextUkMonthStart,
  orderTopTasks,
  parseMonthList,
  servicePageContract,
  contractProblems,
  ukMonth,
} from '@doorstep/domain';

/** Seasonal top tasks (issue 16): months as editors write them, and the month in the UK. */
describe('promoted months', () => {
  it('reads names, abbreviations and numbers, in any separators', () => {
    expect(parseMonthList('March, April and May')).toEqual({ months: [3, 4, 5], invalid: [] });
    expect(parseMonthList('nov; Dec / 1, 2, 2')).toEqual({ months: [1, 2, 11, 12], invalid: [] });
    expect(parseMonthList('Sept.')).toEqual({ months: [9], invalid: [] });
    expect(parseMonthList('')).toEqual({ months: [], invalid: [] });
    expect(parseMonthList(null)).toEqual({ months: [], invalid: [] });
    expect(parseMonthList('0, 13, Ma, Springtime')).toEqual({ months: [], invalid: ['0', '13', 'Ma', 'Springtime'] });
  });

  it('puts this month’s promoted pages first, then the other top tasks', () => {
    const pages = [
      { title: 'Report a pothole', isTopTask: true, promotedMonths: [] },
      { title: 'Gritting', isTopTask: false, promotedMonths: [11, 12, 1, 2] },
      { title: 'Garden waste', isTopTask: false, promotedMonths: [3, 4, 5] },
      { title: 'Council tax', isTopTask: true, promotedMonths: [3] },
      { title: 'Library', isTopTask: false, promotedMonths: [] },
    ];
    expect(orderTopTasks(pages, 3).map((page) => page.title)).toEqual([
      'Council tax',
      'Garden waste',
      'Report a pothole',
    ]);
    expect(orderTopTasks(pages, 12).map((page) => page.title)).toEqual(['Gritting', 'Council tax', 'Report a pothole']);
  });

  it('knows the month and the next month start in UK time, summer and winter', () => {
    expect(ukMonth(new Date('2026-05-31T23:30:00Z'))).toBe(6);
    expect(ukMonth(new Date('2026-12-31T23:30:00Z'))).toBe(12);
    expect(nextUkMonthStart(new Date('2026-05-10T12:00:00Z')).toISOString()).toBe('2026-05-31T23:00:00.000Z');
    expect(nextUkMonthStart(new Date('2026-12-03T12:00:00Z')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(nextUkMonthStart(new Date('2026-05-31T23:30:00Z')).toISOString()).toBe('2026-06-30T23:00:00.000Z');
  });

  it('is refused at publish when a word is not a month, naming the field', () => {
    const problems = contractProblems(servicePageContract, { promotedMonths: 'March, Marchember' });
    expect(problems).toContain(
      'promotedMonths: "Marchember" is not a month: write month names or numbers 1 to 12, like March, April, May',
    );
  });
});
