/**
 * `npm run import:bins -- <rounds.csv> [exceptions.csv] [--dry-run]`
 * Imports a council's bin collection rounds (and the collections moved, as over bank
 * holidays) into the CMS configured in cms/.env. Every problem is reported with its
 * file, line and column; nothing is written unless both files are good.
 * Exit codes: 0 imported or checked, 1 refused, 2 bad usage.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeProblem } from '@doorstep/gis';
import { bootLocalCms } from './lib/cms/boot';
import { importBinRounds, type BinImportResult } from '../cms/src/bins/import';

const USAGE = 'Usage: npm run import:bins -- <rounds.csv> [exceptions.csv] [--dry-run]';

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function parse() {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean', default: false } },
    });
    if (positionals.length < 1 || positionals.length > 2) usage('Give the rounds file, and the changes file if any.');
    for (const file of positionals) if (!existsSync(file)) usage(`${file} does not exist`);
    // Absolute, because booting the CMS moves the working directory to cms/.
    const [rounds, exceptions] = positionals.map((file) => path.resolve(file));
    return { rounds: rounds!, exceptions, dryRun: values['dry-run'] };
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
}

function report(result: BinImportResult): void {
  for (const problem of result.problems) console.log(`  ${describeProblem(problem)}`);
  const count = result.problems.length;
  const changes = `${result.changes} change${result.changes === 1 ? '' : 's'}`;
  if (result.outcome === 'refused')
    console.log(`Refused: ${count} problem${count === 1 ? '' : 's'}; nothing was imported.`);
  else if (result.outcome === 'checked')
    console.log(`Checked: ${result.streets} streets and ${changes} would be imported (nothing written).`);
  else
    console.log(
      `Imported ${result.streets} streets' collection rounds (${result.created} new, ${result.updated} updated) and ${changes}, published.`,
    );
}

/** Tells the live site to rebuild once, as publishing in the admin would (see site/server). */
async function askForRebuild(): Promise<void> {
  const { REBUILD_WEBHOOK_URL: url, REBUILD_SECRET: secret } = process.env;
  if (!url || !secret) return;
  await fetch(url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ event: 'entry.publish', model: 'bin-round' }),
    signal: AbortSignal.timeout(5000),
  }).catch(() =>
    console.error('(The live site did not answer the rebuild request; it will catch up on the next publish.)'),
  );
}

const options = parse();
// No demo content and no form emails: the running CMS sends those (see import-verges.ts).
const strapi = await bootLocalCms({ SEED_DEMO_COUNCIL: 'false', SMTP_HOST: '', STRAPI_LOG_LEVEL: 'error' }).catch(
  (error: unknown) => {
    console.error(`The CMS did not start: ${error instanceof Error ? error.message : String(error)}`);
    return process.exit(1);
  },
);
let code = 0;
try {
  const result = await importBinRounds(strapi, options);
  report(result);
  if (result.outcome === 'imported') await askForRebuild();
  code = result.outcome === 'refused' ? 1 : 0;
} catch (error) {
  console.error(`The import failed and nothing was written: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  await strapi.destroy();
}
process.exit(code);
