import type { Core } from '@strapi/strapi';
import type { z } from 'zod';
import { isCluster } from '../cluster';
import type { Feature } from '../feature';
import { embeddedBackend } from './embedded';
import type { JobBackend, JobDefinition, SendOptions } from './job';
import { pgBossBackend } from './pg-boss';

export type { JobDefinition, QueuePolicy } from './job';

const definitions: JobDefinition[] = [];
let backend: JobBackend | undefined;

/** Declares a kind of job; every feature declares its own when it registers. */
export function defineJob<Schema extends z.ZodType>(definition: JobDefinition<Schema>): JobDefinition<Schema> {
  if (!definitions.some((known) => known.queue === definition.queue)) definitions.push(definition);
  return definition;
}

/**
 * Queues a job, in the caller's transaction when there is one (`strapi.db.transaction`):
 * the job exists if, and only if, the change that caused it is kept.
 */
export async function sendJob<Schema extends z.ZodType>(
  definition: JobDefinition<Schema>,
  data: z.input<Schema>,
  options: SendOptions = {},
): Promise<void> {
  if (!backend) throw new Error(`Jobs have not started: cannot queue ${definition.queue}`);
  await backend.send(definition.queue, definition.data.parse(data), options);
}

function backendFor(strapi: Core.Strapi): JobBackend {
  if (isCluster(strapi)) return pgBossBackend(strapi);
  return embeddedBackend(strapi, Number(process.env.JOBS_POLL_MS ?? 1000));
}

/**
 * Background work (ADR 0013): one interface, two backends. Listed last in the
 * features, so every job is declared before the queue starts, under the start-up lock.
 */
export const jobs: Feature = {
  async bootstrap(strapi) {
    backend = backendFor(strapi);
    await backend.start(definitions);
  },
  async destroy() {
    const stopping = backend?.stop();
    backend = undefined;
    await stopping;
  },
};
