import type { Crs } from '@doorstep/domain/projection';
import { CRS_NAMES, firstPosition, guessCrs, type CrsGuess } from './crs.js';
import type { RawFeature } from './read.js';

/**
 * Settles a file's projection before any feature is read: what the file says, what
 * the `--crs` flag says, and what the coordinates look like must agree. A file in an
 * unexpected projection is refused once, for the whole file, rather than with an
 * "outside Great Britain" message on every feature.
 */
export type CrsChoice = { crs: Crs; source: string } | { problem: string };

const GUESS_CRS: Record<Exclude<CrsGuess, 'other'>, Crs> = { wgs84: 'EPSG:4326', bng: 'EPSG:27700' };
const where = (feature: RawFeature, position: number[]) =>
  `features[${feature.index}] starts at [${position.join(', ')}]`;

export function chooseCrs(
  features: readonly RawFeature[],
  declared: Crs | { unknown: string } | null,
  flag: Crs | null,
  declaredBy: string,
): CrsChoice {
  if (declared && typeof declared === 'object') {
    return {
      problem:
        `The file says it is in "${declared.unknown}" (${declaredBy}). Doorstep reads ${CRS_NAMES['EPSG:27700']} ` +
        `or ${CRS_NAMES['EPSG:4326']}: reproject the file first (in QGIS: Export, Save Features As, CRS).`,
    };
  }
  if (declared && flag && declared !== flag) {
    return {
      problem: `The file says ${CRS_NAMES[declared]} (${declaredBy}) but --crs says ${CRS_NAMES[flag]}: check which is right.`,
    };
  }
  const seen = new Map<CrsGuess, string>();
  for (const feature of features) {
    const position = firstPosition(feature.geometry);
    if (!position) continue;
    const guess = guessCrs(position);
    if (!seen.has(guess)) seen.set(guess, where(feature, position));
  }
  const other = seen.get('other');
  if (other) {
    return {
      problem:
        `The coordinates are neither degrees nor British National Grid metres (${other}). ` +
        `Web Mercator (EPSG:3857) perhaps? Reproject the file to EPSG:27700 or EPSG:4326.`,
    };
  }
  const chosen = flag ?? declared;
  const [wgs84, bng] = [seen.get('wgs84'), seen.get('bng')];
  if (chosen) {
    const mismatch = chosen === 'EPSG:4326' ? bng : wgs84;
    if (!mismatch) return { crs: chosen, source: flag ? '--crs' : declaredBy };
    const looks = chosen === 'EPSG:4326' ? CRS_NAMES['EPSG:27700'] : CRS_NAMES['EPSG:4326'];
    return { problem: `The file is taken to be in ${CRS_NAMES[chosen]}, but ${mismatch}, which looks like ${looks}.` };
  }
  if (wgs84 && bng) {
    return {
      problem: `Cannot tell the projection: ${wgs84} (degrees?) but ${bng} (metres?). Pass --crs EPSG:27700 or --crs EPSG:4326.`,
    };
  }
  if (wgs84 || bng) {
    const guess: Exclude<CrsGuess, 'other'> = bng ? 'bng' : 'wgs84';
    return { crs: GUESS_CRS[guess], source: 'the size of the coordinates' };
  }
  return { problem: 'No feature has coordinates to tell the projection from.' };
}
