import { readFileSync } from 'node:fs';
import { isIsoDate, ukDate } from '@doorstep/domain';

/**
 * Today's date in the UK, which alerts are worked out from. Tests and the e2e suite
 * move it: `DOORSTEP_TODAY` (YYYY-MM-DD) or `DOORSTEP_TODAY_FILE` (a file holding one,
 * read at every call, so a test in another process moves every CMS instance at once).
 * In production neither is ever read: a CMS started with one refuses to say the date.
 */
const TODAY = 'DOORSTEP_TODAY';
const TODAY_FILE = 'DOORSTEP_TODAY_FILE';

function overridden(): string | null {
  const file = process.env[TODAY_FILE];
  const given = file ? readFileSync(file, 'utf8').trim() : process.env[TODAY];
  if (!given) return null;
  if (process.env.NODE_ENV === 'production') {
    throw new Error(`${TODAY} and ${TODAY_FILE} are for tests: unset them in production`);
  }
  if (!isIsoDate(given))
    throw new Error(`${file ? TODAY_FILE : TODAY} must name a date like 2026-06-01, not "${given}"`);
  return given;
}

/** "2026-06-01": the UK date now, or the date a test set. */
export function today(now = new Date()): string {
  return overridden() ?? ukDate(now);
}
