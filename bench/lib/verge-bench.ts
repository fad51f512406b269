import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestCms } from '../../scripts/lib/cms/throwaway';
import { generateVerges, type GeneratedVerge } from '@doorstep/demo';
import { toBngFeatureCollection, toScheduleCsv } from '@doorstep/demo';
import { RUNS_DIR } from './harness';
import { vergeSiteMeasure } from './verge-site/build';

/**
 * The verge benchmark's shared parts. Site figures (bytes per street search, search
 * time, build time) are `VergeMeasure`s in `siteMeasures`: `npm run bench:verges`
 * runs each against the CMS holding the 50,000 imported verges.
 */
export interface Figure {
  name: string;
  value: string;
  note?: string;
}

export interface VergeBenchContext {
  /** The CMS, after the import: every generated verge is published. */
  cms: TestCms;
  count: number;
  verges: readonly GeneratedVerge[];
  files: { geojson: string; schedule: string };
}

export type VergeMeasure = (context: VergeBenchContext) => Promise<Figure[]>;

/** Measures of the site's verge pages and map (bench/lib/verge-site/). */
export const siteMeasures: VergeMeasure[] = [vergeSiteMeasure];

export const AS_OF = '2026-07-15';

/** The benchmark's input: N verges as a council would export them, BNG GeoJSON plus schedule CSV. */
export function writeVergeFiles(count: number) {
  const verges = generateVerges({ count, asOf: AS_OF, prefix: 'BENCH-V' });
  const dir = path.join(RUNS_DIR, 'verges');
  mkdirSync(dir, { recursive: true });
  const files = {
    geojson: path.join(dir, `verges-${count}-bng.geojson`),
    schedule: path.join(dir, `verges-${count}-schedule.csv`),
  };
  writeFileSync(files.geojson, JSON.stringify(toBngFeatureCollection(verges)));
  writeFileSync(files.schedule, toScheduleCsv(verges));
  return { verges, files, megabytes: (statSync(files.geojson).size + statSync(files.schedule).size) / 1e6 };
}

/** Reads every page of the export endpoint, as the site build will. */
export async function readAllVerges(url: string, pageSize: number): Promise<{ count: number; bytes: number }> {
  let count = 0;
  let bytes = 0;
  for (let page = 1; ; page += 1) {
    const text = await (await fetch(`${url}/api/verges/export?page=${page}&pageSize=${pageSize}`)).text();
    bytes += Buffer.byteLength(text);
    const body = JSON.parse(text) as { data: unknown[]; meta: { pageCount: number } };
    count += body.data.length;
    if (page >= body.meta.pageCount) return { count, bytes };
  }
}

export const seconds = (since: number) => (performance.now() - since) / 1000;
export const perSecond = (count: number, elapsed: number) => Math.round(count / elapsed).toLocaleString('en-GB');
