import {
  binRoundFromCms,
  binRoundSchema,
  describeIssues,
  postcodeOutward,
  slugify,
  type BinRound,
} from '@doorstep/domain';
import { CmsRequestError, fetchAll } from '../graphql/client';
import { BinRoundsDocument } from '../graphql/__generated__/graphql';
import { streetKey } from '../verges/shared/keys';
import { loadVergeSite } from '../verges/build-time/site';

/**
 * Every published bin round, read once per build and checked with the domain's own
 * schema (a round the site cannot date fails the build, naming the street), arranged
 * as the pages need it: streets with their slugs, postcode districts, and the link to
 * each street's verge page when it has one.
 */
export interface BinStreet {
  round: BinRound;
  slug: string;
  /** The same street's verge page, if it has verges. */
  vergeSlug: string | null;
}

export interface BinDistrict {
  outward: string;
  postcodes: Array<{ postcode: string; streets: BinStreet[] }>;
}

export interface BinSite {
  streets: BinStreet[];
  districts: BinDistrict[];
}

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });
const CACHE = Symbol.for('doorstep.site.bins');
type BinCache = { [CACHE]?: Promise<BinSite> };

export function loadBinSite(): Promise<BinSite> {
  const cache = globalThis as BinCache;
  cache[CACHE] ??= build();
  return cache[CACHE];
}

const unEnum = (value: string | null) => value?.replace(/_/g, '-') ?? null;

function parseRound(raw: unknown): BinRound {
  const result = binRoundSchema.safeParse(binRoundFromCms(raw));
  if (result.success) return result.data;
  const name = (raw as { streetName?: unknown } | null)?.streetName;
  throw new CmsRequestError(
    `The bin round of "${String(name)}" cannot be shown:\n- ${describeIssues(result.error).join('\n- ')}`,
  );
}

async function build(): Promise<BinSite> {
  const [nodes, verges] = await Promise.all([
    fetchAll(BinRoundsDocument, (result) => result.binRounds_connection!),
    loadVergeSite(),
  ]);
  const vergeStreets = new Map(
    verges.streets.map((street) => [`${street.key}|${street.locality.toLowerCase()}`, street.slug]),
  );
  const rounds = nodes
    .map((node) =>
      parseRound({
        ...node,
        // GraphQL names enum values without hyphens (garden_waste); the domain's are garden-waste.
        services: node.services?.flatMap((service) => (service ? [{ ...service, bin: unEnum(service.bin) }] : [])),
        exceptions: node.exceptions?.flatMap((change) => (change ? [{ ...change, bin: unEnum(change.bin) }] : [])),
      }),
    )
    .sort((a, b) => collator.compare(a.streetName, b.streetName) || collator.compare(a.locality, b.locality));
  const taken = new Set<string>();
  const streets = rounds.map((round): BinStreet => {
    // "St Mary's Road" is st-marys-road, as on the verge pages.
    const base = slugify(`${round.streetName} ${round.locality}`.replace(/['’‘`]/g, '')) || 'street';
    let slug = base;
    for (let count = 2; taken.has(slug); count += 1) slug = `${base}-${count}`;
    taken.add(slug);
    const vergeSlug = vergeStreets.get(`${streetKey(round.streetName)}|${round.locality.toLowerCase()}`) ?? null;
    return { round, slug, vergeSlug };
  });
  return { streets, districts: districtsOf(streets) };
}

function districtsOf(streets: readonly BinStreet[]): BinDistrict[] {
  const byPostcode = new Map<string, BinStreet[]>();
  for (const street of streets) {
    for (const postcode of street.round.postcodes)
      byPostcode.set(postcode, [...(byPostcode.get(postcode) ?? []), street]);
  }
  const districts = new Map<string, BinDistrict>();
  for (const postcode of [...byPostcode.keys()].sort(collator.compare)) {
    const outward = postcodeOutward(postcode);
    const district = districts.get(outward) ?? { outward, postcodes: [] };
    district.postcodes.push({ postcode, streets: byPostcode.get(postcode)! });
    districts.set(outward, district);
  }
  return [...districts.values()].sort((a, b) => collator.compare(a.outward, b.outward));
}
