/**
 * `npm run bench:account`: residents' accounts against what a stock Strapi 5.54 app
 * would use, side by side in one run, on SQLite and on PostgreSQL:
 * 1. signing in: Doorstep's code verification (`POST /api/account/verify`: the code's
 *    keyed hash, spending it, the account made on first sign-in, a session) against
 *    users-permissions' local login (`POST /api/auth/local`: bcrypt, a JWT);
 * 2. "my requests": the signed-in account page (`GET /api/account`, and its JSON
 *    `/api/account/me`) against stock Strapi's REST list of the same resident's
 *    submissions with a read-only API token.
 * 10 concurrent clients; rounds alternate so drift on the machine hits both.
 *
 *   BENCH_SECONDS (default 10), BENCH_ROUNDS (default 3),
 *   BENCH_DATABASES (default "sqlite,postgres"), BENCH_DATABASE_URL (default the local test database)
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import compileCms from '../scripts/lib/cms/compile';
import { CMS_DIR } from '../scripts/lib/cms/paths';
import { ACCOUNT_BENCH, codeEmail } from './lib/account-fixtures';
import { load, loadGet, RUNS_DIR, startServer, summarise, type LoadResult } from './lib/harness';
import { writeStockApp } from './lib/stock-app';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',');
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const OURS = 'http://127.0.0.1:18357';
const THEIRS = 'http://127.0.0.1:18358';

/** The stock app as a project would set it up for residents: login limits off (as Doorstep's are here), the list filterable by account. */
function stockAccountApp(): string {
  const dir = writeStockApp(path.join(RUNS_DIR, 'stock-account-app'));
  writeFileSync(
    path.join(dir, 'config/plugins.js'),
    `module.exports = ({ env }) => ({ 'users-permissions': { config: { jwtSecret: env('JWT_SECRET'), ratelimit: { enabled: false } } } });\n`,
  );
  const schemaFile = path.join(dir, 'src/api/form-submission/content-types/form-submission/schema.json');
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as { attributes: Record<string, { private?: boolean }> };
  delete schema.attributes.accountId?.private;
  writeFileSync(schemaFile, JSON.stringify(schema, null, 2));
  return dir;
}

let nextCode = 0;
const verifyRequest = () => {
  nextCode += 1;
  return {
    body: JSON.stringify({ email: codeEmail(nextCode), code: ACCOUNT_BENCH.code }),
    headers: { accept: 'application/json' },
  };
};
const loginRequest = JSON.stringify({ identifier: ACCOUNT_BENCH.residentEmail, password: ACCOUNT_BENCH.password });

const session = { cookie: `__Host-doorstep_session=${ACCOUNT_BENCH.sessionToken}` };
const stockList =
  `${THEIRS}/api/form-submissions?filters[accountId][$eq]=${ACCOUNT_BENCH.residentId}` +
  ['reference', 'formTitle', 'caseStatus', 'submittedAt', 'expectedReplyBy']
    .map((name, index) => `&fields[${index}]=${name}`)
    .join('') +
  '&sort=submittedAt:desc&pagination[pageSize]=100';
const token = { authorization: `Bearer ${ACCOUNT_BENCH.apiToken}` };

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

/** Each side answers as it should before it is timed. */
async function check(): Promise<void> {
  const verified = await fetch(`${OURS}/api/account/verify`, { method: 'POST', ...withJson(verifyRequest()) });
  const login = await fetch(`${THEIRS}/api/auth/local`, { method: 'POST', ...withJson({ body: loginRequest }) });
  const page = await fetch(`${OURS}/api/account`, { headers: session });
  const list = await fetch(stockList, { headers: token });
  const html = await page.text();
  const listed = ((await list.json()) as { data?: unknown[] }).data ?? [];
  const answers = [verified.status, login.status, page.status, list.status];
  if (answers.some((status) => status !== 200) || !html.includes('BENCH-') || listed.length !== ACCOUNT_BENCH.mine) {
    throw new Error(`Not ready: answers ${answers.join(', ')}, ${listed.length} listed by stock`);
  }
}

