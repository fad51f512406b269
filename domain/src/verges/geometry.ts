import { z } from 'zod';

/**
 * A verge's shape: GeoJSON (RFC 7946) in WGS84 longitude and latitude. Stretches of
 * verge are lines, areas of amenity grass and visibility splays are polygons. Points
 * are refused: residents search for grass along a street, and a point cannot say
 * which stretch is cut.
 */
export const GREAT_BRITAIN = { minLongitude: -9, maxLongitude: 2, minLatitude: 49.8, maxLatitude: 61 } as const;

export const VERGE_GEOMETRY_TYPES = ['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'] as const;

export type Position = [longitude: number, latitude: number];

/** A GeoJSON position; a height, if given, is dropped (verges are drawn flat). */
const position = z
  .array(z.number({ error: 'Each coordinate must be a number' }), {
    error: 'Each position must be a list of numbers, [longitude, latitude]',
  })
  .min(2, 'Each position needs a longitude and a latitude')
  .max(3, 'Each position must be [longitude, latitude], or with a height as well')
  .transform((values): Position => [values[0]!, values[1]!]);

const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** Twice the signed area in square degrees: enough to tell a ring that encloses nothing. */
function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let index = 1; index < ring.length; index += 1) {
    const [x1, y1] = ring[index - 1]!;
    const [x2, y2] = ring[index]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

const line = z
  .array(position, { error: 'A line must be a list of positions' })
  .min(2, 'A line needs at least 2 positions')
  .refine((points) => points.length < 2 || points.some((point) => !same(point, points[0]!)), {
    message: 'A line must go somewhere: all its positions are the same',
  });

const ring = z
  .array(position, { error: 'A polygon ring must be a list of positions' })
  .min(4, 'A polygon ring needs at least 4 positions: 3 corners and the first corner again to close it')
  .superRefine((points, ctx) => {
    if (points.length < 4) return; // already reported
    if (!same(points[0]!, points.at(-1)!)) {
      ctx.addIssue({
        code: 'custom',
        message: 'A polygon ring must be closed: its last position must be the same as its first',
      });
    } else if (ringArea(points) === 0) {
      ctx.addIssue({ code: 'custom', message: 'A polygon ring must enclose an area: its corners are in a line' });
    }
  });

const polygon = z.array(ring, { error: 'A polygon must be a list of rings' }).min(1, 'A polygon needs a ring');

const shapes = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('LineString'), coordinates: line }),
    z.object({ type: z.literal('MultiLineString'), coordinates: z.array(line).min(1, 'Give at least one line') }),
    z.object({ type: z.literal('Polygon'), coordinates: polygon }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon).min(1, 'Give at least one polygon') }),
  ],
  {
    error: (issue) => {
      const type = (issue.input as { type?: unknown } | undefined)?.type;
      const kinds = 'a LineString, MultiLineString, Polygon or MultiPolygon';
      return typeof type === 'string' ? `Use ${kinds}, not a ${type}` : `A geometry must be ${kinds}`;
    },
  },
);

export type VergeGeometry = z.output<typeof shapes>;

/** Every position with its path inside `coordinates`, for messages that say where. */
export function* positionsOf(geometry: VergeGeometry): Generator<[Position, number[]]> {
  function* walk(value: unknown, path: number[]): Generator<[Position, number[]]> {
    if (Array.isArray(value) && typeof value[0] === 'number') yield [value as Position, path];
    else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* walk(item, [...path, index]);
  }
  yield* walk(geometry.coordinates, []);
}

export function isInGreatBritain([longitude, latitude]: Position): boolean {
  const gb = GREAT_BRITAIN;
  return (
    longitude >= gb.minLongitude &&
    longitude <= gb.maxLongitude &&
    latitude >= gb.minLatitude &&
    latitude <= gb.maxLatitude
  );
}

/** Reports the first position outside Great Britain (and how many more), not each one. */
export const vergeGeometrySchema = shapes.superRefine((geometry, ctx) => {
  const outside = [...positionsOf(geometry)].filter(([point]) => !isInGreatBritain(point));
  const [first, path] = outside[0] ?? [];
  if (!first || !path) return;
  const more = outside.length > 1 ? ` (and ${outside.length - 1} more)` : '';
  ctx.addIssue({
    code: 'custom',
    path: ['coordinates', ...path],
    message:
      `Position [${first.join(', ')}] is outside Great Britain${more}: longitude must be from ` +
      `${GREAT_BRITAIN.minLongitude} to ${GREAT_BRITAIN.maxLongitude} and latitude from ${GREAT_BRITAIN.minLatitude} to ${GREAT_BRITAIN.maxLatitude} (WGS84)`,
  });
});
