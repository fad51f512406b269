import { describe, expect, it } from 'vitest';
import { KILL_DRAIN_MS, repeatsOfTheKill } from '../cluster/support/accounting';

/** tests/cluster's rule for the one repeat a kill may make (ADR 0013), on its edges. */
const KILLED_AT = 1_000_000;
const WINDOW = 5_000;
const classify = (at: number[]) => repeatsOfTheKill([{ owed: 'REF team', at }], KILLED_AT, WINDOW);

describe('the repeat a kill may make', () => {
  it('allows a first copy just before the kill, or read just after it, and one resend well after', () => {
    expect(classify([KILLED_AT - 100, KILLED_AT + 77_000]).ofTheKill).toHaveLength(1);
    expect(classify([KILLED_AT + 44, KILLED_AT + 77_307]).ofTheKill).toHaveLength(1);
    expect(classify([KILLED_AT - WINDOW, KILLED_AT + 60_000]).faults).toEqual([]);
  });

  it('calls anything else a fault: too early, too late, two resends, or a resend inside the drain', () => {
    expect(classify([KILLED_AT - WINDOW - 1, KILLED_AT + 60_000]).faults).toHaveLength(1);
    expect(classify([KILLED_AT + KILL_DRAIN_MS + 1, KILLED_AT + 60_000]).faults).toHaveLength(1);
    expect(classify([KILLED_AT - 100, KILLED_AT + 60_000, KILLED_AT + 61_000]).faults).toHaveLength(1);
    expect(classify([KILLED_AT - 100, KILLED_AT + 500]).faults).toHaveLength(1);
    expect(classify([KILLED_AT + 30_000, KILLED_AT + 90_000]).faults).toEqual([
      'REF team at 30000, 90000 ms from the kill',
    ]);
  });
});
