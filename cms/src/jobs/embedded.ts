import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { z } from 'zod';
import { recordFailure } from './failures';
import { reasonOf, type JobBackend, type JobDefinition } from './job';

const TABLE = 'doorstep_jobs';
const HOUR = 60 * 60 * 1000;
/** Completed jobs are kept a week (for whoever asks what ran), then deleted. */
const KEEP_COMPLETED_MS = 7 * 24 * HOUR;

const row = z.object({
  id: z.coerce.number(),
  queue: z.string(),
  data: z.string(),
  attempts: z.coerce.number(),
});
type Row = z.infer<typeof row>;

async function ensureTable(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable(TABLE)) return;
  await knex.schema.createTable(TABLE, (table) => {
    table.increments('id');
    table.string('queue', 100).notNullable();
    table.text('data').notNullable();
    table.string('job_key', 255);
    table.string('state', 16).notNullable();
    table.integer('attempts').notNullable().defaultTo(0);
    table.bigInteger('run_after').notNullable();
    table.text('last_error');
    table.bigInteger('created_at').notNullable();
    table.bigInteger('done_at');
    table.unique(['queue', 'job_key']);
    table.index(['state', 'run_after']);
  });
}

/**
 * The embedded queue: jobs in a table of Strapi's own database (SQLite or
 * PostgreSQL), run by this one process in order, retried with back-off; schedules
 * on Strapi's cron. Only for one process: two would run every job twice.
 */
export function embeddedBackend(strapi: Core.Strapi, pollMs: number): JobBackend {
  const knex = strapi.db.connection;
  const definitions = new Map<string, JobDefinition>();
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let lastCleanUp = 0;

  const kick = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = runDue().finally(() => (running = null));
    return running;
  };

  async function runDue(): Promise<void> {
    try {
      do {
        again = false;
        const queues = [...definitions.values()].filter((job) => job.enabled?.(strapi) ?? true).map((job) => job.queue);
        const due = z
          .array(row)
          .parse(
            await knex(TABLE)
              .select('id', 'queue', 'data', 'attempts')
              .where('state', 'created')
              .whereIn('queue', queues)
              .andWhere('run_after', '<=', Date.now())
              .orderBy('id')
              .limit(20),
          );
        for (const job of due) if (!stopped) await runOne(job);
        if (due.length === 20) again = true;
      } while (again && !stopped);
      if (Date.now() - lastCleanUp > HOUR) {
        lastCleanUp = Date.now();
        await knex(TABLE)
          .where('state', 'completed')
          .andWhere('done_at', '<', Date.now() - KEEP_COMPLETED_MS)
          .delete();
      }
    } catch (error) {
      strapi.log.error(`Jobs: ${reasonOf(error)}`);
    }
  }

  async function runOne(job: Row): Promise<void> {
    const definition = definitions.get(job.queue)!;
    const attempts = job.attempts + 1;
    await knex(TABLE).where('id', job.id).update({ state: 'active', attempts });
    let data: unknown;
    try {
      data = JSON.parse(job.data);
      await definition.run(strapi, definition.data.parse(data));
      await knex(TABLE).where('id', job.id).update({ state: 'completed', done_at: Date.now(), last_error: null });
    } catch (error) {
      const lastError = reasonOf(error);
      const { attempts: allowed, firstDelayMs } = definition.policy;
      if (attempts >= allowed) {
        await knex(TABLE).where('id', job.id).update({ state: 'failed', done_at: Date.now(), last_error: lastError });
        await recordFailure(strapi, definition, { data, attempts, lastError, jobKey: `embedded:${job.id}` });
        return;
      }
      const wait = Math.min(firstDelayMs * 2 ** (attempts - 1), HOUR);
      await knex(TABLE)
        .where('id', job.id)
        .update({ state: 'created', run_after: Date.now() + wait, last_error: lastError });
      strapi.log.warn(
        `Jobs: ${job.queue} ${job.id} failed (attempt ${attempts} of ${allowed}): ${lastError}. ` +
          `Retrying in ${Math.round(wait / 1000)} s.`,
      );
    }
  }

  return {
    async start(list) {
      for (const definition of list) definitions.set(definition.queue, definition);
      await ensureTable(knex);
      // Jobs this process was running when it stopped: run them again (handlers are idempotent).
      await knex(TABLE).where('state', 'active').update({ state: 'created' });
      for (const definition of list) {
        if (!definition.cron) continue;
        strapi.cron.add({
          [`job:${definition.queue}`]: {
            task: () => this.send(definition.queue, {}, { key: `cron@${new Date().toISOString().slice(0, 19)}` }),
            options: { rule: definition.cron, tz: 'Europe/London' },
          },
        });
      }
      timer = setInterval(() => void kick(), pollMs);
      timer.unref();
      void kick();
    },
    async send(queue, data, { key, after }) {
      type Context = { trx: Knex.Transaction; onCommit(run: () => void): void };
      await strapi.db.transaction(async (transaction: Context) => {
        await transaction
          .trx(TABLE)
          .insert({
            queue,
            data: JSON.stringify(data),
            job_key: key ?? null,
            state: 'created',
            attempts: 0,
            run_after: (after ?? new Date()).getTime(),
            created_at: Date.now(),
          })
          .onConflict(['queue', 'job_key'])
          .ignore();
        transaction.onCommit(() => void kick());
      });
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
