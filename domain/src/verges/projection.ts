import proj4 from 'proj4';
import type { Position } from './geometry.js';

/**
 * British National Grid (EPSG:27700) to WGS84 (EPSG:4326) and back. OSGB36 is not
 * WGS84: the +towgs84 term is Ordnance Survey's published 7-parameter Helmert shift
 * (docs.os.uk, "Approximate WGS84 to OSGB36/ODN transformation"), accurate to 3.5 m
 * (95%) against the exact OSTN15 grid. That is well inside a verge's width; OSTN15
 * would need a 15 MB grid file for centimetres nobody sees on a street map (ADR 0006).
 */
export const BNG = 'EPSG:27700';
export const WGS84 = 'EPSG:4326';
export type Crs = typeof BNG | typeof WGS84;

export const BNG_PROJ4 =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
  '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';

proj4.defs(BNG, BNG_PROJ4);
const converter = proj4(BNG, WGS84);

/** Seven decimal places of a degree is about 1 cm: enough, and a third of the bytes. */
const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

export function bngToWgs84([easting, northing]: readonly number[]): Position {
  const [longitude, latitude] = converter.forward([easting!, northing!]);
  return [round(longitude, 7), round(latitude, 7)];
}

export function wgs84ToBng([longitude, latitude]: readonly number[]): Position {
  const [easting, northing] = converter.inverse([longitude!, latitude!]);
  return [round(easting, 3), round(northing, 3)];
}

/** Every position of GeoJSON-style nested coordinates through `convert`; other values unchanged. */
export function mapPositions(coordinates: unknown, convert: (position: readonly number[]) => Position): unknown {
  if (!Array.isArray(coordinates)) return coordinates;
  if (coordinates.length >= 2 && coordinates.every((value) => typeof value === 'number')) {
    return convert(coordinates);
  }
  return coordinates.map((item) => mapPositions(item, convert));
}
