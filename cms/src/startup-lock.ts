import type { Core } from '@strapi/strapi';
import pg from 'pg';

/**
 * Instances starting together on one PostgreSQL database take turns: each holds an
 * advisory lock from its register step until its bootstrap has finished, so Strapi's
 * migrations and schema sync, and our own start-up writes (support levels, roles,
 * permissions), run in one instance at a time. The first migrates an empty database;
 * the next finds it done. SQLite is one process: no lock.
 */
interface Connection {
  connectionString: string;
  schema: string;
  ssl: pg.ClientConfig['ssl'];
}

let held: pg.Client | undefined;

export async function takeStartupLock(strapi: Core.Strapi): Promise<void> {
  if (strapi.config.get<string>('database.connection.client') !== 'postgres') return;
  const { connectionString, schema, ssl } = strapi.config.get<Connection>('database.connection.connection');
  const client = new pg.Client({ connectionString, ssl });
  await client.connect();
  // Per schema: instances of one deployment wait for each other, other schemas do not.
  await client.query('SELECT pg_advisory_lock(hashtext($1))', [`doorstep-start:${schema}`]);
  held = client;
}

export async function releaseStartupLock(): Promise<void> {
  const client = held;
  held = undefined;
  // Ending the session releases the lock.
  await client?.end();
}
