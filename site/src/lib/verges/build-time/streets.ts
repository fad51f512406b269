import { slugify, type VergeRecord } from '@doorstep/domain';
import type { DataBounds } from '../shared/format';
import { roundBounds } from './encode';
import { cellOf } from '../shared/grid';
import { streetKey } from '../shared/keys';

/**
 * Verges grouped into streets, as residents look for them: a street is its name
 * (matched however it is written, "St Mary's Rd" or "ST MARYS ROAD") within a
 * locality, since Bramblewick and Kestrel Vale can each have a Mill Lane.
 */
export interface VergeStreet {
  name: string;
  key: string;
  locality: string;
  /** Unique across the site: /verges/streets/<slug>/. */
  slug: string;
  postcodes: string[];
  bounds: DataBounds;
  /** Grid cells holding its verges (a verge is filed in the cell of its centre). */
  cells: string[];
  /** In reference order. */
  verges: VergeRecord[];
}

/**
 * The street's USRN, when its verges name exactly one: alerts follow a street by it
 * (cms/src/alerts), so the street's own page and its postcode's offer them only then.
 */
export function streetUsrn(street: Pick<VergeStreet, 'verges'>): number | null {
  const usrns = [...new Set(street.verges.map((verge) => verge.usrn))];
  return usrns.length === 1 && usrns[0] !== undefined ? usrns[0] : null;
}

/** The CMS's subscribe page for a street's alerts, at the site's `/account/alerts/…` (cms/src/alerts/paths.ts). */
export const streetAlertsHref = (usrn: number) => `/account/alerts/subscribe?street=${usrn}`;

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

export const byStreetName = (a: VergeStreet, b: VergeStreet) =>
  collator.compare(a.name, b.name) || collator.compare(a.locality, b.locality);

function boundsOf(verges: readonly VergeRecord[]): DataBounds {
  return roundBounds([
    Math.min(...verges.map((verge) => verge.bounds[0])),
    Math.min(...verges.map((verge) => verge.bounds[1])),
    Math.max(...verges.map((verge) => verge.bounds[2])),
    Math.max(...verges.map((verge) => verge.bounds[3])),
  ]);
}

export function groupStreets(verges: readonly VergeRecord[]): VergeStreet[] {
  const groups = new Map<string, VergeRecord[]>();
  for (const verge of verges) {
    const id = `${streetKey(verge.streetName)}|${verge.locality.toLowerCase()}`;
    const group = groups.get(id);
    if (group) group.push(verge);
    else groups.set(id, [verge]);
  }
  const streets = [...groups.values()].map((group): VergeStreet => {
    const sorted = [...group].sort((a, b) => collator.compare(a.reference, b.reference));
    const first = sorted[0]!;
    return {
      name: first.streetName,
      key: streetKey(first.streetName),
      locality: first.locality,
      slug: '',
      postcodes: [...new Set(sorted.flatMap((verge) => verge.postcodes))].sort(),
      bounds: boundsOf(sorted),
      cells: [...new Set(sorted.map((verge) => cellOf(verge.centroid)))].sort(),
      verges: sorted,
    };
  });
  streets.sort(byStreetName);
  // Two streets whose names differ only in punctuation would share a slug: number the later one.
  const taken = new Set<string>();
  for (const street of streets) {
    // "St Mary's Road" is st-marys-road, not st-mary-s-road.
    const base = slugify(`${street.name} ${street.locality}`.replace(/['’‘`]/g, '')) || 'street';
    let slug = base;
    for (let count = 2; taken.has(slug); count += 1) slug = `${base}-${count}`;
    taken.add(slug);
    street.slug = slug;
  }
  return streets;
}
