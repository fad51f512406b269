import { haversineMetres, summariseVerge, type VergeSummary } from '@doorstep/domain/verge-rules';
import { decodeCell, type MapVerge } from './decode';
import type { StreetEntry } from '../shared/format';
import { cellsAround, type LonLat } from '../shared/grid';
import { mapStatus, type MapStatus } from '../shared/labels';
import type { VergeData } from './search';

/**
 * The verges a search found, with what the resident reads about each: the
 * FixMyStreet sentences for their own today, and the status the map draws.
 */
export interface FoundVerge extends MapVerge {
  summary: VergeSummary;
  status: MapStatus;
  /** Metres from the resident, when found by "use my location". */
  distance?: number;
}

const collator = new Intl.Collator('en-GB', { numeric: true });

function found(verge: MapVerge, today: string): FoundVerge {
  const summary = summariseVerge(verge, today);
  return { ...verge, summary, status: mapStatus(summary.state) };
}

async function vergesIn(data: VergeData, cells: readonly string[]): Promise<MapVerge[]> {
  const files = await Promise.all([...new Set(cells)].map((cell) => data.cell(cell)));
  return files.flatMap(decodeCell);
}

/** Every verge on these streets, street by street in the order given, then by reference. */
export async function vergesOnStreets(
  data: VergeData,
  streets: readonly StreetEntry[],
  today: string,
): Promise<FoundVerge[]> {
  const order = new Map(streets.map((street, index) => [street.s, index]));
  const verges = await vergesIn(
    data,
    streets.flatMap((street) => street.c),
  );
  return verges
    .filter((verge) => order.has(verge.streetSlug))
    .sort((a, b) => order.get(a.streetSlug)! - order.get(b.streetSlug)! || collator.compare(a.reference, b.reference))
    .map((verge) => found(verge, today));
}

export const NEARBY_METRES = 300;
const NEARBY_MAX = 20;

/** The nearest verges within NEARBY_METRES of a position, nearest first. */
export async function vergesNear(data: VergeData, position: LonLat, today: string): Promise<FoundVerge[]> {
  const { cells } = await data.manifest();
  const near = cellsAround(position, NEARBY_METRES).filter((cell) => cells.includes(cell));
  const verges = await vergesIn(data, near);
  return verges
    .map((verge) => ({
      verge,
      distance: haversineMetres(position as [number, number], [verge.centre[1], verge.centre[0]]),
    }))
    .filter(({ distance }) => distance <= NEARBY_METRES)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, NEARBY_MAX)
    .map(({ verge, distance }) => ({ ...found(verge, today), distance: Math.round(distance) }));
}
