/**
 * How far a community hub is from a resident, for "Find a community hub near you".
 * Coordinates are WGS84 latitude and longitude in degrees, as the CMS keeps a hub's.
 */
import { haversineMetres } from '../verges/measures.js';

export interface LatLon {
  latitude: number;
  longitude: number;
}

/**
 * The great-circle distance between two points, in metres: the verges' haversine over
 * the WGS84 mean radius (verges/measures.ts), within 0.5% of the ellipsoid's distance
 * anywhere and far closer across one council's area, plenty for a mile to one decimal.
 */
export function distanceMetres(a: LatLon, b: LatLon): number {
  return haversineMetres([a.longitude, a.latitude], [b.longitude, b.latitude]);
}

export interface HubAtDistance<T> {
  hub: T;
  metres: number;
}

/** Hubs with their distance from `point`, nearest first; hubs as far as each other keep their order. */
export function hubsByDistance<T extends LatLon>(hubs: readonly T[], point: LatLon): HubAtDistance<T>[] {
  return hubs.map((hub) => ({ hub, metres: distanceMetres(point, hub) })).sort((a, b) => a.metres - b.metres);
}

export const METRES_PER_MILE = 1_609.344;

/**
 * "1.2 miles", "1.0 mile", "less than 0.1 miles": a distance in miles to one decimal,
 * as GOV.UK services write how far away a place is.
 */
export function milesAway(metres: number): string {
  const miles = (metres / METRES_PER_MILE).toFixed(1);
  if (miles === '0.0') return 'less than 0.1 miles';
  return miles === '1.0' ? '1.0 mile' : `${miles} miles`;
}
