import type { Position, VergeCategory } from '@doorstep/domain';
import type { Random } from './random.js';
import type { Street } from './streets.js';

/**
 * Verges laid along a street in grid metres: a visibility splay at the junction where
 * the street starts, then stretches on both sides, cut into pieces the way a council
 * lists its assets. In town they are strips of amenity grass (polygons); out of town,
 * rural verges (lines along the road edge, cut one swathe wide).
 */
export interface VergeShape {
  category: VergeCategory;
  /** GeoJSON geometry in British National Grid metres. */
  geometry: { type: 'LineString'; coordinates: Position[] } | { type: 'Polygon'; coordinates: Position[][] };
  areaSquareMetres: number;
}

const TOWN_RADIUS = 650;
const round = (value: number) => Math.round(value * 100) / 100;

/** A point `distance` metres along the polyline. */
function along(points: Position[], distance: number): { point: Position; direction: Position } {
  let left = distance;
  for (let index = 1; index < points.length; index += 1) {
    const [a, b] = [points[index - 1]!, points[index]!];
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (left <= length || index === points.length - 1) {
      const t = Math.min(1, left / length);
      const direction: Position = [(b[0] - a[0]) / length, (b[1] - a[1]) / length];
      return { point: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], direction };
    }
    left -= length;
  }
  throw new Error('A street needs at least two points');
}

function lengthOf(points: Position[]): number {
  return points
    .slice(1)
    .reduce((sum, point, index) => sum + Math.hypot(point[0] - points[index]![0], point[1] - points[index]![1]), 0);
}

/** The stretch from `start` to `end` metres along, `offset` metres to one side (negative: the other). */
function offsetStretch(points: Position[], start: number, end: number, offset: number): Position[] {
  const steps = Math.max(2, Math.ceil((end - start) / 25));
  return Array.from({ length: steps + 1 }, (_, step) => {
    const { point, direction } = along(points, start + ((end - start) * step) / steps);
    return [round(point[0] - direction[1] * offset), round(point[1] + direction[0] * offset)];
  });
}

function shoelace(ring: Position[]): number {
  let sum = 0;
  for (let index = 1; index < ring.length; index += 1) {
    sum += ring[index - 1]![0] * ring[index]![1] - ring[index]![0] * ring[index - 1]![1];
  }
  return Math.abs(sum / 2);
}

function polygon(category: VergeCategory, ring: Position[]): VergeShape {
  const closed = [...ring, ring[0]!];
  return { category, geometry: { type: 'Polygon', coordinates: [closed] }, areaSquareMetres: round(shoelace(closed)) };
}

function splay(street: Street, random: Random): VergeShape {
  const { point, direction } = along(street.points, 0);
  const side = random.chance(0.5) ? 1 : -1;
  const normal: Position = [-direction[1] * side, direction[0] * side];
  const corner: Position = [point[0] + normal[0] * 5, point[1] + normal[1] * 5];
  const reach = random.between(15, 25);
  return polygon('visibility-splay', [
    [round(corner[0]), round(corner[1])],
    [round(corner[0] + direction[0] * reach), round(corner[1] + direction[1] * reach)],
    [round(corner[0] + normal[0] * reach * 0.6), round(corner[1] + normal[1] * reach * 0.6)],
  ]);
}

export function vergeShapes(street: Street, random: Random): VergeShape[] {
  const shapes: VergeShape[] = [splay(street, random)];
  const town = street.distanceFromCentre < TOWN_RADIUS;
  const total = lengthOf(street.points);
  for (const side of [1, -1]) {
    for (let start = 25; start < total - 30;) {
      const end = Math.min(total - 10, start + random.between(60, 140));
      if (town) {
        const inner = offsetStretch(street.points, start, end, side * 4);
        const outer = offsetStretch(street.points, start, end, side * (4 + random.between(2.5, 9))).reverse();
        shapes.push(polygon('urban-amenity', [...inner, ...outer]));
      } else {
        const line = offsetStretch(street.points, start, end, side * 5);
        const width = random.between(1.2, 3);
        shapes.push({
          category: 'rural-verge',
          geometry: { type: 'LineString', coordinates: line },
          areaSquareMetres: round(lengthOf(line) * width),
        });
      }
      start = end + random.between(8, 30);
    }
  }
  return shapes;
}
