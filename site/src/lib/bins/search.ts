import { normalisePostcode, normaliseStreetName, postcodeOutward, sitePaths } from '@doorstep/domain';

/**
 * "When is my bin day?" answered from the build's street index (/bin-days/data/streets.json):
 * a street or postcode found leads to its page; anything else is said in words, the
 * query kept. The live server uses it for searches made without JavaScript; with
 * JavaScript the form simply submits to the same place.
 */
export interface IndexedStreet {
  /** Slug, name, locality, postcodes. */
  s: string;
  n: string;
  l: string;
  p: string[];
}

export type BinSearchAnswer =
  | { kind: 'go'; href: string }
  | { kind: 'problem'; message: string }
  | { kind: 'not-found'; message: string }
  | { kind: 'choose'; heading: string; streets: IndexedStreet[] };

const OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;
export const streetLabel = (street: IndexedStreet) => `${street.n}, ${street.l}`;

export function answerBinQuery(streets: readonly IndexedStreet[], raw: string): BinSearchAnswer {
  const query = raw.trim().slice(0, 100);
  if (!query) return { kind: 'problem', message: 'Enter a street name or postcode' };
  const postcode = normalisePostcode(query);
  if (postcode) {
    const found = streets.filter((street) => street.p.includes(postcode));
    if (found.length === 1) return { kind: 'go', href: sitePaths.binDayStreet(found[0]!.s) };
    if (found.length > 1)
      return {
        kind: 'go',
        href: `${sitePaths.binDayPostcodeDistrict(postcodeOutward(postcode))}#${postcode.replace(' ', '-')}`,
      };
    return {
      kind: 'not-found',
      message: `We do not have bin collection days for ${postcode}. Check the postcode, or find your street in the A to Z.`,
    };
  }
  const outward = query.toUpperCase().replace(/\s+/g, '');
  if (OUTWARD.test(outward) && streets.some((street) => street.p.some((p) => postcodeOutward(p) === outward))) {
    return { kind: 'go', href: sitePaths.binDayPostcodeDistrict(outward) };
  }
  const key = normaliseStreetName(query);
  const exact = streets.filter((street) => normaliseStreetName(street.n) === key);
  if (exact.length === 1) return { kind: 'go', href: sitePaths.binDayStreet(exact[0]!.s) };
  if (exact.length > 1) return { kind: 'choose', heading: `There is more than one ${exact[0]!.n}`, streets: exact };
  const partial = key ? streets.filter((street) => normaliseStreetName(street.n).includes(key)).slice(0, 20) : [];
  if (partial.length > 0) return { kind: 'choose', heading: `Streets matching “${query}”`, streets: partial };
  return {
    kind: 'not-found',
    message: `We could not find a street called “${query}”. Check the spelling, or find your street in the A to Z.`,
  };
}
