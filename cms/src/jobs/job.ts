import type { Core } from '@strapi/strapi';
import type { z } from 'zod';

/**
 * How a queue retries: `attempts` in all, the first retry after `firstDelayMs`, each
 * later one about twice as long; a run longer than `longestRunS` is taken as lost
 * (its instance died) and run again while attempts remain.
 */
export interface QueuePolicy {
  attempts: number;
  firstDelayMs: number;
  longestRunS: number;
}

/** A kind of background work: its queue's name, what its data must be, how it retries and what it does. */
export interface JobDefinition<Schema extends z.ZodType = z.ZodType> {
  queue: string;
  data: Schema;
  policy: QueuePolicy;
  /**
   * Jobs of this queue each instance runs at once on pg-boss, over JOBS_WORKERS: for a
   * queue of many small jobs that mostly wait on another server (alert emails).
   */
  workers?: number;
  /** Runs once per occurrence of this cron rule, UK time, however many instances run. */
  cron?: string;
  /** Off until it can run (emails without SMTP): its jobs wait, and run once it is on. */
  enabled?: (strapi: Core.Strapi) => boolean;
  /**
   * Does the work. It may run more than once for one job (a retry after a crash, an
   * expired run), so it must be idempotent.
   */
  run(strapi: Core.Strapi, data: z.infer<Schema>): Promise<void>;
  /** Names the job to staff, in the admin's list of failed jobs. */
  describe(data: z.infer<Schema>): string;
  /** After the last attempt failed, in the transaction that records it for staff. */
  failed?(strapi: Core.Strapi, data: z.infer<Schema>, lastError: string): Promise<void>;
}

export interface SendOptions {
  /** One job per key and queue: sending again with a key already queued does nothing. */
  key?: string;
  /** Not before this time. */
  after?: Date;
}

/** Where jobs wait and who runs them: the embedded table (one process) or pg-boss (a cluster). */
export interface JobBackend {
  start(definitions: readonly JobDefinition[]): Promise<void>;
  /** Queues a job in the caller's transaction, when there is one: it exists only if that commits. */
  send(queue: string, data: unknown, options: SendOptions): Promise<void>;
  stop(): Promise<void>;
}

/** The last error, as staff will read it. */
export const reasonOf = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, 500);
