/**
 * UK postcodes without zod, so the verge map island can read what residents type.
 * "bw12ab" and " BW1  2AB " are both "BW1 2AB": the outward code (the district,
 * "BW1") and the inward code ("2AB", whose first digit is the sector).
 */
const POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$/;
const OUTWARD = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;

/** "BW1 2AB", or null when the text is not a whole postcode. */
export function normalisePostcode(value: string): string | null {
  const match = POSTCODE.exec(value.toUpperCase().replace(/\s+/g, ' ').trim());
  return match ? `${match[1]} ${match[2]}` : null;
}

/** "BW1" for "bw1 ", or null when the text is not an outward code on its own ("BW1 2" is not). */
export function normaliseOutwardCode(value: string): string | null {
  const outward = value.trim().toUpperCase();
  return OUTWARD.test(outward) ? outward : null;
}

/** The postcode sector, "BW1 2" for "BW1 2AB": the part a resident's neighbours share. */
export function postcodeSector(postcode: string): string {
  return postcode.slice(0, -2);
}

/** The outward code (district), "BW1" for "BW1 2AB". */
export function postcodeOutward(postcode: string): string {
  return postcode.split(' ')[0] ?? postcode;
}
