import { normaliseOutwardCode, normalisePostcode } from '@doorstep/domain/verge-rules';
import { STREET_PREFIX_LENGTH, streetKey } from '../shared/keys';

/**
 * What a resident typed into the verge search, read the way they meant it: a whole
 * postcode, the first half of one, a postcode cut short, or a street name
 * (optionally with its locality after a comma, as the suggestions write it).
 */
export type VergeQuery =
  | { kind: 'empty' }
  | { kind: 'too-short'; text: string }
  | { kind: 'postcode'; postcode: string }
  | { kind: 'district'; outward: string }
  | { kind: 'partial-postcode'; text: string; sector: string | null }
  | { kind: 'street'; text: string; key: string; locality: string | null };

/** The start of a postcode: an outward code, then perhaps the sector digit and a letter. */
const POSTCODE_START = /^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{0,2})?$/;

/** Longer input is not a street name; it is cut so nothing slow runs on it. */
export const MAX_QUERY_LENGTH = 100;

export function parseQuery(input: string): VergeQuery {
  const text = input.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  if (!text) return { kind: 'empty' };
  const postcode = normalisePostcode(text);
  if (postcode) return { kind: 'postcode', postcode };
  const outward = normaliseOutwardCode(text);
  if (outward) return { kind: 'district', outward };
  const start = POSTCODE_START.exec(text.toUpperCase());
  if (start) return { kind: 'partial-postcode', text: text.toUpperCase(), sector: sectorOf(start) };
  const comma = text.lastIndexOf(',');
  const name = comma === -1 ? text : text.slice(0, comma);
  const locality = comma === -1 ? '' : text.slice(comma + 1).trim();
  const key = streetKey(name);
  if (key.length < STREET_PREFIX_LENGTH) return { kind: 'too-short', text };
  return { kind: 'street', text, key, locality: locality ? locality.toLowerCase() : null };
}

/** "BW1 2" once the sector digit is typed: the postcodes file to suggest from. */
function sectorOf(match: RegExpExecArray): string | null {
  const [, outward, inward] = match;
  return outward && inward ? `${outward} ${inward.charAt(0)}` : null;
}
