/**
 * `npm run bench:api`: Doorstep's GraphQL API against stock Strapi 5.54 with the
 * same content model, the same demo council and the same query, side by side in
 * one run. Rounds alternate between the two so drift on the machine hits both.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import compileCms from '../scripts/lib/cms/compile';
import { CMS_DIR } from '../scripts/lib/cms/paths';
import { load, RUNS_DIR, startServer, summarise, type LoadResult } from './lib/harness';
import { writeStockApp } from './lib/stock-app';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const QUERIES = {
  'list of 25 service pages': `{ servicePages(pagination: { pageSize: 25 }, sort: "title:asc") {
    documentId title slug summary taskType isTopTask updatedAt } }`,
  'list of 25 with area and level': `{ servicePages(pagination: { pageSize: 25 }, sort: "title:asc") {
    documentId title slug summary taskType serviceArea { title slug } supportLevel { key name } } }`,
};

await compileCms();
const stockDir = writeStockApp(path.join(RUNS_DIR, 'stock-app'));
for (const name of ['doorstep.db', 'stock.db']) rmSync(path.join(RUNS_DIR, name), { force: true });

const servers = await Promise.all([
  startServer(['doorstep', CMS_DIR, '18337', path.join(RUNS_DIR, 'doorstep.db')]),
  startServer(['stock', stockDir, '18338', path.join(RUNS_DIR, 'stock.db')]),
]);
try {
  for (const [name, query] of Object.entries(QUERIES)) {
    const body = JSON.stringify({ query });
    for (const port of [18337, 18338]) {
      const check: unknown = await (
        await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        })
      ).json();
      const count = (check as { data?: { servicePages?: unknown[] } }).data?.servicePages?.length;
      if (count !== 25) throw new Error(`port ${port} answered ${JSON.stringify(check).slice(0, 300)}`);
    }
    await load('http://127.0.0.1:18337/graphql', body, 2); // warm both up
    await load('http://127.0.0.1:18338/graphql', body, 2);
    const doorstep: LoadResult[] = [];
    const stock: LoadResult[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      stock.push(await load('http://127.0.0.1:18338/graphql', body, SECONDS));
      doorstep.push(await load('http://127.0.0.1:18337/graphql', body, SECONDS));
    }
    report(name, summarise(doorstep), summarise(stock));
  }
} finally {
  for (const server of servers) server.kill('SIGTERM');
}

function report(name: string, ours: LoadResult, base: LoadResult): void {
  const row = (name: string, r: LoadResult) =>
    `| ${name} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50.toFixed(0)} ms | ${r.p99.toFixed(0)} ms | ${r.errors + r.non2xx} |`;
  console.log(`\nGraphQL ${name}, 10 connections, ${ROUNDS} x ${SECONDS} s alternating rounds (medians)\n`);
  console.log('| API | requests/s | p50 | p99 | errors |');
  console.log('|---|---|---|---|---|');
  console.log(row('stock Strapi 5.54', base));
  console.log(row('Doorstep', ours));
  console.log(
    `\nratio Doorstep / stock: ${(ours.requestsPerSecond / base.requestsPerSecond).toFixed(2)}x requests/s, ${(ours.p50 / base.p50).toFixed(2)}x p50 latency`,
  );
}
