import path from 'node:path';
import type { Verge } from '@doorstep/domain';
import type { Crs } from '@doorstep/domain/projection';
import { checkFeature, type ExistingVerge } from './check.js';
import { chooseCrs } from './choose-crs.js';
import { resolveMapping, type PropertyMap } from './mapping.js';
import { byPlace, duplicates, type ImportProblem } from './problems.js';
import { silentProgress, type Progress } from './progress.js';
import { readVergeFile, type RawFeature } from './read.js';
import { readSchedule } from './schedule.js';
import { text } from './values.js';

/**
 * `npm run import:verges` up to the write: read a council's verge layer (GeoJSON or
 * shapefile, British National Grid or WGS84) and optionally its schedule CSV, and
 * check every feature and row. The whole file is refused on any problem unless
 * `onlyValid`, when the verges without problems are kept and the rest reported.
 * What the CMS already holds comes from `existing`, so a re-import keeps it.
 */
export interface CheckOptions {
  file: string;
  schedule?: string;
  crs?: Crs;
  map?: PropertyMap;
  onlyValid?: boolean;
  dryRun?: boolean;
  progress?: Progress;
}

/** The verges the CMS holds already, by reference, for the references given. */
export type ExistingVerges = (references: string[]) => Promise<Map<string, ExistingVerge>>;

export interface CheckResult {
  /** `ready`: `verges` are to be written; `checked`: nothing to write (a dry run, or no good verge). */
  outcome: 'ready' | 'checked' | 'refused';
  features: number;
  valid: number;
  crs?: { crs: Crs; source: string };
  problems: ImportProblem[];
  verges: Verge[];
}

export async function checkVergeFile(options: CheckOptions, readExisting: ExistingVerges): Promise<CheckResult> {
  const file = path.basename(options.file);
  const progress = options.progress ?? silentProgress;
  const refuse = (problems: ImportProblem[], features = 0): CheckResult => ({
    outcome: 'refused',
    features,
    valid: 0,
    problems,
    verges: [],
  });

  const read = await readVergeFile(options.file);
  if (!read.ok) return refuse([{ file, message: read.message }]);
  const { features } = read;
  const crs = chooseCrs(features, read.declared, options.crs ?? null, read.declaredBy);
  if ('problem' in crs) return refuse([{ file, message: crs.problem }], features.length);
  const mapping = resolveMapping(
    new Set(features.flatMap((feature) => Object.keys(feature.properties))),
    options.map ?? {},
  );
  if (mapping.problems.length > 0)
    return refuse(
      mapping.problems.map((message) => ({ file, message })),
      features.length,
    );

  const referenceOf = (feature: RawFeature) =>
    mapping.properties.reference ? text(feature.properties[mapping.properties.reference]) : undefined;
  const schedule = options.schedule ? await readSchedule(options.schedule, mapping.properties.reference) : null;
  const references = features.map(referenceOf);
  const existing = await readExisting([...new Set(references.filter((ref): ref is string => ref !== undefined))]);

  const problems: ImportProblem[] = [...duplicates(file, references)];
  const valid: Verge[] = [];
  const tick = progress.start(`Checking ${file}`, features.length);
  for (const feature of features) {
    const checked = checkFeature(feature, {
      file,
      crs: crs.crs,
      properties: mapping.properties,
      scheduled: (reference) => schedule?.cuts.get(reference),
      existing: (reference) => existing.get(reference),
    });
    problems.push(...checked.problems);
    if (checked.verge) valid.push(checked.verge);
    if (feature.index % 1000 === 999 || feature.index === features.length - 1) tick(feature.index + 1);
  }

  const known = new Set(references);
  for (const row of schedule?.rows ?? []) {
    if (row.reference && !known.has(row.reference)) {
      const message = `No feature in ${file} has the reference ${row.reference}`;
      problems.push({
        file: path.basename(options.schedule!),
        line: row.line,
        reference: row.reference,
        field: 'reference',
        message,
      });
    }
  }
  problems.push(...(schedule?.problems ?? []));
  // A verge is only as good as its schedule rows and its reference's uniqueness.
  const flawed = new Set(problems.map((problem) => problem.reference).filter(Boolean));
  const verges = valid.filter((verge) => !flawed.has(verge.reference));
  problems.sort(byPlace);

  const result = { features: features.length, valid: verges.length, crs, problems };
  if (problems.length > 0 && !options.onlyValid) return { ...result, outcome: 'refused', verges: [] };
  if (options.dryRun || verges.length === 0) return { ...result, outcome: 'checked', verges: [] };
  return { ...result, outcome: 'ready', verges };
}
