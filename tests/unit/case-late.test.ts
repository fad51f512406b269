import { isLate } from '@doorstep/domain';
import { describe, expect, it } from 'vitest';

/** The case list's "Late" column (issue 15): an open case past the day the resident was promised a reply. */
describe('a late case', () => {
  const now = new Date('2026-12-03T10:00:00Z');

  it('is open and its reply-by day has passed in the UK', () => {
    expect(isLate('2026-12-02', 'in-progress', now)).toBe(true);
    expect(isLate('2026-12-02', 'received', now)).toBe(true);
    expect(isLate('2026-12-02', 'waiting-for-resident', now)).toBe(true);
  });

  it('is not late on the reply-by day itself, nor before it', () => {
    expect(isLate('2026-12-03', 'received', now)).toBe(false);
    expect(isLate('2026-12-04', 'received', now)).toBe(false);
  });

  it('is never late once resolved or closed', () => {
    expect(isLate('2026-01-01', 'resolved', now)).toBe(false);
    expect(isLate('2026-01-01', 'closed', now)).toBe(false);
  });

  it('counts days in London: 00:30 on 1 July in summer time is already 1 July', () => {
    expect(isLate('2026-06-30', 'received', new Date('2026-06-30T23:30:00Z'))).toBe(true);
  });

  it('is not late without a reply-by date', () => {
    expect(isLate(null, 'received', now)).toBe(false);
    expect(isLate('', 'received', now)).toBe(false);
    expect(isLate('not a date', 'received', now)).toBe(false);
  });
});
