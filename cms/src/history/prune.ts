import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { defineJob } from '../jobs';
import { KEEP_POLICY, revisionsToPrune } from './policy';
import { REVISIONS_TABLE } from './store';

/** Every night at 03:30, UK time (HISTORY_PRUNE_CRON changes it, for tests). */
export const PRUNE_RULE = '30 3 * * *';

const documentRow = z.object({ content_type: z.string(), document_id: z.string() });
const keptRow = z.object({ id: z.coerce.number(), created_at: z.coerce.number() });

/**
 * Applies the policy (policy.ts) to every document with more revisions than it keeps
 * whatever their age: the others have nothing to remove. Returns how many it removed.
 */
export async function pruneRevisions(strapi: Core.Strapi, now = new Date()): Promise<number> {
  const knex = strapi.db.connection;
  const documents = z
    .array(documentRow)
    .parse(
      await knex(REVISIONS_TABLE)
        .select('content_type', 'document_id')
        .groupBy('content_type', 'document_id')
        .havingRaw('count(*) > ?', [KEEP_POLICY.newest]),
    );
  let removed = 0;
  for (const document of documents) {
    const kept = z
      .array(keptRow)
      .parse(await knex(REVISIONS_TABLE).where(document).select('id', 'created_at'))
      .map((row) => ({ id: row.id, at: row.created_at }));
    const ids = revisionsToPrune(kept, now);
    for (let start = 0; start < ids.length; start += 500) {
      removed += await knex(REVISIONS_TABLE)
        .whereIn('id', ids.slice(start, start + 500))
        .delete();
    }
  }
  return removed;
}

/** Once a night however many instances run: removes the revisions the policy no longer keeps. */
export const pruneRevisionsJob = defineJob({
  queue: 'history-prune',
  data: z.object({}),
  get cron() {
    return process.env.HISTORY_PRUNE_CRON ?? PRUNE_RULE;
  },
  policy: { attempts: 3, firstDelayMs: 60_000, longestRunS: 10 * 60 },
  describe: () => 'Removing revisions older than the history keeps',
  run: async (strapi) => {
    const removed = await pruneRevisions(strapi);
    if (removed > 0) strapi.log.info(`History: removed ${removed} old revisions`);
  },
});
