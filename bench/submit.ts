/**
 * `npm run bench:submit`: Doorstep's submission endpoint (validation with the
 * form's zod schema, idempotency, rate limit, snapshot, reply-by date) against
 * stock Strapi 5.54's own REST create of an equivalent form submission entry,
 * side by side in one run, on SQLite and on PostgreSQL. 10 concurrent clients;
 * rounds alternate so drift on the machine hits both.
 *
 *   BENCH_SECONDS (default 10), BENCH_ROUNDS (default 3),
 *   BENCH_DATABASES (default "sqlite,postgres"), BENCH_DATABASE_URL (default the local test database)
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import compileCms from '../scripts/lib/cms/compile';
import { CMS_DIR } from '../scripts/lib/cms/paths';
import { reportAMissedBin } from '@doorstep/demo';
import { load, RUNS_DIR, startServer, summarise, type LoadResult } from './lib/harness';
import { writeStockApp } from './lib/stock-app';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',');
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const answers = {
  bin: 'recycling',
  'out-by-7am': 'yes',
  address: { line1: '1 Market Street', town: 'Bramblewick', postcode: 'BW1 2AB' },
  'full-name': 'Sam Resident',
  email: 'sam@example.com',
};

/** What Doorstep's endpoint receives: the answers, and a new key per submission. */
const doorstepRequest = () => ({
  body: JSON.stringify({ answers }),
  headers: { 'idempotency-key': randomUUID() },
});

/** The same entry Doorstep stores, sent straight to stock Strapi's REST create (no checks at all). */
const stockRequest = (): { body: string; headers?: Record<string, string> } => ({
  body: JSON.stringify({
    data: {
      reference: randomUUID().slice(0, 14),
      formSlug: reportAMissedBin.slug,
      formTitle: reportAMissedBin.title,
      formVersion: 1,
      definitionSnapshot: reportAMissedBin,
      answers,
      caseStatus: 'received',
      timeline: [{ at: new Date().toISOString(), status: 'received', by: 'resident' }],
      submittedAt: new Date().toISOString(),
      expectedReplyBy: '2026-12-02',
      retainUntil: '2027-11-30',
      idempotencyKey: randomUUID(),
    },
  }),
});

async function postgresSchemas(names: string[]): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  for (const name of names) await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE; CREATE SCHEMA ${name}`);
  await client.end();
  return async () => {
    const dropper = new pg.Client({ connectionString: DATABASE_URL });
    await dropper.connect();
    for (const name of names) await dropper.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
    await dropper.end();
  };
}

async function bench(database: string, stockDir: string): Promise<void> {
  const postgres = database === 'postgres';
  const targets = postgres
    ? ['postgres:bench_doorstep', 'postgres:bench_stock']
    : ['doorstep', 'stock'].map((name) => path.join(RUNS_DIR, `submit-${name}.db`));
  for (const target of targets) if (!postgres) rmSync(target, { force: true });
  const drop = postgres ? await postgresSchemas(['bench_doorstep', 'bench_stock']) : async () => {};
  const servers = await Promise.all([
    startServer(['doorstep', CMS_DIR, '18347', targets[0]!]),
    startServer(['stock', stockDir, '18348', targets[1]!]),
  ]);
  const ours = 'http://127.0.0.1:18347/api/forms/report-a-missed-bin/submissions';
  const theirs = 'http://127.0.0.1:18348/api/form-submissions';
  try {
    const checks: Array<[string, () => { body: string; headers?: Record<string, string> }]> = [
      [ours, doorstepRequest],
      [theirs, stockRequest],
    ];
    for (const [url, make] of checks) {
      const made = make();
      const check = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...made.headers },
        body: made.body,
      });
      if (check.status !== 201 && check.status !== 200) {
        throw new Error(`${url} answered ${check.status}: ${await check.text()}`);
      }
    }
    await load(ours, doorstepRequest, 2); // warm both up
    await load(theirs, stockRequest, 2);
    const doorstep: LoadResult[] = [];
    const stock: LoadResult[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      stock.push(await load(theirs, stockRequest, SECONDS));
      doorstep.push(await load(ours, doorstepRequest, SECONDS));
    }
    report(database, summarise(doorstep), summarise(stock));
  } finally {
    for (const server of servers) server.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await drop();
  }
}

function report(database: string, ours: LoadResult, base: LoadResult): void {
  const row = (name: string, r: LoadResult) =>
    `| ${name} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50.toFixed(0)} ms | ${r.p99.toFixed(0)} ms | ${r.errors + r.non2xx} |`;
  console.log(`\nForm submissions on ${database}, 10 clients, ${ROUNDS} x ${SECONDS} s alternating rounds (medians)\n`);
  console.log('| endpoint | submissions/s | p50 | p99 | errors or non-2xx |');
  console.log('|---|---|---|---|---|');
  console.log(row('stock Strapi 5.54 REST create', base));
  console.log(row('Doorstep submission endpoint', ours));
  console.log(
    `\nratio Doorstep / stock: ${(ours.requestsPerSecond / base.requestsPerSecond).toFixed(2)}x submissions/s, ${(ours.p50 / base.p50).toFixed(2)}x p50, ${(ours.p99 / base.p99).toFixed(2)}x p99`,
  );
}

await compileCms();
const stockDir = writeStockApp(path.join(RUNS_DIR, 'stock-app'));
for (const database of DATABASES) await bench(database, stockDir);
