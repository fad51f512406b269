/**
 * A 201 means the submission is kept: submissions under load, the CMS killed with
 * SIGKILL mid-flight, started again on the same database, and every submission
 * that was answered 201 is there. Runs on SQLite locally and on PostgreSQL in CI.
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import type Sqlite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../scripts/lib/cms/database';
import { startCmsProcess } from '../../scripts/lib/cms/process';

const require = createRequire(import.meta.url);
const PORT = 20_000 + Math.floor(Math.random() * 20_000);
const base = `http://127.0.0.1:${PORT}`;
let database: TestDatabase;
let child: ChildProcess | undefined;

const startCms = () =>
  startCmsProcess(PORT, {
    ...database.env,
    SEED_DEMO_COUNCIL: 'true',
    FORM_SUBMISSIONS_PER_MINUTE: '100000',
    FORM_SUBMISSIONS_BURST: '100000',
  });

/** References that are in the database, read straight from it. */
async function storedReferences(references: string[]): Promise<Set<string>> {
  if (database.env.DATABASE_CLIENT === 'postgres') {
    const client = new pg.Client({ connectionString: database.env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query<{ reference: string }>(
      `SELECT reference FROM ${database.env.DATABASE_SCHEMA}.form_submissions WHERE reference = ANY($1)`,
      [references],
    );
    await client.end();
    return new Set(rows.map((row) => row.reference));
  }
  const Database = require('better-sqlite3') as typeof Sqlite;
  const db = new Database(database.env.DATABASE_FILENAME, { readonly: true });
  const rows = db.prepare('SELECT reference FROM form_submissions').all() as Array<{ reference: string }>;
  db.close();
  return new Set(rows.map((row) => row.reference).filter((reference) => references.includes(reference)));
}

const answers = {
  bin: 'rubbish',
  'out-by-7am': 'yes',
  address: { line1: '1 Market Street', town: 'Bramblewick', postcode: 'NE99 1BB' },
  'full-name': 'Sam Resident',
  email: 'sam@example.com',
};

beforeAll(async () => {
  database = await createTestDatabase();
  child = await startCms();
}, 120_000);

afterAll(async () => {
  child?.kill('SIGKILL');
  await database?.drop();
});

describe('a submission answered 201 survives a crash', () => {
  it('keeps every acknowledged submission after SIGKILL under load', async () => {
    const acknowledged: string[] = [];
    let stop = false;
    const client = async () => {
      while (!stop) {
        try {
          const response = await fetch(`${base}/api/forms/report-a-missed-bin/submissions`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
            body: JSON.stringify({ answers }),
          });
          if (response.status === 201)
            acknowledged.push(((await response.json()) as { data: { reference: string } }).data.reference);
        } catch {
          return; // the server is gone
        }
      }
    };
    const clients = Array.from({ length: 10 }, client);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    child!.kill('SIGKILL');
    stop = true;
    await Promise.all(clients);
    expect(acknowledged.length).toBeGreaterThan(10);

    child = await startCms();
    const stored = await storedReferences(acknowledged);
    expect(acknowledged.filter((reference) => !stored.has(reference))).toEqual([]);
    // And the restarted CMS takes submissions again.
    const after = await fetch(`${base}/api/forms/report-a-missed-bin/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify({ answers }),
    });
    expect(after.status).toBe(201);
  }, 120_000);
});
