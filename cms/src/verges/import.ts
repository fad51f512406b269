import type { Core } from '@strapi/strapi';
import { checkVergeFile, silentProgress, type CheckOptions, type CheckResult } from '@doorstep/gis';
import { readExisting } from './existing';
import { writeVerges } from './write';

/**
 * `npm run import:verges`, as a function: the GIS pipeline (@doorstep/gis) checks the
 * file against what the CMS holds, then every good verge is written and published
 * in one transaction, or nothing.
 */
export interface ImportOptions extends CheckOptions {
  now?: Date;
}

export interface ImportResult extends Omit<CheckResult, 'outcome' | 'verges'> {
  outcome: 'imported' | 'checked' | 'refused';
  created: number;
  updated: number;
}

export async function importVerges(strapi: Core.Strapi, options: ImportOptions): Promise<ImportResult> {
  const { verges, outcome, ...checked } = await checkVergeFile(options, (references) =>
    readExisting(strapi, references),
  );
  if (outcome !== 'ready') return { ...checked, outcome, created: 0, updated: 0 };
  const tick = (options.progress ?? silentProgress).start('Writing verges', verges.length);
  const written = await writeVerges(strapi, verges, { now: options.now, onProgress: tick });
  return { ...checked, outcome: 'imported', ...written };
}
