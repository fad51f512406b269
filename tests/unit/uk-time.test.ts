import { dateAndTime, longDate, longDateOf, ukDate } from '@doorstep/domain';
import { describe, expect, it } from 'vitest';

/** One home for UK dates (domain/src/uk-time.ts): the site, the CMS and its emails read them alike. */
describe('dates as a UK resident reads them', () => {
  it('writes a calendar date the GOV.UK way, whatever follows it', () => {
    expect(longDate('2027-01-01')).toBe('1 January 2027');
    expect(longDate('2027-01-01T23:59:59.000Z')).toBe('1 January 2027');
  });

  it('counts the day in London: half past eleven UTC on 30 June is 1 July in summer time', () => {
    const lateJune = new Date('2026-06-30T23:30:00Z');
    expect(ukDate(lateJune)).toBe('2026-07-01');
    expect(longDateOf(lateJune)).toBe('1 July 2026');
    expect(longDateOf('2026-06-30T23:30:00Z')).toBe('1 July 2026');
    expect(dateAndTime(lateJune)).toBe('1 July 2026 at 00:30');
  });

  it('and the same time in winter is still the same day', () => {
    expect(ukDate(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
    expect(longDateOf('2026-12-31T23:30:00Z')).toBe('31 December 2026');
  });
});
