import { parseUkDateTime, parseUkTime, ukDateTimeLabel, UK_DATE_TIME_MESSAGES } from '@doorstep/domain';
import { describe, expect, it } from 'vitest';

/** Scheduled publishing's dates and times, typed in UK time and kept in UTC (domain/src/uk-date-time.ts). */
const NOW = new Date('2026-01-01T00:00:00Z');
const at = (day: string, month: string, year: string, time: string) => parseUkDateTime({ day, month, year, time }, NOW);
const instantOf = (result: ReturnType<typeof parseUkDateTime>) => (result.ok ? result.instant.toISOString() : result);

describe('times as people write them', () => {
  it.each([
    ['9:30am', 9, 30, 0],
    ['9am', 9, 0, 0],
    ['9.30 PM', 21, 30, 0],
    ['12am', 0, 0, 0],
    ['12pm', 12, 0, 0],
    ['12:15am', 0, 15, 0],
    ['14:30', 14, 30, 0],
    ['00:05', 0, 5, 0],
    [' 23:59 ', 23, 59, 0],
    ['14:30:15', 14, 30, 15],
    ['2:30:15pm', 14, 30, 15],
  ])('%s is %i:%i:%i', (text, hour, minute, second) => {
    expect(parseUkTime(text)).toEqual({ hour, minute, second });
  });

  it.each(['', '14', '24:00', '9:60', '13pm', '0am', 'noon', '9:3', '9:30:60', '9::30', '9:5:00', '-1:00'])(
    'refuses "%s"',
    (text) => {
      expect(parseUkTime(text)).toBeNull();
    },
  );
});

describe('UK time to UTC', () => {
  it('is UTC in winter and an hour ahead in summer', () => {
    expect(instantOf(at('5', '1', '2027', '9:00am'))).toBe('2027-01-05T09:00:00.000Z');
    expect(instantOf(at('1', '7', '2026', '9:00am'))).toBe('2026-07-01T08:00:00.000Z');
  });

  it('on the day the clocks go forward (29 March 2026), 1am to 1:59am do not exist and say so', () => {
    expect(instantOf(at('29', '3', '2026', '12:59am'))).toBe('2026-03-29T00:59:00.000Z');
    const gap = at('29', '3', '2026', '1:30am');
    expect(gap).toEqual({
      ok: false,
      field: 'time',
      message: 'There is no 1:30am on 29 Mar 2026 in the UK: the clocks go forward an hour at 1am. Choose 2am or later',
    });
    expect(at('29', '3', '2026', '1:00am').ok).toBe(false);
    expect(instantOf(at('29', '3', '2026', '2:00am'))).toBe('2026-03-29T01:00:00.000Z');
  });

  it('on the day the clocks go back (25 October 2026), 1am to 1:59am happen twice: the first (BST) is taken', () => {
    expect(instantOf(at('25', '10', '2026', '12:59am'))).toBe('2026-10-24T23:59:00.000Z');
    expect(instantOf(at('25', '10', '2026', '1:30am'))).toBe('2026-10-25T00:30:00.000Z');
    expect(instantOf(at('25', '10', '2026', '2:00am'))).toBe('2026-10-25T02:00:00.000Z');
  });

  it('refuses dates that are missing, not real, or past, naming the field', () => {
    expect(at('', '1', '2027', '9am')).toEqual({
      ok: false,
      field: 'date',
      message: UK_DATE_TIME_MESSAGES.dateMissing,
    });
    expect(at('30', '2', '2027', '9am')).toEqual({
      ok: false,
      field: 'date',
      message: UK_DATE_TIME_MESSAGES.dateNotReal,
    });
    expect(at('29', '2', '2028', '9am').ok).toBe(true);
    expect(at('1', '13', '2027', '9am').ok).toBe(false);
    expect(at('1', 'Jan', '2027', '9am').ok).toBe(false);
    expect(at('1', '1', '27', '9am').ok).toBe(false);
    expect(at('1', '1', '2027', '')).toEqual({ ok: false, field: 'time', message: UK_DATE_TIME_MESSAGES.timeMissing });
    expect(at('1', '1', '2027', '25:00')).toEqual({
      ok: false,
      field: 'time',
      message: UK_DATE_TIME_MESSAGES.timeNotReal,
    });
    expect(at('31', '12', '2025', '11:59pm')).toEqual({
      ok: false,
      field: 'date',
      message: UK_DATE_TIME_MESSAGES.past,
    });
    expect(at('1', '1', '2026', '12am')).toEqual({ ok: false, field: 'date', message: UK_DATE_TIME_MESSAGES.past });
    expect(at('1', '1', '2026', '12:01am').ok).toBe(true);
    expect(instantOf(at('1', '1', '2026', '00:00:01'))).toBe('2026-01-01T00:00:01.000Z');
  });
});

describe('labels for lists', () => {
  it('writes a moment as UK time, short', () => {
    expect(ukDateTimeLabel('2027-01-05T09:00:00Z')).toBe('5 Jan 2027, 9:00am');
    expect(ukDateTimeLabel('2026-07-01T13:05:00Z')).toBe('1 Jul 2026, 2:05pm');
    expect(ukDateTimeLabel('2026-06-30T23:30:00Z')).toBe('1 Jul 2026, 12:30am');
    expect(ukDateTimeLabel('2027-01-05T12:00:15Z')).toBe('5 Jan 2027, 12:00:15pm');
  });

  it('says which 1:30am it means on the day the clocks go back, and nothing on the day they go forward', () => {
    expect(ukDateTimeLabel('2026-10-25T00:30:00Z')).toBe('25 Oct 2026, 1:30am (BST)');
    expect(ukDateTimeLabel('2026-10-25T01:30:00Z')).toBe('25 Oct 2026, 1:30am (GMT)');
    expect(ukDateTimeLabel('2026-10-25T02:30:00Z')).toBe('25 Oct 2026, 2:30am');
    expect(ukDateTimeLabel('2026-03-29T01:30:00Z')).toBe('29 Mar 2026, 2:30am');
  });
});
