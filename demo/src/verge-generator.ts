import type { Position, Verge } from '@doorstep/domain';
import { bngToWgs84, mapPositions } from '@doorstep/domain/projection';
import { cutsPerSeason, SEASON, seasonCuts } from './verges/cuts.js';
import { NOTES } from './verges/places.js';
import { createRandom } from './verges/random.js';
import { vergeShapes, type VergeShape } from './verges/shapes.js';
import { streets } from './verges/streets.js';

/**
 * Verges for Bramblewick: the demo council's few thousand and the benchmarks' tens of
 * thousands, deterministic for a given seed and date. Each comes in WGS84 (as the CMS
 * stores it) and in British National Grid (as a council's GIS would export it).
 */
export interface VergeGeneratorOptions {
  count: number;
  /** The day the data is "as of" (YYYY-MM-DD): earlier cuts are done, later ones scheduled. */
  asOf: string;
  seed?: number;
  /** Reference prefix, so generated batches never collide with the demo council's. */
  prefix?: string;
}

export interface GeneratedVerge {
  verge: Verge;
  bngGeometry: VergeShape['geometry'];
}

/** The date clamped into the season, so data seeded in 2028 still looks like a season. */
export function seasonDate(date: Date): string {
  const day = date.toISOString().slice(0, 10);
  return day < SEASON.start ? SEASON.start : day > SEASON.end ? SEASON.end : day;
}

export function generateVerges(options: VergeGeneratorOptions): GeneratedVerge[] {
  const random = createRandom(options.seed ?? 2026);
  const prefix = options.prefix ?? 'BW-V';
  const verges: GeneratedVerge[] = [];
  if (options.count <= 0) return verges;
  for (const street of streets(random)) {
    // Crews work in rounds: each street's cuts fall in one of three weeks.
    const routeWeek = street.usrn % 3;
    for (const shape of vergeShapes(street, random)) {
      const cuts = seasonCuts(shape.category, routeWeek, options.asOf, random);
      const overdue = cuts.some(
        (cut) => cut.status === 'scheduled' && (cut.scheduledTo ?? cut.scheduledFrom) < options.asOf,
      );
      const verge: Verge = {
        reference: `${prefix}-${String(verges.length + 1).padStart(6, '0')}`,
        streetName: street.name,
        usrn: street.usrn,
        locality: street.locality.name,
        postcodes: street.postcodes,
        geometry: toWgs84(shape.geometry),
        areaSquareMetres: shape.areaSquareMetres,
        category: shape.category,
        cutsPerSeason: cutsPerSeason(shape.category),
        cuts,
        currentStatus: random.chance(0.02) ? 'problem-reported' : overdue ? 'cut-overdue' : 'fine',
        noteForResidents: random.chance(0.3) ? random.pick(NOTES[shape.category]) : null,
      };
      verges.push({ verge, bngGeometry: shape.geometry });
      if (verges.length === options.count) return verges;
    }
  }
  return verges;
}

function toWgs84(geometry: VergeShape['geometry']): Verge['geometry'] {
  const coordinates = mapPositions(geometry.coordinates, bngToWgs84);
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: coordinates as Position[][] }
    : { type: 'LineString', coordinates: coordinates as Position[] };
}
