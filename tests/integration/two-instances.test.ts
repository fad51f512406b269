/**
 * Two CMS instances on one PostgreSQL database (issue 14). Started at the same moment
 * on an empty database, they take turns (cms/src/startup-lock.ts): one migrates and
 * seeds, the other finds it done, and nothing is made twice. They count a client's
 * form submissions together: the limit is in the database (rate-limiter-flexible's
 * PostgreSQL store), so spreading requests over instances gains nothing. PostgreSQL
 * runs on every machine this is tested on, so this suite uses it whatever
 * DATABASE_CLIENT says.
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresSchema, type TestDatabase } from '../../scripts/lib/cms/database';
import { startCmsProcess } from '../../scripts/lib/cms/process';

const PORTS = [0, 1].map(() => 20_000 + Math.floor(Math.random() * 20_000));
let database: TestDatabase;
const instances: ChildProcess[] = [];

beforeAll(async () => {
  const previous = { client: process.env.DATABASE_CLIENT, url: process.env.DATABASE_URL };
  process.env.DATABASE_CLIENT = 'postgres';
  if (previous.client !== 'postgres') process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';
  try {
    database = await createPostgresSchema();
  } finally {
    for (const [name, value] of [
      ['DATABASE_CLIENT', previous.client],
      ['DATABASE_URL', previous.url],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  const env = {
    ...database.env,
    FORM_SUBMISSIONS_PER_MINUTE: '1',
    FORM_SUBMISSIONS_BURST: '4',
    AUTH_RATE_LIMIT: 'true',
  };
  // Both at once on the empty schema; the one that seeds the demo council holds the other back till it is done.
  instances.push(
    ...(await Promise.all([
      startCmsProcess(PORTS[0]!, { ...env, SEED_DEMO_COUNCIL: 'true' }),
      startCmsProcess(PORTS[1]!, { ...env, SEED_DEMO_COUNCIL: 'true' }),
    ])),
  );
}, 240_000);

afterAll(async () => {
  for (const instance of instances) instance.kill('SIGKILL');
  await database?.drop();
});

describe('two CMS instances started together on an empty database', () => {
  it('both answer, and what starting makes is made once: four support levels, one demo council', async () => {
    const client = new pg.Client({ connectionString: database.env.DATABASE_URL });
    await client.connect();
    const schema = database.env.DATABASE_SCHEMA!;
    const count = async (table: string, where = 'published_at IS NOT NULL') =>
      Number(
        (await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.${table} WHERE ${where}`)).rows[0]!.n,
      );
    const levels = await count('support_levels');
    const forms = await count('form_definitions');
    const roles = await count('admin_roles', `code = 'doorstep-service-team'`);
    await client.end();
    expect({ levels, roles }).toEqual({ levels: 4, roles: 1 });
    expect(forms).toBe(33);
    for (const port of PORTS) {
      const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ supportLevels { key } }' }),
      });
      expect(((await answer.json()) as { data: { supportLevels: unknown[] } }).data.supportLevels).toHaveLength(4);
    }
  });
});

describe('a client’s rate limit across two CMS instances', () => {
  it('holds: four submissions in all, however they are spread, then 429 from both', async () => {
    const send = (port: number) =>
      fetch(`http://127.0.0.1:${port}/api/forms/report-a-missed-bin/submissions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({ answers: {} }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) statuses.push((await send(PORTS[i % 2]!)).status);
    // 422: the empty answers reached the form and were refused; 429: the limit, shared.
    expect(statuses).toEqual([422, 422, 422, 422, 429, 429, 429, 429]);
  });
});

describe('the sign-in limits across two CMS instances', () => {
  const login = (port: number, email: string) =>
    fetch(`http://127.0.0.1:${port}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: 'Wrong-password-1' }),
    }).then((response) => response.status);

  it('hold for one address: five tries in all, however they are spread, then 429 from both', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) statuses.push(await login(PORTS[i % 2]!, 'guess-me@bramblewick.example'));
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429, 429, 429]);
  });

  it('hold for one client trying many addresses: thirty in all, over both instances', async () => {
    const statuses: number[] = [];
    // The eight tries above count too, the refused ones included: 22 more, then refused.
    for (let i = 0; i < 24; i += 1) statuses.push(await login(PORTS[i % 2]!, `person-${i}@bramblewick.example`));
    expect(statuses).toEqual([...Array<number>(22).fill(400), 429, 429]);
  });
});
