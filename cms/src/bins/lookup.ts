import type { Core } from '@strapi/strapi';
import {
  binRoundFromCms,
  binRoundSchema,
  normalisePostcode,
  POSTCODE_SEPARATOR,
  type BinRound,
} from '@doorstep/domain';

/**
 * Published collection rounds by street or postcode, for pages the CMS answers (the
 * home page's "your bin day"). Drafts are never read. A stored round that no longer
 * passes the publish check is left out rather than shown with wrong dates.
 */
export type PublishedBinRound = BinRound & { documentId: string };

const UID = 'api::bin-round.bin-round';
const populate = ['services', 'exceptions'] as const;

function parsed(entry: { documentId: string } & Record<string, unknown>): PublishedBinRound | null {
  const result = binRoundSchema.safeParse(binRoundFromCms(entry));
  return result.success ? { ...result.data, documentId: entry.documentId } : null;
}

/** The published round of a street (USRN), or null. */
export async function binRoundForStreet(strapi: Core.Strapi, usrn: number): Promise<PublishedBinRound | null> {
  if (!Number.isInteger(usrn) || usrn < 1 || usrn > 99_999_999) return null;
  const entry = await strapi
    .documents(UID)
    .findFirst({ status: 'published', filters: { usrn }, populate: [...populate] });
  return entry ? parsed(entry) : null;
}

/** The published rounds of the streets a postcode covers, by street name; empty for a malformed postcode. */
export async function binRoundsForPostcode(strapi: Core.Strapi, postcode: string): Promise<PublishedBinRound[]> {
  const normalised = normalisePostcode(postcode);
  if (!normalised) return [];
  // The stored list is "BW1 2AB, BW1 2AC": match a whole entry, so "W1 2AB" never finds "BW1 2AB".
  const entries = await strapi.documents(UID).findMany({
    status: 'published',
    filters: {
      $or: [
        { postcodes: { $startsWith: normalised } },
        { postcodes: { $contains: `${POSTCODE_SEPARATOR}${normalised}` } },
      ],
    },
    populate: [...populate],
    sort: ['streetName:asc', 'locality:asc'],
  });
  return entries
    .map((entry) => parsed(entry as never))
    .filter((round): round is PublishedBinRound => round !== null && round.postcodes.includes(normalised));
}
