import type { Position } from '@doorstep/domain';
import { BNG, bngToWgs84, mapPositions, type Crs } from '@doorstep/domain/projection';

/**
 * A feature's geometry in WGS84, ready for the domain's checks. British National Grid
 * positions are checked against the grid's extent first and reprojected; messages
 * about a position then quote the council's own eastings and northings, not degrees.
 */
const BNG_EXTENT = { maxEasting: 700_000, maxNorthing: 1_300_000 };
const round7 = (value: number) => Math.round(value * 1e7) / 1e7;

export interface Reprojected {
  geometry: unknown;
  /** Problems found before reprojection, as [field, message]. */
  problems: Array<[string, string]>;
}

function inGrid([easting, northing]: readonly number[]): boolean {
  return (
    easting !== undefined &&
    northing !== undefined &&
    easting >= 0 &&
    easting <= BNG_EXTENT.maxEasting &&
    northing >= 0 &&
    northing <= BNG_EXTENT.maxNorthing
  );
}

export function toWgs84(geometry: unknown, crs: Crs): Reprojected {
  if (typeof geometry !== 'object' || geometry === null) return { geometry, problems: [] };
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (crs !== BNG) {
    return {
      geometry: { type, coordinates: mapPositions(coordinates, ([x, y]) => [round7(x!), round7(y!)]) },
      problems: [],
    };
  }
  const outside: Array<[readonly number[], number[]]> = [];
  const walk = (value: unknown, path: number[]) => {
    if (Array.isArray(value) && value.length >= 2 && value.every((item) => typeof item === 'number')) {
      if (!inGrid(value)) outside.push([value, path]);
    } else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
  };
  walk(coordinates, []);
  const [first] = outside;
  if (first) {
    const more = outside.length > 1 ? ` (and ${outside.length - 1} more)` : '';
    const field = `geometry.coordinates${first[1].map((index) => `[${index}]`).join('')}`;
    const message = `Easting/northing [${first[0].join(', ')}] is outside the British National Grid${more} (0 to 700,000 east, 0 to 1,300,000 north)`;
    return { geometry: null, problems: [[field, message]] };
  }
  return { geometry: { type, coordinates: mapPositions(coordinates, bngToWgs84) }, problems: [] };
}

/** For a position the domain found outside Great Britain: the same position as the file gave it. */
export function originalPosition(original: unknown, field: string): Position | null {
  const path = [...field.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
  let value: unknown = (original as { coordinates?: unknown } | null)?.coordinates;
  for (const index of path) value = Array.isArray(value) ? value[index] : undefined;
  return Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number'
    ? [value[0], value[1]]
    : null;
}
