import { postcodeOutward, type VergeRecord } from '@doorstep/domain';
import { roundBounds } from './encode';
import type { DataBounds } from '../shared/format';
import { cellOf } from '../shared/grid';
import { loadVerges } from './load';
import { groupStreets, type VergeStreet } from './streets';

/**
 * The verges arranged for the site: streets for the street pages and the A to Z,
 * postcode districts for their pages, grid cells for the map's data files. Worked
 * out once per build from loadVerges().
 */
export interface PostcodeDistrict {
  /** "BW1". */
  outward: string;
  /** "bw1": /verges/postcodes/bw1/. */
  slug: string;
  /** Each postcode in order, with the streets beside it. */
  postcodes: Array<{ postcode: string; streets: VergeStreet[] }>;
}

export interface VergeSite {
  streets: VergeStreet[];
  streetOf: Map<string, VergeStreet>;
  districts: PostcodeDistrict[];
  cells: Map<string, VergeRecord[]>;
  bounds: DataBounds | null;
}

const collator = new Intl.Collator('en-GB', { numeric: true });

function districtsOf(streets: readonly VergeStreet[]): PostcodeDistrict[] {
  const byPostcode = new Map<string, VergeStreet[]>();
  for (const street of streets) {
    for (const postcode of street.postcodes) byPostcode.set(postcode, [...(byPostcode.get(postcode) ?? []), street]);
  }
  const districts = new Map<string, PostcodeDistrict>();
  for (const postcode of [...byPostcode.keys()].sort(collator.compare)) {
    const outward = postcodeOutward(postcode);
    let district = districts.get(outward);
    if (!district) {
      district = { outward, slug: outward.toLowerCase(), postcodes: [] };
      districts.set(outward, district);
    }
    district.postcodes.push({ postcode, streets: byPostcode.get(postcode)! });
  }
  return [...districts.values()];
}

export function buildVergeSite(verges: readonly VergeRecord[]): VergeSite {
  const streets = groupStreets(verges);
  const streetOf = new Map<string, VergeStreet>();
  for (const street of streets) for (const verge of street.verges) streetOf.set(verge.reference, street);
  const cells = new Map<string, VergeRecord[]>();
  for (const verge of verges) {
    const id = cellOf(verge.centroid);
    const cell = cells.get(id);
    if (cell) cell.push(verge);
    else cells.set(id, [verge]);
  }
  const bounds =
    streets.length === 0
      ? null
      : roundBounds(
          [0, 1, 2, 3].map((side) => (side < 2 ? Math.min : Math.max)(...streets.map((s) => s.bounds[side]!))),
        );
  return { streets, streetOf, districts: districtsOf(streets), cells, bounds };
}

const CACHE = Symbol.for('doorstep.site.verge-site');
type SiteCache = { [CACHE]?: Promise<VergeSite> };

/** Once per build, however many pages and data files ask. */
export function loadVergeSite(): Promise<VergeSite> {
  const cache = globalThis as SiteCache;
  cache[CACHE] ??= loadVerges().then(buildVergeSite);
  return cache[CACHE];
}
