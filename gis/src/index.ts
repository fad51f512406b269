/**
 * Doorstep's GIS import pipeline: the files a council's GIS team holds (GeoJSON, ESRI
 * shapefiles, a schedule CSV) read, their projection settled, their columns mapped
 * and every feature checked against the domain's verge rules. Nothing here writes:
 * the CMS (cms/src/verges/import.ts) writes what this accepts.
 */
export { checkVergeFile, type CheckOptions, type CheckResult, type ExistingVerges } from './check-file';
export { checkFeature, type ExistingVerge, type FeatureContext } from './check';
export { chooseCrs, type CrsChoice } from './choose-crs';
export { CRS_NAMES, crsFromName, crsFromPrj, firstPosition, guessCrs, type CrsGuess } from './crs';
export { parseCsv, type CsvRecord } from './csv';
export { originalPosition, toWgs84, type Reprojected } from './geometry';
export {
  parsePropertyMap,
  REQUIRED_FIELDS,
  resolveMapping,
  USUAL_NAMES,
  VERGE_FIELDS,
  type PropertyMap,
  type ResolvedMapping,
  type VergeField,
} from './mapping';
export { byPlace, describeProblem, duplicates, splitIssue, type ImportProblem } from './problems';
export { silentProgress, terminalProgress, type Progress, type Tick } from './progress';
export { readVergeFile, type RawFeature, type ReadResult } from './read';
export { readSchedule, type Schedule, type ScheduleRow } from './schedule';
export { readShapefile } from './shapefile';
export * as values from './values';
