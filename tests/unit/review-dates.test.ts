import { describe, expect, it } from 'vitest';
import { addMonths, nextReviewBy } from '../../cms/src/reviews/dates';
import { reminderEmail } from '../../cms/src/reviews/reminder-email';

describe('review-by dates (cms/src/reviews/dates.ts)', () => {
  it.each([
    ['2026-12-03', 12, '2027-12-03'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2027-03-31', -1, '2027-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
  ])('%s and %i months is %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it('refuses what is not a date', () => {
    expect(() => addMonths('3 December 2026', 12)).toThrow('Not a date (YYYY-MM-DD): 3 December 2026');
  });

  it('counts 12 months from the day in the UK, which starts an hour before UTC in summer', () => {
    expect(nextReviewBy(new Date('2026-06-30T23:30:00Z'))).toBe('2027-07-01');
    expect(nextReviewBy(new Date('2026-12-31T23:30:00Z'))).toBe('2027-12-31');
  });
});

describe('the reminder email (cms/src/reviews/reminder-email.ts)', () => {
  const page = { title: 'Order a new bin', typeLabel: 'Service page', reviewBy: '2027-01-15', editUrl: null };

  it('says when a review is due a month before, and when it is overdue', () => {
    expect(reminderEmail('Bramblewick Borough Council', { ...page, kind: 'month-before' }).subject).toBe(
      'Review due by 15 January 2027: Order a new bin',
    );
    const overdue = reminderEmail('Bramblewick Borough Council', {
      ...page,
      kind: 'overdue',
      editUrl: 'https://cms.example/admin/content-manager/collection-types/api::service-page.service-page/abc',
    });
    expect(overdue.subject).toBe('Review overdue: Order a new bin');
    expect(overdue.text).toContain('was due for review by 15 January 2027');
    expect(overdue.text).toContain('Mark as reviewed');
    expect(overdue.text).toContain('https://cms.example/admin/content-manager/collection-types/');
  });
});
