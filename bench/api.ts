/**
 * `npm run bench:api`: Doorstep's GraphQL API against stock Strapi 5.54 with the
 * same content model, the same demo council and the same query, side by side in
 * one run. Doorstep runs twice: as shipped, where a repeated query is answered from
 * the API cache (ADR 0013; the normal case: the site and its visitors ask the same
 * things), and with the cache off (API_CACHE_MB=0), where every request reaches the
 * database. Rounds alternate between the three so drift on the machine hits all.
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
const APIS = [
  { name: 'stock Strapi 5.54', port: 18338, cache: null },
  { name: 'Doorstep, cache off', port: 18339, cache: null },
  { name: 'Doorstep, cached', port: 18337, cache: 'HIT' },
] as const;

await compileCms();
const stockDir = writeStockApp(path.join(RUNS_DIR, 'stock-app'));
for (const name of ['doorstep.db', 'doorstep-uncached.db', 'stock.db'])
  rmSync(path.join(RUNS_DIR, name), { force: true });

const servers = await Promise.all([
  startServer(['doorstep', CMS_DIR, '18337', path.join(RUNS_DIR, 'doorstep.db')]),
  startServer(['doorstep', CMS_DIR, '18339', path.join(RUNS_DIR, 'doorstep-uncached.db')], { API_CACHE_MB: '0' }),
  startServer(['stock', stockDir, '18338', path.join(RUNS_DIR, 'stock.db')]),
]);
try {
  for (const [name, query] of Object.entries(QUERIES)) {
    const body = JSON.stringify({ query });
    for (const api of APIS) {
      const url = `http://127.0.0.1:${api.port}/graphql`;
      await load(url, body, 2); // warm up
      // Twice: fetch sends an Accept header autocannon does not, and Accept is part of the cache's key.
      const ask = () => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      await ask();
      const response = await ask();
      const check: unknown = await response.json();
      const count = (check as { data?: { servicePages?: unknown[] } }).data?.servicePages?.length;
      if (count !== 25) throw new Error(`${api.name} answered ${JSON.stringify(check).slice(0, 300)}`);
      if (response.headers.get('x-cache') !== api.cache) {
        throw new Error(`${api.name} answered with X-Cache ${response.headers.get('x-cache')}, not ${api.cache}`);
      }
    }
    const results = APIS.map(() => [] as LoadResult[]);
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [index, api] of APIS.entries()) {
        results[index]!.push(await load(`http://127.0.0.1:${api.port}/graphql`, body, SECONDS));
      }
    }
    report(name, results.map(summarise));
  }
} finally {
  for (const server of servers) server.kill('SIGTERM');
}

function report(name: string, [stock, ...doorstep]: LoadResult[]): void {
  const ratio = (r: LoadResult) => `${(r.requestsPerSecond / stock!.requestsPerSecond).toFixed(2)}x`;
  const row = (api: string, r: LoadResult) =>
    `| ${api} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50.toFixed(0)} ms | ${r.p99.toFixed(0)} ms | ${r.errors + r.non2xx} | ${ratio(r)} |`;
  console.log(`\nGraphQL ${name}, 10 connections, ${ROUNDS} x ${SECONDS} s alternating rounds (medians)\n`);
  console.log('| API | requests/s | p50 | p99 | errors | ratio to stock (requests/s) |');
  console.log('|---|---|---|---|---|---|');
  console.log(row(APIS[0].name, stock!));
  doorstep.forEach((result, index) => console.log(row(APIS[index + 1]!.name, result)));
}
