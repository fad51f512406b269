import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface TestDatabase {
  env: Record<string, string>;
  describe: string;
  drop(): Promise<void>;
}

/**
 * A throwaway database for one suite: a temporary SQLite file by default, or a
 * fresh schema in the PostgreSQL database named by DATABASE_URL when
 * DATABASE_CLIENT=postgres (CI runs the suites both ways).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (process.env.DATABASE_CLIENT === 'postgres') return createPostgresSchema();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'doorstep-db-'));
  const filename = path.join(dir, 'data.db');
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
    describe: `SQLite ${filename}`,
    drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
  };
}

async function createPostgresSchema(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL ?? 'postgres://127.0.0.1:5432/test';
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  return {
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url, DATABASE_SCHEMA: schema },
    describe: `PostgreSQL ${url} schema ${schema}`,
    drop: async () => {
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await dropper.end();
    },
  };
}
