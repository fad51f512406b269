/**
 * Browser side of format.ts: a cell file back into verges the domain rules take
 * (summariseVerge needs the cuts) and shapes Leaflet draws ([latitude, longitude]).
 * The files come from this site's own build, so the checks are structural, enough
 * to fail loudly on a file from another version, without shipping zod to phones.
 */
import type { VergeCategory, VergeCut, VergeStatus } from '@doorstep/domain/verge-rules';
import { VERGE_DATA_VERSION, type CellFile, type EncodedCut, type EncodedGeometry } from '../shared/format';
import { cellOrigin, fromUnits } from '../shared/grid';

export type LatLng = [latitude: number, longitude: number];

export type MapShape = { kind: 'line'; paths: LatLng[][] } | { kind: 'polygon'; polygons: LatLng[][][] };

export interface MapVerge {
  reference: string;
  streetName: string;
  locality: string;
  streetSlug: string;
  category: VergeCategory;
  currentStatus: VergeStatus;
  postcodes: string[];
  noteForResidents: string | null;
  cuts: VergeCut[];
  shape: MapShape;
  /** The average of its positions: where "use my location" measures to. */
  centre: LatLng;
}

export class VergeDataError extends Error {}

export function checkVersion(file: unknown, what: string): void {
  const version = typeof file === 'object' && file !== null ? (file as { v?: unknown }).v : undefined;
  if (version !== VERGE_DATA_VERSION) {
    throw new VergeDataError(`${what} is verge data version ${String(version)}, not ${VERGE_DATA_VERSION}`);
  }
}

function decodeLine(flat: number[], [originX, originY]: [number, number]): LatLng[] {
  if (!Array.isArray(flat) || flat.length % 2 !== 0) throw new VergeDataError('A verge shape is not a list of pairs');
  const points: LatLng[] = [];
  let [x, y] = [originX, originY];
  for (let index = 0; index < flat.length; index += 2) {
    x += flat[index]!;
    y += flat[index + 1]!;
    points.push([fromUnits(y), fromUnits(x)]);
  }
  return points;
}

export function decodeGeometry(geometry: EncodedGeometry, cell: string): MapShape {
  const origin = cellOrigin(cell);
  const line = (flat: number[]) => decodeLine(flat, origin);
  switch (geometry.t) {
    case 'L':
      return { kind: 'line', paths: [line(geometry.c)] };
    case 'ML':
      return { kind: 'line', paths: geometry.c.map(line) };
    case 'P':
      return { kind: 'polygon', polygons: [geometry.c.map(line)] };
    case 'MP':
      return { kind: 'polygon', polygons: geometry.c.map((polygon) => polygon.map(line)) };
  }
}

export function decodeCut([scheduledFrom, to, status, extra = '']: EncodedCut): VergeCut {
  const scheduledTo = to === '' ? null : to;
  switch (status) {
    case 's':
      return { scheduledFrom, scheduledTo, status: 'scheduled', skipReason: null, completedOn: null };
    case 'd':
      return { scheduledFrom, scheduledTo, status: 'done', skipReason: null, completedOn: extra || null };
    case 'k':
      return { scheduledFrom, scheduledTo, status: 'skipped', skipReason: extra || null, completedOn: null };
  }
}

function centreOf(shape: MapShape): LatLng {
  const points = shape.kind === 'line' ? shape.paths.flat() : shape.polygons.flat(2);
  const sum = points.reduce(([lat, lng], [pointLat, pointLng]) => [lat + pointLat, lng + pointLng], [0, 0]);
  return [sum[0] / points.length, sum[1] / points.length];
}

export function decodeCell(file: CellFile): MapVerge[] {
  checkVersion(file, `Cell ${file.id}`);
  return file.verges.map((verge) => {
    const street = file.streets[verge.s];
    if (!street) throw new VergeDataError(`Verge ${verge.r} in cell ${file.id} has no street`);
    const shape = decodeGeometry(verge.g, file.id);
    return {
      reference: verge.r,
      streetName: street.n,
      locality: street.l,
      streetSlug: street.s,
      category: verge.c,
      currentStatus: verge.st,
      postcodes: verge.p,
      noteForResidents: verge.n ?? null,
      cuts: verge.k.map(decodeCut),
      shape,
      centre: centreOf(shape),
    };
  });
}
