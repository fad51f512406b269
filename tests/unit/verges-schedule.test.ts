import { describe, expect, it } from 'vitest';
import {
  addDays,
  describeCutWindow,
  formatLongDate,
  isCutOverdue,
  lastCut,
  nextCut,
  overdueCuts,
  parseScheduleDate,
  summariseVerge,
  weekStart,
  type VergeCut,
  type VergeStatus,
} from '@doorstep/domain';

const cut = (
  scheduledFrom: string,
  scheduledTo: string | null,
  status: VergeCut['status'],
  extra: Partial<VergeCut> = {},
): VergeCut => ({ scheduledFrom, scheduledTo, status, skipReason: null, completedOn: null, ...extra });

/** A Bramblewick amenity verge in spring 2026: one cut done, one skipped, two to come. */
const cuts = [
  cut('2026-04-06', '2026-04-10', 'done', { completedOn: '2026-04-08' }),
  cut('2026-04-27', '2026-05-01', 'skipped', { skipReason: 'Ground too wet to cut safely.' }),
  cut('2026-05-18', '2026-05-22', 'scheduled'),
  cut('2026-06-08', '2026-06-19', 'scheduled'),
];
const verge = (currentStatus: VergeStatus = 'fine', list: VergeCut[] = cuts) => ({ currentStatus, cuts: list });

describe('schedule dates', () => {
  it.each([
    ['2026-05-04', '2026-05-04'],
    ['04/05/2026', '2026-05-04'],
    ['4/5/2026', '2026-05-04'],
    [' 2026-12-31 ', '2026-12-31'],
    ['29/02/2028', '2028-02-29'],
    ['29/02/2026', null],
    ['2026-13-01', null],
    ['05/04/26', null],
    ['next Tuesday', null],
  ])('reads %s as %s', (written, expected) => {
    expect(parseScheduleDate(written)).toBe(expected);
  });

  it('knows the Monday of a week, the long form of a date and the day after', () => {
    expect(weekStart('2026-05-07')).toBe('2026-05-04');
    expect(weekStart('2026-05-10')).toBe('2026-05-04');
    expect(weekStart('2026-05-04')).toBe('2026-05-04');
    expect(formatLongDate('2026-05-04')).toBe('4 May 2026');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('next, last and overdue cuts', () => {
  it('finds the next cut whose window has not passed, including one under way today', () => {
    expect(nextCut(verge(), '2026-04-01')).toBe(cuts[2]);
    expect(nextCut(verge(), '2026-05-22')).toBe(cuts[2]);
    expect(nextCut(verge(), '2026-05-23')).toBe(cuts[3]);
    expect(nextCut(verge(), '2026-06-20')).toBeNull();
  });

  it('finds the last cut that was done, never a skipped one', () => {
    expect(lastCut(verge())).toBe(cuts[0]);
    expect(lastCut(verge('fine', [cuts[1]!]))).toBeNull();
  });

  it('calls a cut overdue the day after its window ends, and never a done or skipped one', () => {
    expect(isCutOverdue(cuts[2]!, '2026-05-22')).toBe(false);
    expect(isCutOverdue(cuts[2]!, '2026-05-23')).toBe(true);
    expect(isCutOverdue(cuts[1]!, '2026-07-01')).toBe(false);
    expect(overdueCuts(verge(), '2026-07-01')).toEqual([cuts[2], cuts[3]]);
  });
});

describe('the sentence beside the map', () => {
  it.each([
    [
      '2026-04-01',
      'cut-due',
      'This grass is due to be cut in the week of 18 May 2026. It was last cut on 8 April 2026.',
    ],
    [
      '2026-05-05',
      'cut-due',
      'This grass is due to be cut in the week of 18 May 2026. It was last cut on 8 April 2026. The cut due in the week of 27 April 2026 was skipped: ground too wet to cut safely.',
    ],
    [
      '2026-05-26',
      'cut-overdue',
      'This grass is overdue for a cut: it was due to be cut in the week of 18 May 2026. The next cut is due between 8 June and 19 June 2026. It was last cut on 8 April 2026. The cut due in the week of 27 April 2026 was skipped: ground too wet to cut safely.',
    ],
  ])('on %s it is %s: "%s"', (today, state, text) => {
    const summary = summariseVerge(verge(), today);
    expect(summary.state).toBe(state);
    expect(summary.text).toBe(text);
  });

  it('says when there are no more cuts this season', () => {
    const done = [cut('2026-09-07', '2026-09-18', 'done', { completedOn: '2026-09-10' })];
    expect(summariseVerge(verge('fine', done), '2026-11-30')).toMatchObject({
      state: 'no-more-cuts',
      overdue: false,
      text: 'There are no more cuts planned for this grass this season. It was last cut on 10 September 2026.',
    });
    expect(summariseVerge(verge('fine', []), '2026-11-30').text).toBe(
      'No cuts are planned for this grass this season.',
    );
  });

  it('puts a reported problem first, and takes an editor’s "cut overdue" at its word', () => {
    expect(summariseVerge(verge('problem-reported'), '2026-04-01')).toMatchObject({
      state: 'problem-reported',
      text: 'A problem has been reported with this grass and the council is looking into it. This grass is due to be cut in the week of 18 May 2026. It was last cut on 8 April 2026.',
    });
    expect(summariseVerge(verge('cut-overdue'), '2026-04-01')).toMatchObject({
      state: 'cut-overdue',
      overdue: true,
      text: 'This grass is overdue for a cut. The next cut is due in the week of 18 May 2026. It was last cut on 8 April 2026.',
    });
  });

  it('describes a window inside one week as that week, and a longer one by its dates', () => {
    expect(describeCutWindow(cut('2026-05-06', null, 'scheduled'))).toBe('in the week of 4 May 2026');
    expect(describeCutWindow(cut('2026-12-28', '2027-01-08', 'scheduled'))).toBe(
      'between 28 December 2026 and 8 January 2027',
    );
  });
});
