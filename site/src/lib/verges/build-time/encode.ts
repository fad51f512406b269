/**
 * Build side of format.ts: a verge's shape and cuts in the compact form of the
 * cell files. Rounding each position to the grid first, then taking differences,
 * means rounding never adds up along a line.
 */
import type { Position, VergeCut, VergeGeometry } from '@doorstep/domain/verge-rules';
import type { DataBounds, EncodedCut, EncodedGeometry } from '../shared/format';
import { cellOrigin, COORDINATE_SCALE, fromUnits, toUnits } from '../shared/grid';

function encodeLine(points: readonly Position[], [originX, originY]: [number, number]): number[] {
  const flat: number[] = [];
  let [lastX, lastY] = [originX, originY];
  for (const [longitude, latitude] of points) {
    const [x, y] = [toUnits(longitude), toUnits(latitude)];
    flat.push(x - lastX, y - lastY);
    [lastX, lastY] = [x, y];
  }
  return flat;
}

export function encodeGeometry(geometry: VergeGeometry, cell: string): EncodedGeometry {
  const origin = cellOrigin(cell);
  const line = (points: readonly Position[]) => encodeLine(points, origin);
  switch (geometry.type) {
    case 'LineString':
      return { t: 'L', c: line(geometry.coordinates) };
    case 'MultiLineString':
      return { t: 'ML', c: geometry.coordinates.map(line) };
    case 'Polygon':
      return { t: 'P', c: geometry.coordinates.map(line) };
    case 'MultiPolygon':
      return { t: 'MP', c: geometry.coordinates.map((polygon) => polygon.map(line)) };
  }
}

export function encodeCut(cut: VergeCut): EncodedCut {
  const scheduledTo = cut.scheduledTo ?? '';
  switch (cut.status) {
    case 'scheduled':
      return [cut.scheduledFrom, scheduledTo, 's'];
    case 'done':
      return [cut.scheduledFrom, scheduledTo, 'd', cut.completedOn ?? ''];
    case 'skipped':
      return [cut.scheduledFrom, scheduledTo, 'k', cut.skipReason ?? ''];
  }
}

/** Bounds rounded outwards to the grid, so the rounded box still holds the shape. */
export function roundBounds([west, south, east, north]: readonly number[]): DataBounds {
  const down = (value = 0) => fromUnits(Math.floor(value * COORDINATE_SCALE));
  const up = (value = 0) => fromUnits(Math.ceil(value * COORDINATE_SCALE));
  return [down(west), down(south), up(east), up(north)];
}
