import type { Position, VergeGeometry } from './geometry.js';

/**
 * Sizes and places of a verge's geometry, for search and the map. Verges are metres to
 * a few hundred metres across, so a flat projection around the shape (equirectangular)
 * is accurate to well under 0.1%; no geodesy library is needed.
 */
export type Bounds = [minLongitude: number, minLatitude: number, maxLongitude: number, maxLatitude: number];

/** Mean Earth radius (IUGG), metres. */
const EARTH_RADIUS = 6_371_008.8;
const RADIANS = Math.PI / 180;

/** Great-circle distance in metres between two [longitude, latitude] positions. */
export function haversineMetres([lon1, lat1]: Position, [lon2, lat2]: Position): number {
  const dLat = (lat2 - lat1) * RADIANS;
  const dLon = (lon2 - lon1) * RADIANS;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(h)));
}

function lines(geometry: VergeGeometry): Position[][] {
  switch (geometry.type) {
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
      return geometry.coordinates;
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
  }
}

function polygons(geometry: VergeGeometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  return geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
}

export function geometryBounds(geometry: VergeGeometry): Bounds {
  const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [longitude, latitude] of lines(geometry).flat()) {
    bounds[0] = Math.min(bounds[0], longitude);
    bounds[1] = Math.min(bounds[1], latitude);
    bounds[2] = Math.max(bounds[2], longitude);
    bounds[3] = Math.max(bounds[3], latitude);
  }
  return bounds;
}

/** Flat x/y in metres from a corner of the bounds (small numbers keep the shoelace sums exact). */
function flatten([minLon, minLat, , maxLat]: Bounds) {
  const scale = Math.cos(((minLat + maxLat) / 2) * RADIANS) * EARTH_RADIUS * RADIANS;
  return ([longitude, latitude]: Position): [number, number] => [
    (longitude - minLon) * scale,
    (latitude - minLat) * EARTH_RADIUS * RADIANS,
  ];
}

/** Signed area (m²) and area-weighted centre (flat metres) of one ring, by the shoelace formula. */
function ringMoments(ring: Position[], toFlat: (point: Position) => [number, number]) {
  let area = 0;
  let x = 0;
  let y = 0;
  const points = ring.map(toFlat);
  for (let index = 1; index < points.length; index += 1) {
    const [x1, y1] = points[index - 1]!;
    const [x2, y2] = points[index]!;
    const cross = x1 * y2 - x2 * y1;
    area += cross / 2;
    x += ((x1 + x2) * cross) / 6;
    y += ((y1 + y2) * cross) / 6;
  }
  return { area, x, y };
}

/** Area in square metres of a polygon verge (holes taken out); 0 for a line. */
export function geometryAreaSquareMetres(geometry: VergeGeometry): number {
  const toFlat = flatten(geometryBounds(geometry));
  return polygons(geometry).reduce((total, rings) => {
    const [outer, ...holes] = rings.map((ring) => Math.abs(ringMoments(ring, toFlat).area));
    return total + (outer ?? 0) - holes.reduce((sum, hole) => sum + hole, 0);
  }, 0);
}

/** Length in metres of a line verge, or the perimeter of a polygon. */
export function geometryLengthMetres(geometry: VergeGeometry): number {
  return lines(geometry).reduce(
    (total, line) => total + line.slice(1).reduce((sum, point, index) => sum + haversineMetres(line[index]!, point), 0),
    0,
  );
}

/**
 * Where to put a pin: the centre of area of a polygon, the middle (by length) of a
 * line. The centre of an L-shaped area can fall just outside it; near enough for a pin.
 */
export function geometryCentroid(geometry: VergeGeometry): Position {
  const [minLon, minLat, maxLon, maxLat] = geometryBounds(geometry);
  const scale = Math.cos(((minLat + maxLat) / 2) * RADIANS);
  let weight = 0;
  let sumLon = 0;
  let sumLat = 0;
  const add = (w: number, lon: number, lat: number) => {
    weight += w;
    sumLon += w * lon;
    sumLat += w * lat;
  };
  const toFlat = ([lon, lat]: Position): [number, number] => [(lon - minLon) * scale, lat - minLat];
  for (const rings of polygons(geometry)) {
    for (const [index, ring] of rings.entries()) {
      const moments = ringMoments(ring, toFlat);
      if (moments.area === 0) continue;
      // The outer ring counts positive and holes negative, whatever their winding.
      const weightOf = (index === 0 ? 1 : -1) * Math.abs(moments.area);
      add(weightOf, minLon + moments.x / moments.area / scale, minLat + moments.y / moments.area);
    }
  }
  if (weight === 0) {
    for (const line of lines(geometry)) {
      for (let index = 1; index < line.length; index += 1) {
        const [a, b] = [line[index - 1]!, line[index]!];
        add(Math.hypot((b[0] - a[0]) * scale, b[1] - a[1]), (a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
      }
    }
  }
  return weight === 0 ? [(minLon + maxLon) / 2, (minLat + maxLat) / 2] : [sumLon / weight, sumLat / weight];
}