const withJson = (made: { body: string; headers?: Record<string, string> }) => ({
  body: made.body,
  headers: { 'content-type': 'application/json', ...made.headers },
});

async function bench(database: string, stockDir: string): Promise<void> {
  const postgres = database === 'postgres';
  const targets = postgres
    ? ['postgres:bench_account_doorstep', 'postgres:bench_account_stock']
    : ['doorstep', 'stock'].map((name) => path.join(RUNS_DIR, `account-${name}.db`));
  for (const target of targets) if (!postgres) rmSync(target, { force: true });
  const drop = postgres ? await postgresSchemas(['bench_account_doorstep', 'bench_account_stock']) : async () => {};
  const env = { BENCH_ACCOUNT: 'true', AUTH_RATE_LIMIT: 'false', ACCOUNT_SECRET: 'bench-account-secret-0123456789' };
  const started = await Promise.allSettled([
    startServer(['doorstep', CMS_DIR, '18357', targets[0]!], env),
    startServer(['stock', stockDir, '18358', targets[1]!], env),
  ]);
  const servers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    // One that started is not left running, holding its port, when the other did not.
    for (const server of servers) server.kill('SIGTERM');
    await drop();
    throw failed.reason;
  }
  try {
    await check();
    const results: Record<string, LoadResult[]> = { verify: [], login: [], page: [], me: [], list: [] };
    await load(`${OURS}/api/account/verify`, verifyRequest, 2); // warm each up
    await load(`${THEIRS}/api/auth/local`, loginRequest, 2);
    await loadGet(`${OURS}/api/account`, session, 2);
    await loadGet(stockList, token, 2);
    for (let round = 0; round < ROUNDS; round += 1) {
      results.login!.push(await load(`${THEIRS}/api/auth/local`, loginRequest, SECONDS));
      results.verify!.push(await load(`${OURS}/api/account/verify`, verifyRequest, SECONDS));
      results.list!.push(await loadGet(stockList, token, SECONDS));
      results.page!.push(await loadGet(`${OURS}/api/account`, session, SECONDS));
      results.me!.push(await loadGet(`${OURS}/api/account/me`, session, SECONDS));
    }
    if (nextCode >= ACCOUNT_BENCH.codes) throw new Error('The run spent every code: raise ACCOUNT_BENCH.codes');
    const [verify, login, page, me, list] = (['verify', 'login', 'page', 'me', 'list'] as const).map((name) =>
      summarise(results[name]!),
    );
    report(database, [
      ['signing in', 'stock users-permissions local login (bcrypt, JWT)', login!, null],
      ['', 'Doorstep code verification (first sign-in, session)', verify!, login!],
      ['my requests', 'stock REST list, read-only API token', list!, null],
      ['', 'Doorstep account page (HTML)', page!, list!],
      ['', 'Doorstep /api/account/me (JSON)', me!, list!],
    ]);
  } finally {
    for (const server of servers) server.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await drop();
  }
}

function report(database: string, rows: Array<[string, string, LoadResult, LoadResult | null]>): void {
  console.log(`\nAccounts on ${database}, 10 clients, ${ROUNDS} x ${SECONDS} s alternating rounds (medians)\n`);
  console.log('| what | endpoint | requests/s | p50 | p99 | errors or non-2xx | ratio (requests/s) |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [what, name, r, base] of rows) {
    const ratio = base ? `**${(r.requestsPerSecond / base.requestsPerSecond).toFixed(2)}x**` : '';
    console.log(
      `| ${what} | ${name} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50.toFixed(0)} ms | ${r.p99.toFixed(0)} ms | ${r.errors + r.non2xx} | ${ratio} |`,
    );
  }
}

await compileCms();
const stockDir = stockAccountApp();
for (const database of DATABASES) await bench(database, stockDir);
