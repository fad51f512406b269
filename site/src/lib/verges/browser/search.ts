import { postcodeSector } from '@doorstep/domain/verge-rules';
import type { CellFile, Manifest, PostcodesFile, StreetEntry, StreetsFile } from '../shared/format';
import { streetPrefix } from '../shared/keys';
import { searchMessages } from '../shared/messages';
import { parseQuery, type VergeQuery } from './query';

/**
 * The verge search in the browser: one small index file per search (streets by
 * their first two letters, or postcodes by sector), then only the cells the
 * answer names. Pure apart from the `VergeData` it is given, so the unit tests and
 * the benchmark run the same code on files read from disk.
 */
export interface VergeData {
  manifest(): Promise<Manifest>;
  streets(prefix: string): Promise<StreetsFile>;
  postcodes(sector: string): Promise<PostcodesFile>;
  cell(id: string): Promise<CellFile>;
}

export type SearchAnswer =
  /** The input cannot be searched: said at the search box, as a GOV.UK error message. */
  | { kind: 'problem'; message: string }
  | { kind: 'not-found'; message: string }
  | { kind: 'district'; outward: string; message: string }
  /** Several streets match: the resident picks one. */
  | { kind: 'choose-street'; heading: string; streets: StreetEntry[] }
  /** Show the verges on these streets. */
  | { kind: 'streets'; heading: string; streets: StreetEntry[] };

const SUGGESTIONS = 8;

/** Streets with this key, or starting with it; in a locality when one is given. */
export function matchStreets(file: StreetsFile, key: string, locality: string | null): StreetEntry[] {
  const inLocality = (street: StreetEntry) => !locality || street.l.toLowerCase().startsWith(locality);
  const exact = file.streets.filter((street) => street.k === key);
  const starting = exact.length > 0 ? exact : file.streets.filter((street) => street.k.startsWith(key));
  const placed = starting.filter(inLocality);
  return placed.length > 0 ? placed : starting;
}

export const streetLabel = (street: Pick<StreetEntry, 'n' | 'l'>) => `${street.n}, ${street.l}`;

type StreetQuery = Extract<VergeQuery, { kind: 'street' }>;

async function answerStreet(data: VergeData, manifest: Manifest, query: StreetQuery): Promise<SearchAnswer> {
  const messages = searchMessages(manifest.examples);
  const prefix = streetPrefix(query.key);
  const file = manifest.prefixes.includes(prefix) ? await data.streets(prefix) : null;
  const streets = file ? matchStreets(file, query.key, query.locality) : [];
  if (streets.length === 0) return { kind: 'not-found', message: messages.unknownStreet(query.text) };
  if (streets.length === 1) return { kind: 'streets', heading: `Verges on ${streetLabel(streets[0]!)}`, streets };
  return { kind: 'choose-street', heading: `${streets.length} streets match “${query.text}”`, streets };
}

async function answerPostcode(data: VergeData, manifest: Manifest, postcode: string): Promise<SearchAnswer> {
  const sector = postcodeSector(postcode);
  const file = manifest.sectors.includes(sector) ? await data.postcodes(sector) : null;
  const streets = (file?.postcodes[postcode] ?? []).flatMap((index) => file?.streets[index] ?? []);
  if (streets.length === 0) {
    return { kind: 'not-found', message: searchMessages(manifest.examples).unknownPostcode(postcode) };
  }
  return { kind: 'streets', heading: `Verges next to ${postcode}`, streets };
}

export async function answerQuery(data: VergeData, input: string): Promise<SearchAnswer> {
  const manifest = await data.manifest();
  const messages = searchMessages(manifest.examples);
  const query = parseQuery(input);
  switch (query.kind) {
    case 'empty':
      return { kind: 'problem', message: messages.empty };
    case 'too-short':
      return { kind: 'problem', message: messages.tooShort };
    case 'partial-postcode':
      return { kind: 'problem', message: messages.partialPostcode };
    case 'district':
      return manifest.districts.includes(query.outward)
        ? { kind: 'district', outward: query.outward, message: messages.district(query.outward) }
        : { kind: 'not-found', message: messages.unknownDistrict(query.outward) };
    case 'postcode':
      return answerPostcode(data, manifest, query.postcode);
    case 'street':
      return answerStreet(data, manifest, query);
  }
}

function postcodeTyped(query: VergeQuery): { typed: string; sector: string } | null {
  if (query.kind === 'postcode') return { typed: query.postcode, sector: postcodeSector(query.postcode) };
  if (query.kind === 'partial-postcode' && query.sector) return { typed: query.text, sector: query.sector };
  return null;
}

/** What the search box offers as the resident types: streets, or postcodes once a sector is typed. */
export async function suggest(data: VergeData, input: string): Promise<string[]> {
  const manifest = await data.manifest();
  const query = parseQuery(input);
  if (query.kind === 'street') {
    const prefix = streetPrefix(query.key);
    if (!manifest.prefixes.includes(prefix)) return [];
    const file = await data.streets(prefix);
    return file.streets
      .filter((street) => street.k.startsWith(query.key))
      .slice(0, SUGGESTIONS)
      .map(streetLabel);
  }
  const postcode = postcodeTyped(query);
  if (!postcode || !manifest.sectors.includes(postcode.sector)) return [];
  const file = await data.postcodes(postcode.sector);
  const typed = postcode.typed.replace(/\s+/g, '');
  return Object.keys(file.postcodes)
    .filter((postcode) => postcode.replace(' ', '').startsWith(typed))
    .slice(0, SUGGESTIONS);
}
