/**
 * Build ids: `20261123-093712-1`, a UTC time stamp and a counter. They name the build
 * folders and the log lines, and their order decides which builds pruning removes.
 */
export const ID_PATTERN = /^(\d{8}-\d{6})-(\d+)$/;

/** `20261123-093712` in UTC, so ids sort the same whatever the server's time zone or DST. */
export function formatStamp(date: Date): string {
  const iso = date.toISOString(); // 2026-11-23T09:37:12.345Z
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
}

/** The next id after `previous`, even if the clock stepped back: pruning trusts the order. */
export function nextId(stamp: string, previous: string | undefined): string {
  const match = previous === undefined ? null : ID_PATTERN.exec(previous);
  if (!match?.[1] || !match[2] || stamp > match[1]) return `${stamp}-1`;
  return `${match[1]}-${Number(match[2]) + 1}`;
}

/** Ids compare by time stamp, then by counter as a number (so -10 comes after -9). */
export function compareIds(a: string, b: string): number {
  const [, stampA = '', counterA = '0'] = ID_PATTERN.exec(a) ?? [];
  const [, stampB = '', counterB = '0'] = ID_PATTERN.exec(b) ?? [];
  return stampA === stampB ? Number(counterA) - Number(counterB) : stampA < stampB ? -1 : 1;
}
