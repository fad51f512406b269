import type { Core } from '@strapi/strapi';
import {
  describeCutWindow,
  nextCut,
  normalisePostcode,
  normaliseStreetName,
  parsePostcodeList,
  slugify,
  storedCutSchema,
  type VergeCut,
} from '@doorstep/domain';
import { z } from 'zod';
import type { ResidentAddress } from './residents';

/**
 * The resident's street, from the address in their account (issue 16): the council's
 * verge streets next to their postcode, narrowed by the street named in the address.
 * The street's USRN is what bin rounds are keyed by too.
 */
export type HomeStreet =
  | { kind: 'no-address' }
  | { kind: 'not-ours'; postcode: string; street: string }
  | {
      kind: 'found';
      name: string;
      locality: string;
      usrn: number | null;
      /** The street's page on the site (`/verges/streets/<slug>/`, as the site names it). */
      slug: string;
      nextCut: VergeCut | null;
      /** "in the week of 14 December 2026", or null when no cut is planned. */
      when: string | null;
      /** A point on the street (a verge's centre), for the nearest community hub. */
      point: { latitude: number; longitude: number } | null;
    };

const VERGE_UID = 'api::verge.verge';

const row = z.object({
  streetName: z.string(),
  locality: z.string(),
  usrn: z.coerce.number().nullable(),
  postcodes: z.string().nullable(),
  cuts: z.array(storedCutSchema).default([]),
  centroidLatitude: z.coerce.number().nullable(),
  centroidLongitude: z.coerce.number().nullable(),
});
type Row = z.infer<typeof row>;

/** "Flat 2, 12a Kestrel Road" is Kestrel Road: words with digits in them, and "Flat", are not the street. */
export function streetOfLine(line: string): string {
  const words = line
    .split(/[\s,]+/)
    .filter(Boolean)
    .filter((word) => !/\d/.test(word) && !/^(flat|apartment|unit)$/i.test(word));
  return normaliseStreetName(words.join(' '));
}

async function publishedVerges(strapi: Core.Strapi, where: Record<string, unknown>): Promise<Row[]> {
  const rows = await strapi.db.query(VERGE_UID).findMany({
    where: { ...where, publishedAt: { $notNull: true } },
    select: ['streetName', 'locality', 'usrn', 'postcodes', 'centroidLatitude', 'centroidLongitude'],
    populate: { cuts: true },
    limit: 200,
  });
  return z.array(row).parse(rows);
}

function streetFrom(verges: readonly Row[], today: string): HomeStreet & { kind: 'found' } {
  const first = verges[0]!;
  const cut = verges
    .map((verge) => nextCut({ cuts: verge.cuts }, today))
    .filter((found): found is VergeCut => found !== null)
    .sort((a, b) => a.scheduledFrom.localeCompare(b.scheduledFrom))[0];
  return {
    kind: 'found',
    name: first.streetName,
    locality: first.locality,
    usrn: verges.find((verge) => verge.usrn !== null)?.usrn ?? null,
    // As the site's street pages are named (site/src/lib/verges/build-time/streets.ts).
    slug: slugify(`${first.streetName} ${first.locality}`.replace(/['’‘`]/g, '')) || 'street',
    nextCut: cut ?? null,
    when: cut ? describeCutWindow(cut) : null,
    point:
      first.centroidLatitude !== null && first.centroidLongitude !== null
        ? { latitude: first.centroidLatitude, longitude: first.centroidLongitude }
        : null,
  };
}

export async function homeStreet(strapi: Core.Strapi, address: ResidentAddress, today: string): Promise<HomeStreet> {
  const postcode = normalisePostcode(address.postcode);
  const named = [address.line1, address.line2].map(streetOfLine).filter(Boolean);
  if (!postcode && named.length === 0) return { kind: 'no-address' };

  // Next to the postcode: the stored list is matched exactly, so "W1 2AB" is not "BW1 2AB".
  const nearby = postcode
    ? (await publishedVerges(strapi, { postcodes: { $contains: postcode } })).filter((verge) =>
        parsePostcodeList(verge.postcodes).postcodes.includes(postcode),
      )
    : [];
  const onNamedStreet = (verge: Row) => named.includes(normaliseStreetName(verge.streetName));
  let verges = nearby.filter(onNamedStreet);
  if (verges.length === 0 && named.length === 0) verges = nearby;
  if (verges.length === 0 && !postcode && address.town.trim()) {
    // No postcode: the street by name, in the town given.
    const [first] = address.line1.split(',');
    const candidates = await publishedVerges(strapi, {
      locality: { $eqi: address.town.trim() },
      streetName: { $containsi: (first ?? '').replace(/^[\d\s]+[a-z]?\s+/i, '').slice(0, 40) },
    });
    verges = candidates.filter(onNamedStreet);
  }
  if (verges.length === 0) {
    return {
      kind: 'not-ours',
      postcode: postcode ?? '',
      street: [address.line1, address.town].filter(Boolean).join(', '),
    };
  }
  // One street (a postcode can span two): the first by name and locality.
  const key = (verge: Row) => `${normaliseStreetName(verge.streetName)}|${verge.locality.toLowerCase()}`;
  const chosen = [...new Set(verges.map(key))].sort()[0];
  return streetFrom(
    verges.filter((verge) => key(verge) === chosen),
    today,
  );
}
