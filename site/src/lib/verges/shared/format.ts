/**
 * The verge data files the build writes under /verges/data/ and the map island
 * reads. Version 1; every file says so in `v`, and the island refuses another.
 *
 * - `index.json`, the manifest: street-name prefixes, postcode sectors and
 *   districts that have files, and the bounds of all verges.
 * - `streets/<prefix>.json`: streets whose search key (normaliseStreetName)
 *   starts with those two characters ("ha" for Hawthorn Road).
 * - `postcodes/<sector>.json`: postcodes in one sector ("bw1-2" for BW1 2AB) and
 *   the streets beside each.
 * - `cells/<cell>.json`: every verge whose centre is in one grid cell (grid.ts),
 *   with its shape and cuts, so the island works out next and last cut for the
 *   resident's own today.
 *
 * A street entry names the cells its verges are in and its bounds, so a search
 * fetches one small index file, then only those cells. Short keys keep files
 * small; gzip takes care of the repetition.
 */
import type { VergeCategory, VergeStatus } from '@doorstep/domain/verge-rules';

export const VERGE_DATA_VERSION = 1;

/** [west, south, east, north] in degrees, rounded to the grid (about 1 m). */
export type DataBounds = [number, number, number, number];

export interface StreetEntry {
  /** Street name as the council writes it. */
  n: string;
  /** Search key: normaliseStreetName(n). */
  k: string;
  /** Locality. */
  l: string;
  /** Slug of its page, /verges/streets/<s>/. */
  s: string;
  /** Postcodes beside it. */
  p: string[];
  b: DataBounds;
  /** Cells holding its verges. */
  c: string[];
  /** How many verges. */
  v: number;
}

export interface Manifest {
  v: typeof VERGE_DATA_VERSION;
  /** Street-name prefixes with a file under streets/. */
  prefixes: string[];
  /** Postcode sectors with a file under postcodes/ ("BW1 2"). */
  sectors: string[];
  /** Outward codes with a page under /verges/postcodes/ ("BW1"). */
  districts: string[];
  /** Cells with a file under cells/: "use my location" fetches only those. */
  cells: string[];
  /** Where all the verges are; null when there are none. */
  bounds: DataBounds | null;
  /** A real street and postcode from the data, for hints and messages ("like Mill Lane"). */
  examples: { street: string; postcode: string } | null;
}

export interface StreetsFile {
  v: typeof VERGE_DATA_VERSION;
  prefix: string;
  streets: StreetEntry[];
}

export interface PostcodesFile {
  v: typeof VERGE_DATA_VERSION;
  sector: string;
  /** Each postcode and the indexes of its streets in `streets`. */
  postcodes: Record<string, number[]>;
  streets: StreetEntry[];
}

/**
 * A verge cut: [scheduledFrom, scheduledTo or "", "s" scheduled | "d" done | "k" skipped,
 * the date it was done or the reason it was skipped].
 */
export type EncodedCut = [string, string, 's' | 'd' | 'k', string?];

/**
 * A shape as whole grid units: each line or ring is [x, y, dx, dy, dx, dy, ...], the
 * first position counted from the cell's south-west corner, each next one from the last.
 */
export type EncodedGeometry =
  { t: 'L'; c: number[] } | { t: 'ML'; c: number[][] } | { t: 'P'; c: number[][] } | { t: 'MP'; c: number[][][] };

export interface CellVerge {
  /** Reference. */
  r: string;
  /** Index of its street in the cell's `streets`. */
  s: number;
  c: VergeCategory;
  st: VergeStatus;
  p: string[];
  /** Note for residents, when there is one. */
  n?: string;
  g: EncodedGeometry;
  k: EncodedCut[];
}

export interface CellFile {
  v: typeof VERGE_DATA_VERSION;
  id: string;
  streets: Array<{ n: string; l: string; s: string }>;
  verges: CellVerge[];
}

export const dataPaths = {
  manifest: 'index.json',
  streets: (prefix: string) => `streets/${prefix}.json`,
  postcodes: (sector: string) => `postcodes/${sectorFileName(sector)}.json`,
  cell: (id: string) => `cells/${id}.json`,
} as const;

/** "BW1 2" is written "bw1-2": no spaces in addresses. */
export const sectorFileName = (sector: string) => sector.toLowerCase().replace(' ', '-');
