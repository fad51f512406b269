import { normalisePostcode } from '../postcode.js';

/**
 * A verge's postcodes are stored in the CMS as one text field, "BW1 2AB, BW1 2AC":
 * editors type a list, and the GraphQL API can filter on it. Each entry is a full,
 * normalised postcode, so `postcodeFilter` can match one exactly (see the README).
 */
export const POSTCODE_SEPARATOR = ', ';

export interface ParsedPostcodes {
  postcodes: string[];
  /** What could not be read as a postcode, as typed. */
  invalid: string[];
}

/** Reads "bw1 2ab; BW12AC" or "BW1 2AB, BW1 2AC" into sorted, unique, normalised postcodes. */
export function parsePostcodeList(text: string | null | undefined): ParsedPostcodes {
  const parts = (text ?? '')
    .split(/[,;|\n]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  const postcodes = new Set<string>();
  const invalid: string[] = [];
  for (const part of parts) {
    const postcode = normalisePostcode(part);
    if (postcode) postcodes.add(postcode);
    else invalid.push(part);
  }
  return { postcodes: [...postcodes].sort(), invalid };
}

export function formatPostcodeList(postcodes: readonly string[]): string {
  return [...new Set(postcodes)].sort().join(POSTCODE_SEPARATOR);
}

/**
 * A GraphQL `VergeFiltersInput` that matches verges next to one postcode exactly:
 * the postcode starts the list or follows a separator. A plain `containsi` would let
 * "W1 2AB" match "BW1 2AB". Null when the text is not a postcode.
 */
export function postcodeFilter(postcode: string) {
  const normalised = normalisePostcode(postcode);
  if (!normalised) return null;
  return {
    or: [{ postcodes: { startsWith: normalised } }, { postcodes: { contains: `${POSTCODE_SEPARATOR}${normalised}` } }],
  };
}
