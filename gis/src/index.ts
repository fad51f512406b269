/**
 * Doorstep's GIS import pipeline: the files a council's GIS team holds (GeoJSON, ESRI
 * shapefiles, a schedule CSV) read, their projection settled, their columns mapped
 * and every feature checked against the domain's verge rules. Nothing here writes:
 * the CMS (cms/src/verges/import.ts) writes what this accepts.
 */
export { checkVergeFile, type CheckOptions, type CheckResult, type ExistingVerges } from './check-file.js';
export { checkFeature, type ExistingVerge, type FeatureContext } from './check.js';
export { chooseCrs, type CrsChoice } from './choose-crs.js';
export { CRS_NAMES, crsFromName, crsFromPrj, firstPosition, guessCrs, type CrsGuess } from './crs.js';
export { parseCsv, type CsvRecord } from './csv.js';
export { originalPosition, toWgs84, type Reprojected } from './geometry.js';
export {
  parsePropertyMap,
  REQUIRED_FIELDS,
  resolveMapping,
  USUAL_NAMES,
  VERGE_FIELDS,
  type PropertyMap,
  type ResolvedMapping,
  type VergeField,
} from './mapping.js';
export { byPlace, describeProblem, duplicates, splitIssue, type ImportProblem } from './problems.js';
export { silentProgress, terminalProgress, type Progress, type Tick } from './progress.js';
export { readVergeFile, type RawFeature, type ReadResult } from './read.js';
export { readSchedule, type Schedule, type ScheduleRow } from './schedule.js';
export { readShapefile } from './shapefile.js';
export * as values from './values.js';
