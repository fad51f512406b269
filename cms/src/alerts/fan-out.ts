import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { z } from 'zod';
import { today } from '../clock';
import { chunk } from '../verges/chunk';
import { defineJob, sendJob } from '../jobs';
import { alertSendJob, DIGEST_PREFIX } from './emails';
import { EVENT_SOURCES, type AlertEvent } from './events';
import { insertedId } from './subscriptions';
import { ALERT_TABLES } from './store';

/**
 * From events to emails, exactly once per (subscription, event). An event is written
 * once (its key is the table's primary key); a fan-out job walks its followers in
 * pages of FAN_OUT_PAGE by id, and for each page, in one transaction, writes a send
 * per follower (unique on subscription and event: a second run writes nothing) and
 * queues one send job per SEND_BATCH of them. One job per email would put 20,000
 * jobs through the queue for one week of cuts (bench:alerts).
 */
export const FAN_OUT_PAGE = 1_000;
export const SEND_BATCH = 100;

/** Writes events not yet known and queues their fan-out; an event seen before is fanned out again for new followers. */
export async function raiseEvents(strapi: Core.Strapi, events: readonly AlertEvent[], day: string): Promise<void> {
  // In the caller's transaction when there is one (a verge's publish): kept together, or not at all.
  await strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
    for (const event of events) {
      await trx(ALERT_TABLES.events)
        .insert({
          event_key: event.key,
          follow_key: event.followKey,
          subject: event.subject,
          body: event.body,
          day,
          created_at: Date.now(),
        })
        .onConflict('event_key')
        .ignore();
      await sendJob(fanOutJob, { eventKey: event.key, afterId: 0 }, { key: `${event.key}@${day}:0` });
    }
  });
}

const follower = z.object({ id: z.coerce.number(), frequency: z.string() });

async function fanOut(strapi: Core.Strapi, eventKey: string, afterId: number): Promise<void> {
  const knex = strapi.db.connection;
  const event = z
    .object({ follow_key: z.string(), day: z.string() })
    .safeParse(await knex(ALERT_TABLES.events).where({ event_key: eventKey }).first());
  if (!event.success) return;
  const rows: unknown[] = await knex(ALERT_TABLES.subscriptions)
    .where({ follow_key: event.data.follow_key })
    .whereNotNull('confirmed_at')
    .andWhere('id', '>', afterId)
    .orderBy('id')
    .limit(FAN_OUT_PAGE)
    .select('id', 'frequency');
  const followers = z.array(follower).parse(rows);
  if (followers.length === 0) return;
  const now = Date.now();
  await strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
    for (const part of chunk(followers, 200)) {
      await trx(ALERT_TABLES.sends)
        .insert(part.map((row) => ({ subscription_id: row.id, event_key: eventKey, created_at: now })))
        .onConflict(['subscription_id', 'event_key'])
        .ignore();
    }
    // Immediate followers' sends not yet sent, this page's: new ones, or ones a crash left unqueued.
    const immediate = followers.filter((row) => row.frequency === 'immediate').map((row) => row.id);
    const pending: number[] = [];
    for (const part of chunk(immediate, 500)) {
      const ids: unknown[] = await trx(ALERT_TABLES.sends)
        .where({ event_key: eventKey })
        .whereIn('subscription_id', part)
        .whereNull('sent_at')
        .whereNull('digest_id')
        .orderBy('id')
        .pluck('id');
      pending.push(...z.array(z.coerce.number()).parse(ids));
    }
    for (const batch of chunk(pending, SEND_BATCH)) {
      await sendJob(alertSendJob, { sendIds: batch }, { key: `send:${eventKey}:${batch[0]}:${batch.length}` });
    }
    const last = followers[followers.length - 1]!.id;
    if (followers.length === FAN_OUT_PAGE) {
      await sendJob(fanOutJob, { eventKey, afterId: last }, { key: `${eventKey}@${event.data.day}:${last}` });
    }
  });
}

export const fanOutJob = defineJob({
  queue: 'alert-fan-out',
  data: z.object({ eventKey: z.string().min(1).max(120), afterId: z.number().int().min(0) }),
  policy: { attempts: 5, firstDelayMs: 10_000, longestRunS: 300 },
  describe: ({ eventKey, afterId }) => `Alerts for ${eventKey}, subscribers after ${afterId}`,
  run: (strapi, { eventKey, afterId }) => fanOut(strapi, eventKey, afterId),
});

/** The keys followed by at least one confirmed subscription. */
async function followedKeys(strapi: Core.Strapi): Promise<string[]> {
  const keys: unknown[] = await strapi.db
    .connection(ALERT_TABLES.subscriptions)
    .whereNotNull('confirmed_at')
    .distinct()
    .pluck('follow_key');
  return z.array(z.string()).parse(keys);
}

/** Today's events from every source (events.ts), raised and fanned out. */
export async function runDaily(strapi: Core.Strapi, day = today()): Promise<void> {
  const keys = await followedKeys(strapi);
  for (const source of EVENT_SOURCES) await raiseEvents(strapi, await source.daily(strapi, day, keys), day);
}

/**
 * Digest subscribers: their sends wait (no job); once a day each gets one email with
 * what waited, its own send `digest:<day>`, unique like any other: a second run that
 * day finds it there and writes nothing.
 */
export async function runDigest(strapi: Core.Strapi, day = today()): Promise<void> {
  const knex = strapi.db.connection;
  const waiting: unknown[] = await knex(ALERT_TABLES.sends)
    .join(ALERT_TABLES.subscriptions, `${ALERT_TABLES.subscriptions}.id`, `${ALERT_TABLES.sends}.subscription_id`)
    .where(`${ALERT_TABLES.subscriptions}.frequency`, 'digest')
    .whereNull(`${ALERT_TABLES.sends}.sent_at`)
    .whereNull(`${ALERT_TABLES.sends}.digest_id`)
    .whereNot(`${ALERT_TABLES.sends}.event_key`, 'like', `${DIGEST_PREFIX}%`)
    .distinct()
    .pluck(`${ALERT_TABLES.sends}.subscription_id`);
  for (const subscriptionId of z.array(z.coerce.number()).parse(waiting)) {
    await strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
      const existing: unknown = await trx(ALERT_TABLES.sends)
        .where({ subscription_id: subscriptionId, event_key: `${DIGEST_PREFIX}${day}` })
        .first();
      if (existing) return;
      const inserted: unknown[] = await trx(ALERT_TABLES.sends)
        .insert({ subscription_id: subscriptionId, event_key: `${DIGEST_PREFIX}${day}`, created_at: Date.now() })
        .returning('id');
      const digestId = insertedId.parse(inserted[0]);
      await trx(ALERT_TABLES.sends)
        .where({ subscription_id: subscriptionId })
        .whereNull('sent_at')
        .whereNull('digest_id')
        .whereNot('event_key', 'like', `${DIGEST_PREFIX}%`)
        .update({ digest_id: digestId });
      await sendJob(alertSendJob, { sendIds: [digestId] });
    });
  }
}
