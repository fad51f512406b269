import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { comingCut } from '../../cms/src/alerts/events';
import { vergeChangeEvents } from '../../cms/src/alerts/verge-changes';
import { today } from '../../cms/src/clock';

/** The alerts' pure parts: the clock tests move, which cut is "next week", what a publish changed. */
const saved = { ...process.env };
afterEach(() => {
  for (const key of ['DOORSTEP_TODAY', 'DOORSTEP_TODAY_FILE', 'NODE_ENV']) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

describe('the clock', () => {
  it('is the UK date, or the one a test sets, read at every call', () => {
    expect(today(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    process.env.DOORSTEP_TODAY = '2027-05-01';
    expect(today()).toBe('2027-05-01');
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'clock-')), 'today');
    writeFileSync(file, '2027-05-08\n');
    process.env.DOORSTEP_TODAY_FILE = file;
    expect(today()).toBe('2027-05-08');
    writeFileSync(file, '2027-05-15');
    expect(today()).toBe('2027-05-15');
  });

  it('refuses a date that is not one, and any override in production', () => {
    process.env.DOORSTEP_TODAY = '2027-02-30';
    expect(() => today()).toThrow(/must name a date like/);
    process.env.DOORSTEP_TODAY = '2027-05-01';
    process.env.NODE_ENV = 'production';
    expect(() => today()).toThrow(/for tests: unset them in production/);
  });
});

const cut = (scheduledFrom: string, status: 'scheduled' | 'done' | 'skipped' = 'scheduled') => ({
  scheduledFrom,
  scheduledTo: null,
  status,
  skipReason: status === 'skipped' ? 'Ground too wet' : null,
  completedOn: status === 'done' ? scheduledFrom : null,
});

describe('the cut announced next week', () => {
  it('is the street’s earliest scheduled cut starting within 7 days, over all its verges', () => {
    const verges = [{ cuts: [cut('2027-05-10'), cut('2027-05-03', 'done')] }, { cuts: [cut('2027-05-06')] }];
    expect(comingCut(verges, '2027-05-01')?.scheduledFrom).toBe('2027-05-06');
    expect(comingCut(verges, '2027-04-28')).toBeNull();
    expect(comingCut(verges, '2027-05-07')?.scheduledFrom).toBe('2027-05-10');
    expect(comingCut([{ cuts: [cut('2027-05-10', 'skipped')] }], '2027-05-05')).toBeNull();
    // An overdue cut does not hide next week's.
    expect(comingCut([{ cuts: [cut('2027-04-26'), cut('2027-05-10')] }], '2027-05-05')?.scheduledFrom).toBe(
      '2027-05-10',
    );
  });
});

describe('what a verge publish tells followers', () => {
  const verge = {
    reference: 'BW-V-1',
    streetName: 'Mill Lane',
    locality: 'Bramblewick',
    usrn: 123,
    currentStatus: 'fine' as const,
    cuts: [cut('2027-05-10')],
  };
  it('a new problem, a new overdue and a newly skipped cut, each under its own key; nothing for no change', () => {
    const after = {
      ...verge,
      currentStatus: 'problem-reported' as const,
      cuts: [cut('2027-05-10', 'skipped')],
    };
    const events = vergeChangeEvents(verge, after, '2027-05-11');
    expect(events.map((event) => event.key)).toEqual([
      'verge-problem:BW-V-1:2027-05-11',
      'verge-skip:BW-V-1:2027-05-10',
    ]);
    expect(events.every((event) => event.followKey === 'street:123')).toBe(true);
    expect(vergeChangeEvents(after, after, '2027-05-12')).toEqual([]);
    expect(vergeChangeEvents(verge, { ...verge, currentStatus: 'cut-overdue' }, '2027-05-11')[0]?.subject).toBe(
      'Grass cutting on Mill Lane, Bramblewick is overdue',
    );
    expect(vergeChangeEvents(null, { ...after, usrn: null }, '2027-05-11')).toEqual([]);
  });
});
