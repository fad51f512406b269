/**
 * Where a postcode or a street is, from what the council already has: there is no
 * geocoder, but every verge is on a street, with the postcodes beside it and its
 * shape (the verge data files, site/src/lib/verges/shared/format.ts).
 * - a full postcode: the middle of the verges beside it;
 * - a postcode sector ("BW1 2") or area ("BW1"): the middle of its streets' verges,
 *   each street counted by how many verges it has;
 * - a street: the middle of its verges; several streets of that name in different
 *   places are offered to choose from.
 * Only index files are read for all but a full postcode, so a search at county scale
 * reads a few small files, never every verge.
 */
import { normalisePostcode, postcodeSector, type LatLon } from '@doorstep/domain';
import { decodeCell } from '../verges/browser/decode';
import { parseQuery, type VergeQuery } from '../verges/browser/query';
import { matchStreets, streetLabel, type VergeData } from '../verges/browser/search';
import type { StreetEntry } from '../verges/shared/format';
import { streetPrefix } from '../verges/shared/keys';
import { hubsNearMessages } from './messages';

export type PlaceAnswer =
  /** `from` completes "Distances are in a straight line from …". */
  | { kind: 'found'; label: string; from: string; point: LatLon }
  /** The input cannot be searched: said at the box as an error. */
  | { kind: 'problem'; message: string }
  | { kind: 'not-found'; message: string }
  /** Several streets of that name: each label searches again. */
  | { kind: 'choose-street'; heading: string; streets: string[] };

/** Looks like a postcode someone mistyped ("BW1 2ABX", "BW12 A"), not a street name. */
const POSTCODE_LIKE = /^[A-Z]{1,2}\d[A-Z\d]{0,2} ?[A-Z\d]{0,4}$/i;

/** The middle of these streets' verges: each street's box centre, counted by its verges. */
function middleOfStreets(streets: readonly StreetEntry[]): LatLon {
  let [longitude, latitude, weight] = [0, 0, 0];
  for (const {
    b: [west, south, east, north],
    v,
  } of streets) {
    longitude += ((west + east) / 2) * v;
    latitude += ((south + north) / 2) * v;
    weight += v;
  }
  return { latitude: latitude / weight, longitude: longitude / weight };
}

async function locatePostcode(data: VergeData, code: string): Promise<PlaceAnswer> {
  const manifest = await data.manifest();
  const sector = postcodeSector(code);
  const file = manifest.sectors.includes(sector) ? await data.postcodes(sector) : null;
  const streets = (file?.postcodes[code] ?? []).flatMap((index) => file?.streets[index] ?? []);
  if (streets.length === 0)
    return { kind: 'not-found', message: hubsNearMessages(manifest.examples).unknownPostcode(code) };
  const cells = await Promise.all([...new Set(streets.flatMap((street) => street.c))].map((cell) => data.cell(cell)));
  const beside = cells.flatMap(decodeCell).filter((verge) => verge.postcodes.includes(code));
  const point =
    beside.length === 0
      ? middleOfStreets(streets)
      : {
          latitude: beside.reduce((sum, verge) => sum + verge.centre[0], 0) / beside.length,
          longitude: beside.reduce((sum, verge) => sum + verge.centre[1], 0) / beside.length,
        };
  return { kind: 'found', label: code, from: `the middle of ${code}`, point };
}

/** A sector ("BW1 2") or an area ("BW1"): the streets in every postcode file it covers. */
async function locateArea(data: VergeData, code: string, whole: string): Promise<PlaceAnswer> {
  const manifest = await data.manifest();
  const sectors = manifest.sectors.filter((sector) => sector === code || sector.startsWith(`${code} `));
  const files = await Promise.all(sectors.map((sector) => data.postcodes(sector)));
  const streets = new Map(files.flatMap((file) => file.streets).map((street) => [street.s, street]));
  if (streets.size === 0) return { kind: 'not-found', message: hubsNearMessages(manifest.examples).unknownArea(code) };
  return {
    kind: 'found',
    label: code,
    from: `the middle of the ${code} ${whole}`,
    point: middleOfStreets([...streets.values()]),
  };
}

async function locateStreet(data: VergeData, query: Extract<VergeQuery, { kind: 'street' }>): Promise<PlaceAnswer> {
  const manifest = await data.manifest();
  const messages = hubsNearMessages(manifest.examples);
  const prefix = streetPrefix(query.key);
  const file = manifest.prefixes.includes(prefix) ? await data.streets(prefix) : null;
  const streets = file ? matchStreets(file, query.key, query.locality) : [];
  if (streets.length === 0) {
    return POSTCODE_LIKE.test(query.text)
      ? { kind: 'problem', message: messages.malformedPostcode(query.text) }
      : { kind: 'not-found', message: messages.unknownStreet(query.text) };
  }
  // A street in pieces (one name, one place, several street records) is one place.
  const labels = [...new Set(streets.map(streetLabel))];
  if (labels.length > 1)
    return { kind: 'choose-street', heading: `${labels.length} streets match “${query.text}”`, streets: labels };
  return { kind: 'found', label: labels[0]!, from: `the middle of ${labels[0]!}`, point: middleOfStreets(streets) };
}

/** Where the resident means, from what they typed in the box. */
export async function locatePlace(data: VergeData, input: string): Promise<PlaceAnswer> {
  const query = parseQuery(input);
  const messages = hubsNearMessages((await data.manifest()).examples);
  switch (query.kind) {
    case 'empty':
      return { kind: 'problem', message: messages.empty };
    case 'too-short':
      return { kind: 'problem', message: messages.tooShort };
    case 'postcode':
      return locatePostcode(data, query.postcode);
    case 'district':
      return locateArea(data, query.outward, 'postcode area');
    case 'partial-postcode':
      // "BW1 2" is a sector; "BW1 2A" is a postcode cut short, searched as its sector.
      return query.sector && normalisePostcode(`${query.sector}AA`)
        ? locateArea(data, query.sector, 'postcode sector')
        : { kind: 'problem', message: messages.malformedPostcode(query.text) };
    case 'street':
      return locateStreet(data, query);
  }
}
