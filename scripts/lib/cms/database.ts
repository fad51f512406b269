import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface TestDatabase {
  env: Record<string, string>;
  describe: string;
  drop(): Promise<void>;
}

/**
 * Where a copy of a seeded database can be taken from (seeded-template.ts):
 * a SQLite file, or a PostgreSQL database to use as a template.
 */
export type DatabaseTemplate = { client: 'sqlite'; filename: string } | { client: 'postgres'; database: string };

const postgresUrl = () => process.env.DATABASE_URL ?? 'postgres://127.0.0.1:5432/test';
const usePostgres = () => process.env.DATABASE_CLIENT === 'postgres';

/**
 * A throwaway database for one suite: a temporary SQLite file by default, or a
 * fresh schema in the PostgreSQL database named by DATABASE_URL when
 * DATABASE_CLIENT=postgres (CI runs the suites both ways). From a template, it
 * starts as a copy of it: a file copy, or PostgreSQL's CREATE DATABASE … TEMPLATE.
 */
export async function createTestDatabase(template?: DatabaseTemplate): Promise<TestDatabase> {
  if (template?.client === 'postgres') return createPostgresDatabase(template.database);
  if (usePostgres()) return createPostgresSchema();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'doorstep-db-'));
  const filename = path.join(dir, 'data.db');
  if (template) {
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(template.filename + suffix)) copyFileSync(template.filename + suffix, filename + suffix);
    }
  }
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
    describe: `SQLite ${filename}`,
    drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
  };
}

/** A database of its own (not a schema), so it can serve as a template for others. */
export async function createTemplateDatabase(): Promise<{ database: TestDatabase; template: DatabaseTemplate }> {
  if (!usePostgres()) {
    const database = await createTestDatabase();
    return { database, template: { client: 'sqlite', filename: database.env.DATABASE_FILENAME! } };
  }
  const name = `doorstep_template_${randomBytes(6).toString('hex')}`;
  const server = postgresUrl();
  await admin(server, (client) => client.query(`CREATE DATABASE ${name}`));
  return { database: postgresDatabase(server, name), template: { client: 'postgres', database: name } };
}

/** A fresh schema on the PostgreSQL server at `url` (default DATABASE_URL's). */
export async function createPostgresSchema(url = postgresUrl()): Promise<TestDatabase> {
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
      // With the job queue's own schema (pg-boss, in the cluster mode).
      await dropper.query(`DROP SCHEMA IF EXISTS ${schema}, ${schema}_jobs CASCADE`);
      await dropper.end();
    },
  };
}

async function createPostgresDatabase(template: string): Promise<TestDatabase> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const server = postgresUrl();
  await admin(server, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return postgresDatabase(server, name);
}

/** `server` is the database named by DATABASE_URL when the suite began, from which others are made and dropped. */
function postgresDatabase(server: string, name: string): TestDatabase {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString(), DATABASE_SCHEMA: 'public' },
    describe: `PostgreSQL ${url.toString()}`,
    drop: () => admin(server, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

/** Runs one statement on the server's own database (CREATE and DROP DATABASE cannot run in the one they name). */
async function admin(server: string, statement: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await statement(client);
  } finally {
    await client.end();
  }
}
