import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import PgBoss from 'pg-boss';
import pg, { type ClientConfig, type PoolClient } from 'pg';
import { z } from 'zod';
import { databaseSchema } from '../cluster';
import { recordFailure } from './failures';
import { type JobBackend, type JobDefinition } from './job';

/** Workers per queue on each instance, and the jobs each takes at once. */
const WORKERS = Number(process.env.JOBS_WORKERS ?? 2);
const BATCH = Number(process.env.JOBS_BATCH ?? 10);
const JSONB = 3802;
const deadLetterOf = (queue: string) => `${queue}__dead`;

/** pg-boss's job id for a key: the same key is the same job, which pg-boss inserts once. */
function idOf(queue: string, key: string): string {
  const hex = createHash('sha256').update(`${queue}\n${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const failedOutput = z.object({ message: z.string() }).partial().nullish();

/**
 * Strapi tells the `pg` driver, for the whole process, to leave JSONB as text
 * (@strapi/database's PostgreSQL dialect). pg-boss needs it parsed (its schedules'
 * options are JSONB): its pool gets parsers of its own.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === JSONB && format !== 'binary'
      ? (value: string) => JSON.parse(value) as unknown
      : (pg.types.getTypeParser(oid, format ?? 'text') as (value: string) => unknown)) as typeof pg.types.getTypeParser,
};

/**
 * The cluster's queue (ADR 0013): pg-boss 10 in its own schema of the same
 * PostgreSQL database. Any instance runs any job; a job whose instance died is
 * expired and retried; a schedule runs once per occurrence however many instances
 * run; a job out of attempts goes to its dead-letter queue, whose handler records it
 * for staff. Jobs are sent on the caller's transaction's own connection.
 */
export function pgBossBackend(strapi: Core.Strapi): JobBackend {
  const { connectionString, ssl } = strapi.config.get<{ connectionString: string; ssl: ClientConfig['ssl'] }>(
    'database.connection.connection',
  );
  const boss = new PgBoss({
    connectionString,
    ssl,
    schema: `${databaseSchema(strapi)}_jobs`,
    max: Number(process.env.JOBS_POOL_MAX ?? 4),
    application_name: 'doorstep-jobs',
    ...({ types } as object),
    // Expires the jobs of an instance that died (and archives old ones): every 30 s, not
    // pg-boss's 120, so a killed instance's email is retried within a minute and a half.
    maintenanceIntervalSeconds: Number(process.env.JOBS_MAINTENANCE_S ?? 30),
  });
  boss.on('error', (error) => strapi.log.error(`Jobs (pg-boss): ${error.message}`));

  async function createQueues(definition: JobDefinition): Promise<void> {
    const dead = deadLetterOf(definition.queue);
    const { attempts, firstDelayMs, longestRunS } = definition.policy;
    const policy = {
      retryLimit: attempts - 1,
      retryDelay: Math.max(1, Math.round(firstDelayMs / 1000)),
      retryBackoff: true,
      expireInSeconds: longestRunS,
      deadLetter: dead,
    };
    await boss.createQueue(dead, { name: dead });
    await boss.createQueue(definition.queue, { name: definition.queue, ...policy });
    // A queue made by an earlier release keeps its settings until they are updated.
    await boss.updateQueue(definition.queue, { name: definition.queue, ...policy });
  }

  async function workOn(definition: JobDefinition): Promise<void> {
    const options = { batchSize: BATCH, pollingIntervalSeconds: Number(process.env.JOBS_POLL_S ?? 0.5) };
    for (let worker = 0; worker < (definition.workers ?? WORKERS); worker += 1) {
      // A worker waits out its polling interval after every fetch, busy or not: it takes
      // a batch and runs it in turn (one database connection each), failing each job
      // alone (pg-boss completes the rest).
      await boss.work(definition.queue, options, async (batch) => {
        for (const job of batch) {
          try {
            await definition.run(strapi, definition.data.parse(job.data));
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            await boss.fail(definition.queue, job.id, { message: message.slice(0, 500) });
          }
        }
      });
    }
    await boss.work(deadLetterOf(definition.queue), { ...options, includeMetadata: true }, async ([job]) => {
      if (!job) return;
      await recordFailure(strapi, definition, {
        data: job.data,
        attempts: definition.policy.attempts,
        lastError: failedOutput.parse(job.output)?.message ?? 'unknown error',
        jobKey: `pg-boss:${job.id}`,
      });
    });
  }

  return {
    async start(definitions) {
      await boss.start();
      for (const definition of definitions) {
        await createQueues(definition);
        if (definition.enabled?.(strapi) ?? true) await workOn(definition);
        if (definition.cron) await boss.schedule(definition.queue, definition.cron, {}, { tz: 'Europe/London' });
      }
    },
    async send(queue, data, { key, after }) {
      await strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
        // The transaction's own connection: pg-boss's SQL uses $1 parameters, which knex's raw does not.
        const client = trx.client as { acquireConnection(): Promise<PoolClient> };
        const connection = await client.acquireConnection();
        await boss.send(queue, data as object, {
          db: { executeSql: (text, values) => connection.query(text, values) },
          ...(key ? { id: idOf(queue, key) } : {}),
          ...(after ? { startAfter: after } : {}),
        });
      });
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 15_000 });
    },
  };
}
