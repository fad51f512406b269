/**
 * How long revisions are kept (README, "History"): every revision for 90 days, and
 * beyond that the newest 50 of each document. A document edited rarely keeps its
 * whole history; one edited all day keeps the last 90 days and its newest 50 before.
 */
export const KEEP_POLICY = { days: 90, newest: 50 } as const;

export interface Kept {
  id: number;
  /** When it was recorded, in milliseconds. */
  at: number;
}

/**
 * The revisions of ONE document to remove on `now` under `policy`: those older than
 * `days` that are not among its `newest` (by time, then id).
 */
export function revisionsToPrune(
  revisions: readonly Kept[],
  now: Date,
  policy: { days: number; newest: number } = KEEP_POLICY,
): number[] {
  const cutoff = now.getTime() - policy.days * 24 * 60 * 60 * 1000;
  return [...revisions]
    .sort((a, b) => b.at - a.at || b.id - a.id)
    .slice(policy.newest)
    .filter((revision) => revision.at < cutoff)
    .map((revision) => revision.id);
}
