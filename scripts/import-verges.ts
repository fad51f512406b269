/**
 * `npm run import:verges -- <file> [--schedule <csv>] [--crs EPSG:27700|EPSG:4326]
 *   [--map field=PROPERTY,...] [--only-valid] [--dry-run]`
 * Imports a council's verge layer into the CMS configured in cms/.env. Every problem is
 * reported with where it is; nothing is written unless the whole file is good (or
 * --only-valid is given). Exit codes: 0 imported or checked, 1 refused, 2 bad usage.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { bootLocalCms } from './lib/cms/boot';
import { CRS_NAMES, describeProblem, parsePropertyMap, terminalProgress } from '@doorstep/gis';
import { importVerges, type ImportResult } from '../cms/src/verges/import';

const USAGE =
  'Usage: npm run import:verges -- <verges.geojson|verges.shp> [--schedule cuts.csv] ' +
  '[--crs EPSG:27700|EPSG:4326] [--map reference=ASSET_ID,streetName=STREET] [--only-valid] [--dry-run]';

const args = z.object({
  file: z.string().refine(existsSync, { message: 'The file does not exist' }),
  schedule: z.string().refine(existsSync, { message: 'The schedule file does not exist' }).optional(),
  crs: z.enum(['EPSG:27700', 'EPSG:4326'], { error: '--crs must be EPSG:27700 or EPSG:4326' }).optional(),
  map: z.string().optional(),
  onlyValid: z.boolean(),
  dryRun: z.boolean(),
});

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function parse() {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        schedule: { type: 'string' },
        crs: { type: 'string' },
        map: { type: 'string' },
        'only-valid': { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
      },
    });
    if (positionals.length !== 1) usage('Give one verge file to import.');
    const parsed = args.safeParse({
      ...values,
      file: positionals[0],
      onlyValid: values['only-valid'],
      dryRun: values['dry-run'],
    });
    if (!parsed.success) usage(parsed.error.issues.map((issue) => issue.message).join('\n'));
    // Absolute, because booting the CMS moves the working directory to cms/.
    const schedule = parsed.data.schedule && path.resolve(parsed.data.schedule);
    return { ...parsed.data, file: path.resolve(parsed.data.file), schedule, map: parsePropertyMap(parsed.data.map) };
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
}

function report(result: ImportResult, options: ReturnType<typeof parse>): void {
  if (result.crs) {
    console.log(`Read ${result.features} features in ${CRS_NAMES[result.crs.crs]} (from ${result.crs.source}).`);
  }
  for (const problem of result.problems) console.log(`  ${describeProblem(problem)}`);
  const count = result.problems.length;
  if (result.outcome === 'refused') {
    console.log(`Refused: ${count} problem${count === 1 ? '' : 's'}; nothing was imported.`);
    if (result.valid > 0)
      console.log(`Fix them and run again, or add --only-valid to import the ${result.valid} good verges.`);
  } else if (result.outcome === 'checked') {
    console.log(
      `Checked: ${result.valid} verges would be imported${count ? `, ${count} problems skipped` : ''} (nothing written).`,
    );
  } else {
    console.log(`Imported ${result.valid} verges (${result.created} new, ${result.updated} updated), published.`);
    if (count) console.log(`Skipped the features and schedule rows with the ${count} problems above (--only-valid).`);
  }
  if (options.dryRun && result.outcome !== 'refused') console.log('Dry run: the CMS was not changed.');
}

/** Tells the live site to rebuild once, as publishing in the admin would (see site/server). */
async function askForRebuild(): Promise<void> {
  const { REBUILD_WEBHOOK_URL: url, REBUILD_SECRET: secret } = process.env;
  if (!url || !secret) return;
  await fetch(url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ event: 'entry.publish', model: 'verge' }),
    signal: AbortSignal.timeout(5000),
  }).catch(() =>
    console.error('(The live site did not answer the rebuild request; it will catch up on the next publish.)'),
  );
}

const options = parse();
// The importer writes verges only: no demo content (even when cms/.env seeds it for `npm start`)
// and no form emails, which the running CMS sends; two senders could send one twice.
const strapi = await bootLocalCms({ SEED_DEMO_COUNCIL: 'false', SMTP_HOST: '', STRAPI_LOG_LEVEL: 'error' }).catch(
  (error: unknown) => {
    console.error(`The CMS did not start: ${error instanceof Error ? error.message : String(error)}`);
    return process.exit(1);
  },
);
let code = 0;
try {
  const result = await importVerges(strapi, { ...options, progress: terminalProgress() });
  report(result, options);
  if (result.outcome === 'imported') await askForRebuild();
  code = result.outcome === 'refused' ? 1 : 0;
} catch (error) {
  console.error(`The import failed and nothing was written: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  await strapi.destroy();
}
process.exit(code);
