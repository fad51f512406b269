import type { VergeCut } from './cut.js';

/**
 * What the schedule says on a given day. Pure, with today injected (YYYY-MM-DD, UK
 * date), so the site build, the map island, the API and the tests agree on every date.
 */
export interface HasCuts {
  cuts: readonly VergeCut[];
}

/** The last day of a cut's window (its date, for a single-day cut). */
export function cutWindowEnd(cut: VergeCut): string {
  return cut.scheduledTo ?? cut.scheduledFrom;
}

/** A cut is overdue once its window has passed and it is neither done nor skipped. */
export function isCutOverdue(cut: VergeCut, today: string): boolean {
  return cut.status === 'scheduled' && cutWindowEnd(cut) < today;
}

const byStart = (a: VergeCut, b: VergeCut) =>
  a.scheduledFrom.localeCompare(b.scheduledFrom) || cutWindowEnd(a).localeCompare(cutWindowEnd(b));

/** Overdue cuts, the longest overdue first. */
export function overdueCuts(verge: HasCuts, today: string): VergeCut[] {
  return verge.cuts.filter((cut) => isCutOverdue(cut, today)).sort(byStart);
}

export function isVergeOverdue(verge: HasCuts, today: string): boolean {
  return verge.cuts.some((cut) => isCutOverdue(cut, today));
}

/** The next scheduled cut whose window has not yet passed (it may be under way today), or null. */
export function nextCut(verge: HasCuts, today: string): VergeCut | null {
  return verge.cuts.filter((cut) => cut.status === 'scheduled' && cutWindowEnd(cut) >= today).sort(byStart)[0] ?? null;
}

/** The most recent cut that was done, or null. */
export function lastCut(verge: HasCuts): VergeCut | null {
  let latest: VergeCut | null = null;
  for (const cut of verge.cuts) {
    if (cut.status === 'done' && cut.completedOn && (!latest || cut.completedOn > latest.completedOn!)) latest = cut;
  }
  return latest;
}
