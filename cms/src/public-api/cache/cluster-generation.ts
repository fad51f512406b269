import type { Core } from '@strapi/strapi';
import pg from 'pg';
import { z } from 'zod';
import { databaseSchema } from '../../cluster';
import type { ContentGeneration } from './generation';
import { generationListener } from './generation-listener';
import { inTransaction } from './transaction';

const row = z.object({ generation: z.coerce.number().int().nonnegative() });
const updated = z.object({ rows: z.tuple([row]) });

/**
 * Cluster mode (ADR 0013): the generation is a one-row table, moved on in the
 * transaction of every write, which also runs pg_notify: PostgreSQL delivers the
 * notification to every instance's listener only if that transaction commits. An
 * instance keys its cache by the latest generation it has heard of, and while its
 * listener is down it knows none, so it answers nothing from the cache.
 */
export function clusterGeneration(strapi: Core.Strapi): ContentGeneration {
  const schema = databaseSchema(strapi);
  const table = `${pg.escapeIdentifier(schema)}.doorstep_content_generation`;
  // NOTIFY channels are identifiers: at most 63 bytes, or PostgreSQL refuses them.
  const channel = `doorstep_content_${schema}`;
  if (Buffer.byteLength(channel) > 63) throw new Error(`DATABASE_SCHEMA "${schema}" is too long to name a channel`);

  let tableReady: Promise<void> | undefined;
  const ensureTable = () =>
    (tableReady ??= createTable(strapi, table).catch((error: unknown) => {
      tableReady = undefined;
      throw error;
    }));
  const listener = generationListener(strapi, {
    channel,
    read: async (client) =>
      row.parse((await client.query(`SELECT generation FROM ${table} WHERE id = 1`)).rows[0]).generation,
  });

  return {
    current: () => listener.current(),
    onChange: (callback) => listener.onChange(callback),
    async start() {
      await ensureTable();
      await listener.start();
    },
    stop: () => listener.stop(),
    async advance() {
      await ensureTable();
      await inTransaction(strapi, async ({ trx, onCommit }) => {
        const result: unknown = await trx.raw(
          `UPDATE ${table} SET generation = generation + 1 WHERE id = 1 RETURNING generation`,
        );
        const [{ generation }] = updated.parse(result).rows;
        await trx.raw('SELECT pg_notify(?, ?)', [channel, String(generation)]);
        // This instance reads its own writes at once, without waiting for its notification.
        onCommit(() => listener.heard(generation));
      });
    },
  };
}

/** Instances start one at a time (startup-lock.ts), so two never race to make it. */
async function createTable(strapi: Core.Strapi, table: string): Promise<void> {
  const db = strapi.db.connection;
  await db.raw(
    `CREATE TABLE IF NOT EXISTS ${table} (id smallint PRIMARY KEY CHECK (id = 1), generation bigint NOT NULL)`,
  );
  await db.raw(`INSERT INTO ${table} (id, generation) VALUES (1, 0) ON CONFLICT (id) DO NOTHING`);
}
