/**
 * The grid the build cuts verges into, shared by the build and the map island so
 * they cannot disagree. Cells are 1/125 of a degree of longitude by 1/200 of a
 * degree of latitude: about 550 m square in England, so a street touches one to
 * three of them and a phone downloads a few neighbourhoods, not the county.
 *
 * Positions are whole numbers of 1/100,000 degree (about 1.1 m north-south and
 * 0.7 m east-west in England): finer than a verge's edge is surveyed, and a few
 * characters shorter than raw degrees.
 */
export const COORDINATE_SCALE = 100_000;
export const CELLS_PER_DEGREE = { longitude: 125, latitude: 200 } as const;
/** The size of a cell in grid units (1/100,000 degree). */
export const CELL_UNITS = {
  longitude: COORDINATE_SCALE / CELLS_PER_DEGREE.longitude,
  latitude: COORDINATE_SCALE / CELLS_PER_DEGREE.latitude,
} as const;

export type CellId = string;
export type LonLat = readonly [longitude: number, latitude: number];

export const toUnits = (degrees: number) => Math.round(degrees * COORDINATE_SCALE);
export const fromUnits = (units: number) => units / COORDINATE_SCALE;

/** "-175_10452": the column and row of the cell holding a position. */
export function cellOf([longitude, latitude]: LonLat): CellId {
  return cellId(
    Math.floor(toUnits(longitude) / CELL_UNITS.longitude),
    Math.floor(toUnits(latitude) / CELL_UNITS.latitude),
  );
}

export const cellId = (column: number, row: number): CellId => `${column}_${row}`;

export function parseCellId(id: CellId): { column: number; row: number } {
  const match = /^(-?\d+)_(-?\d+)$/.exec(id);
  if (!match) throw new Error(`"${id}" is not a verge data cell`);
  return { column: Number(match[1]), row: Number(match[2]) };
}

/** The south-west corner of a cell, in grid units: positions in its file count from here. */
export function cellOrigin(id: CellId): [number, number] {
  const { column, row } = parseCellId(id);
  return [column * CELL_UNITS.longitude, row * CELL_UNITS.latitude];
}

/**
 * The cells within `metres` of a position (at most nine for a few hundred metres):
 * what "use my location" downloads to find the verges nearby.
 */
export function cellsAround([longitude, latitude]: LonLat, metres: number): CellId[] {
  const dLat = metres / 111_320;
  const dLon = metres / (111_320 * Math.cos((latitude * Math.PI) / 180));
  const [west, south] = cellOriginOf([longitude - dLon, latitude - dLat]);
  const [east, north] = cellOriginOf([longitude + dLon, latitude + dLat]);
  const cells: CellId[] = [];
  for (let column = west; column <= east; column += 1) {
    for (let row = south; row <= north; row += 1) cells.push(cellId(column, row));
  }
  return cells;
}

function cellOriginOf(position: LonLat): [number, number] {
  const { column, row } = parseCellId(cellOf(position));
  return [column, row];
}
