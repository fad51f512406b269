import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { Verge } from '@doorstep/domain';
import type { Crs } from '@doorstep/domain/projection';
import { writeVerges } from '../write';
import { checkFeature } from './check';
import { chooseCrs } from './choose-crs';
import { readExisting } from './existing';
import { resolveMapping, type PropertyMap } from './mapping';
import { byPlace, duplicates, type ImportProblem } from './problems';
import { silentProgress, type Progress } from './progress';
import { readVergeFile, type RawFeature } from './read';
import { readSchedule } from './schedule';
import { text } from './values';

/**
 * `npm run import:verges`, as a function: read a council's verge layer (GeoJSON or
 * shapefile, British National Grid or WGS84) and optionally its schedule CSV, check
 * every feature and row, then write all of it in one transaction, or nothing. With
 * `onlyValid`, the verges without problems are written and the rest reported.
 */
export interface ImportOptions {
  file: string;
  schedule?: string;
  crs?: Crs;
  map?: PropertyMap;
  onlyValid?: boolean;
  dryRun?: boolean;
  progress?: Progress;
  now?: Date;
}

export interface ImportResult {
  outcome: 'imported' | 'checked' | 'refused';
  features: number;
  valid: number;
  created: number;
  updated: number;
  crs?: { crs: Crs; source: string };
  problems: ImportProblem[];
}

export { describeProblem, type ImportProblem } from './problems';

export async function importVerges(strapi: Core.Strapi, options: ImportOptions): Promise<ImportResult> {
  const file = path.basename(options.file);
  const progress = options.progress ?? silentProgress;
  const refuse = (problems: ImportProblem[], features = 0): ImportResult => ({
    outcome: 'refused',
    features,
    valid: 0,
    created: 0,
    updated: 0,
    problems,
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
  const existing = await readExisting(strapi, [
    ...new Set(references.filter((ref): ref is string => ref !== undefined)),
  ]);

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
  const importable = valid.filter((verge) => !flawed.has(verge.reference));
  problems.sort(byPlace);

  const result = { features: features.length, valid: importable.length, crs, problems };
  if (problems.length > 0 && !options.onlyValid) return { ...result, outcome: 'refused', created: 0, updated: 0 };
  if (options.dryRun || importable.length === 0) return { ...result, outcome: 'checked', created: 0, updated: 0 };
  const tickWrite = progress.start('Writing verges', importable.length);
  const written = await writeVerges(strapi, importable, { now: options.now, onProgress: tickWrite });
  return { ...result, outcome: 'imported', ...written };
}
