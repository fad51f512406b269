import { BNG, WGS84, type Crs } from '@doorstep/domain/projection';

/**
 * Which projection a file is in. Councils' files say so in the legacy GeoJSON `crs`
 * member or a shapefile's .prj; when they do not, the size of the numbers tells:
 * degrees are within ±180, National Grid metres run to 700,000 east and 1,300,000 north.
 */
export type CrsGuess = 'wgs84' | 'bng' | 'other';

const NAMES: Array<[RegExp, Crs]> = [
  [/(^|[:/])(27700)$/, BNG],
  [/(^|[:/])(4326|CRS84)$/i, WGS84],
];

/** The CRS a GeoJSON `crs` member or `--crs` flag names, null if none, or the unknown name. */
export function crsFromName(name: string): Crs | { unknown: string } {
  const trimmed = name.trim();
  for (const [pattern, crs] of NAMES) if (pattern.test(trimmed)) return crs;
  return { unknown: trimmed };
}

/** From a shapefile's .prj (ESRI WKT). */
export function crsFromPrj(wkt: string): Crs | { unknown: string } {
  if (/British_National_Grid|OSGB[ _]?1936/i.test(wkt) && /PROJCS/i.test(wkt)) return BNG;
  if (!/PROJCS/i.test(wkt) && /WGS[ _]?(19)?84/i.test(wkt)) return WGS84;
  const name = /^\s*(?:PROJCS|GEOGCS)\["([^"]+)"/i.exec(wkt)?.[1];
  return { unknown: name ?? wkt.slice(0, 60) };
}

export function guessCrs([x, y]: readonly number[]): CrsGuess {
  if (x === undefined || y === undefined) return 'other';
  if (Math.abs(x) <= 180 && Math.abs(y) <= 90) return 'wgs84';
  if (x >= 0 && x <= 700_000 && y >= 0 && y <= 1_300_000) return 'bng';
  return 'other';
}

/** The first position of a GeoJSON geometry's coordinates, if it has numbers where a position should be. */
export function firstPosition(geometry: unknown): number[] | null {
  let value: unknown = (geometry as { coordinates?: unknown } | null)?.coordinates;
  while (Array.isArray(value) && Array.isArray(value[0])) value = value[0];
  return Array.isArray(value) && value.every((item) => typeof item === 'number') ? value : null;
}

export const CRS_NAMES: Record<Crs, string> = {
  [BNG]: 'British National Grid (EPSG:27700)',
  [WGS84]: 'WGS84 longitude and latitude (EPSG:4326)',
};
