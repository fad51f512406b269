/**
 * Two CMS instances on one PostgreSQL database count a client's form submissions
 * together (issue 14): the limit is in the database (rate-limiter-flexible's
 * PostgreSQL store), so spreading requests over instances gains nothing. PostgreSQL
 * runs on every machine this is tested on, so this suite uses it whatever
 * DATABASE_CLIENT says.
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
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
  const env = { ...database.env, FORM_SUBMISSIONS_PER_MINUTE: '1', FORM_SUBMISSIONS_BURST: '4' };
  // One migrates the empty schema and seeds the demo council; then the second starts.
  instances.push(await startCmsProcess(PORTS[0]!, { ...env, SEED_DEMO_COUNCIL: 'true' }));
  instances.push(await startCmsProcess(PORTS[1]!, env));
}, 240_000);

afterAll(async () => {
  for (const instance of instances) instance.kill('SIGKILL');
  await database?.drop();
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
