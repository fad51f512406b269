/**
 * `npm run bench:cluster`: web form submissions per second through the site server
 * with one CMS instance and with two, both with CMS_CLUSTER=true on PostgreSQL (one
 * schema each), side by side in one run; rounds alternate, and each round's emails
 * are sent before the next starts, so neither setup's backlog runs in the other's
 * round. 10 concurrent clients; each submission is a new resident with a new key.
 * The API cache's ratio against stock Strapi is bench:api's.
 *
 *   BENCH_SECONDS (default 10), BENCH_ROUNDS (default 3), BENCH_DATABASE_URL (default the local test database)
 */
import { randomInt, randomUUID } from 'node:crypto';
import { IDEMPOTENCY_HEADER, submissionsPath } from '@doorstep/domain';
import compileCms from '../scripts/lib/cms/compile';
import { answersFor, FORM } from '../tests/cluster/support/submissions';
import { startClusterSetup, type ClusterSetup } from './lib/cluster-setup';
import { load, summarise, type LoadResult } from './lib/harness';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** How long a round's emails may take to go before the bench says so and goes on. */
const DRAIN_LIMIT_MS = 180_000;

/** A new resident (their address as the load balancer reports it) and a new key, per submission. */
const submission = () => ({
  body: JSON.stringify({ answers: answersFor(`resident-${randomUUID()}@example.com`) }),
  headers: {
    [IDEMPOTENCY_HEADER.toLowerCase()]: randomUUID(),
    'x-forwarded-for': `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`,
  },
});

/** Waits for the setup's emails to go; the seconds it took, or null when they did not within the limit. */
async function drain(setup: ClusterSetup): Promise<number | null> {
  const started = Date.now();
  while ((await setup.unsent()) > 0) {
    if (Date.now() - started > DRAIN_LIMIT_MS) return null;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return (Date.now() - started) / 1000;
}

async function round(setup: ClusterSetup, seconds: number, results: LoadResult[], drains: Array<number | null>) {
  const result = await load(`${setup.url}${submissionsPath(FORM)}`, submission, seconds);
  const drained = await drain(setup);
  console.log(
    `  ${setup.size} instance(s): ${result.requestsPerSecond.toFixed(1)} submissions/s, emails sent ${drained === null ? 'not yet' : `${drained.toFixed(1)} s`} after`,
  );
  results.push(result);
  drains.push(drained);
}

function report(setups: ClusterSetup[], results: LoadResult[][], drains: Array<Array<number | null>>): void {
  const summaries = results.map(summarise);
  console.log(
    `\nForm submissions through the site server, PostgreSQL, 10 clients, ${ROUNDS} x ${SECONDS} s alternating rounds (medians)\n`,
  );
  console.log(
    '| CMS instances (CMS_CLUSTER=true) | submissions/s | p50 | p99 | errors or non-2xx | emails sent after each round |',
  );
  console.log('|---|---|---|---|---|---|');
  setups.forEach((setup, index) => {
    const r = summaries[index]!;
    const drained = drains[index]!.map((s) =>
      s === null ? `not within ${DRAIN_LIMIT_MS / 1000} s` : `${s.toFixed(1)} s`,
    );
    console.log(
      `| ${setup.size} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50.toFixed(0)} ms | ${r.p99.toFixed(0)} ms | ${r.errors + r.non2xx} | ${drained.join(', ')} |`,
    );
  });
  const [one, two] = summaries;
  console.log(
    `\nratio two instances / one: ${(two!.requestsPerSecond / one!.requestsPerSecond).toFixed(2)}x submissions/s (goal 1.6x)`,
  );
  console.log(`emails received: ${setups.map((setup) => `${setup.size} instance(s): ${setup.mails()}`).join(', ')}`);
}

await compileCms();
const setups: ClusterSetup[] = [];
// Stopped by hand: the CMS processes and their schemas go too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(
    signal,
    () => void Promise.allSettled(setups.map((setup) => setup.stop())).finally(() => process.exit(1)),
  );
}
try {
  for (const size of [1, 2]) {
    const started = Date.now();
    setups.push(await startClusterSetup(size, DATABASE_URL));
    console.log(`${size} instance(s) up in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const results: LoadResult[][] = setups.map(() => []);
  const drains: Array<Array<number | null>> = setups.map(() => []);
  for (const setup of setups) {
    await load(`${setup.url}${submissionsPath(FORM)}`, submission, 2); // warm up
    await drain(setup);
  }
  for (let n = 0; n < ROUNDS; n += 1) {
    // Alternate which goes first, so drift on the machine hits both.
    const order = n % 2 === 0 ? [0, 1] : [1, 0];
    for (const index of order) await round(setups[index]!, SECONDS, results[index]!, drains[index]!);
  }
  report(setups, results, drains);
} finally {
  for (const setup of setups) await setup.stop();
}
