/**
 * `npm run bench:verges`: importing 50,000 verges (BENCH_VERGES) from a British National
 * Grid GeoJSON file and its schedule CSV into a fresh CMS, with `npm run
 * import:verges`'s own function, against stock Strapi's Document Service creating a
 * sample of the same verges one by one (BENCH_BASELINE_VERGES, extrapolated). Then
 * reading them all back through the export endpoint, and any site measures.
 */
import { terminalProgress } from '@doorstep/gis';
import { importVerges } from '../cms/src/verges/import';
import compileCms from '../scripts/lib/cms/compile';
import { startCms } from '../scripts/lib/cms/throwaway';
import { stockCreateSeconds } from './lib/stock-verges';
import { perSecond, readAllVerges, seconds, siteMeasures, writeVergeFiles, type Figure } from './lib/verge-bench';

const COUNT = Number(process.env.BENCH_VERGES ?? 50_000);
const BASELINE = Number(process.env.BENCH_BASELINE_VERGES ?? 1000);

await compileCms();
const figures: Figure[] = [];
let started = performance.now();
const { verges, files, megabytes } = writeVergeFiles(COUNT);
figures.push({
  name: 'input',
  value: `${COUNT.toLocaleString('en-GB')} verges, ${megabytes.toFixed(1)} MB`,
  note: `generated in ${seconds(started).toFixed(1)} s`,
});

const cms = await startCms();
let importSeconds = NaN;
try {
  started = performance.now();
  const result = await importVerges(cms.strapi, {
    file: files.geojson,
    schedule: files.schedule,
    progress: terminalProgress(),
  });
  importSeconds = seconds(started);
  if (result.outcome !== 'imported' || result.created !== COUNT) {
    throw new Error(`The import did not go through: ${result.outcome}, ${result.problems.length} problems`);
  }
  figures.push({
    name: 'import (read, check, write)',
    value: `${importSeconds.toFixed(1)} s`,
    note: `${perSecond(COUNT, importSeconds)} verges/s`,
  });
  for (const pageSize of [1000, 2000]) {
    started = performance.now();
    const read = await readAllVerges(cms.url, pageSize);
    const exportSeconds = seconds(started);
    if (read.count !== COUNT) throw new Error(`The export returned ${read.count} verges, not ${COUNT}`);
    figures.push({
      name: `export, pages of ${pageSize}`,
      value: `${exportSeconds.toFixed(1)} s`,
      note: `${(read.bytes / 1e6).toFixed(1)} MB, ${perSecond(COUNT, exportSeconds)} verges/s`,
    });
  }
  for (const measure of siteMeasures) figures.push(...(await measure({ cms, count: COUNT, verges, files })));
} finally {
  await cms.stop();
}

// Stock Strapi boots once Doorstep's CMS has stopped: Strapi keeps one global instance.
const sample = verges.slice(0, BASELINE).map(({ verge }) => ({ ...verge, reference: `STOCK-${verge.reference}` }));
const baselineSeconds = await stockCreateSeconds(sample);
const stockRate = BASELINE / baselineSeconds;
const importRate = COUNT / importSeconds;
figures.push(
  {
    name: `stock Document Service, ${BASELINE} verges`,
    value: `${baselineSeconds.toFixed(1)} s`,
    note: `${Math.round(stockRate)} verges/s; ${COUNT.toLocaleString('en-GB')} would take ${Math.round(COUNT / stockRate / 60)} min`,
  },
  {
    name: 'import rate vs stock',
    value: `${(importRate / stockRate).toFixed(0)}x`,
    note: `${Math.round(importRate)} vs ${Math.round(stockRate)} verges/s`,
  },
);

console.log('\nVerges benchmark\n');
for (const figure of figures)
  console.log(`  ${figure.name.padEnd(40)} ${figure.value.padStart(12)}   ${figure.note ?? ''}`);
