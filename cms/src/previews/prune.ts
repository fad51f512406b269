import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { defineJob } from '../jobs';
import { daysToMs } from './links';
import { LINKS_TABLE } from './store';

/**
 * How long an ended link is kept. A token carries its own expiry, so a link past its
 * time says "expired" with or without its row: the row is only for the Share preview
 * panel's list ("Expired", "Withdrawn"). The Preview button's own links are never
 * listed and go once their time is up.
 */
export const LINKS_KEPT_AFTER_EXPIRY_DAYS = 30;

/** Every night at 03:40, UK time (PREVIEW_PRUNE_CRON changes it). */
export const PRUNE_RULE = '40 3 * * *';

/** Removes the ended links the policy above no longer keeps; returns how many. */
export async function prunePreviewLinks(strapi: Core.Strapi, now = new Date()): Promise<number> {
  const time = now.getTime();
  return strapi.db
    .connection(LINKS_TABLE)
    .whereRaw('expires_at < ? or (purpose = ? and expires_at < ?)', [
      time - daysToMs(LINKS_KEPT_AFTER_EXPIRY_DAYS),
      'button',
      time,
    ])
    .delete();
}

/** Once a night however many instances run. */
export const prunePreviewLinksJob = defineJob({
  queue: 'preview-links-prune',
  data: z.object({}),
  get cron() {
    return process.env.PREVIEW_PRUNE_CRON ?? PRUNE_RULE;
  },
  policy: { attempts: 3, firstDelayMs: 60_000, longestRunS: 5 * 60 },
  describe: () => 'Removing preview links that ended long ago',
  run: async (strapi) => {
    const removed = await prunePreviewLinks(strapi);
    if (removed > 0) strapi.log.info(`Previews: removed ${removed} ended links`);
  },
});
