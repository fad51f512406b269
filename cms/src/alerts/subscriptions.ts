import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { z } from 'zod';
import { hashToken } from '../account/secrets';
import { sendJob } from '../jobs';
import { confirmationEmailJob } from './emails';
import { CONFIRM_LIFETIME_MS, FREQUENCIES, type Frequency } from './paths';
import { ALERT_TABLES } from './store';

/** What a resident follows and how: rows of doorstep_alert_subscriptions (store.ts). */
export const subscriptionRow = z.object({
  id: z.coerce.number(),
  email: z.string(),
  resident_id: z.string().nullish(),
  follow_key: z.string(),
  follow_label: z.string(),
  frequency: z.enum(FREQUENCIES),
  created_at: z.coerce.number(),
  confirmed_at: z.coerce.number().nullish(),
  expires_at: z.coerce.number().nullish(),
});
export type Subscription = z.infer<typeof subscriptionRow>;

export interface NewSubscription {
  email: string;
  residentId: string | null;
  followKey: string;
  followLabel: string;
  frequency: Frequency;
}

/** PostgreSQL returns rows ({ id }), SQLite the ids themselves. */
export const insertedId = z.union([z.object({ id: z.coerce.number() }).transform((row) => row.id), z.coerce.number()]);

/**
 * Signed in, the address is proven: the subscription is on at once. A guest's waits
 * for the link in a confirmation email (double opt-in); the answer is the same
 * whether or not the address already follows the street, and an address already
 * confirmed is sent nothing.
 */
export async function subscribe(strapi: Core.Strapi, wanted: NewSubscription, now = Date.now()): Promise<void> {
  await strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
    const found: unknown = await trx(ALERT_TABLES.subscriptions)
      .where({ email: wanted.email, follow_key: wanted.followKey })
      .first();
    const existing = found ? subscriptionRow.parse(found) : null;
    if (wanted.residentId) {
      const confirmed = {
        resident_id: wanted.residentId,
        frequency: wanted.frequency,
        follow_label: wanted.followLabel,
        confirmed_at: existing?.confirmed_at ?? now,
        confirm_token_hash: null,
        expires_at: null,
      };
      if (existing) await trx(ALERT_TABLES.subscriptions).where({ id: existing.id }).update(confirmed);
      else
        await trx(ALERT_TABLES.subscriptions).insert({
          ...confirmed,
          email: wanted.email,
          follow_key: wanted.followKey,
          created_at: now,
        });
      return;
    }
    if (existing?.confirmed_at) return;
    let id = existing?.id;
    if (existing) {
      await trx(ALERT_TABLES.subscriptions)
        .where({ id: existing.id })
        .update({ frequency: wanted.frequency, expires_at: now + CONFIRM_LIFETIME_MS });
    } else {
      const inserted: unknown[] = await trx(ALERT_TABLES.subscriptions)
        .insert({
          email: wanted.email,
          resident_id: null,
          follow_key: wanted.followKey,
          follow_label: wanted.followLabel,
          frequency: wanted.frequency,
          created_at: now,
          expires_at: now + CONFIRM_LIFETIME_MS,
        })
        .returning('id');
      id = insertedId.parse(inserted[0]);
    }
    await sendJob(confirmationEmailJob, { subscriptionId: id! });
  });
}

/** Spends a confirmation link: the subscription it names is on; null for a link unknown, used or expired. */
export async function confirm(strapi: Core.Strapi, token: string, now = Date.now()): Promise<Subscription | null> {
  const knex = strapi.db.connection;
  const hash = hashToken(token);
  const found: unknown = await knex(ALERT_TABLES.subscriptions).where({ confirm_token_hash: hash }).first();
  if (!found) return null;
  const row = subscriptionRow.parse(found);
  if (!row.expires_at || row.expires_at <= now) return null;
  const updated = await knex(ALERT_TABLES.subscriptions)
    .where({ id: row.id, confirm_token_hash: hash })
    .update({ confirmed_at: now, confirm_token_hash: null, expires_at: null });
  return updated === 1 ? { ...row, confirmed_at: now } : null;
}

/** The subscription an email's one-click token was made for, and whether it is still on. */
export async function subscriptionForToken(
  strapi: Core.Strapi,
  token: string,
): Promise<{ subscriptionId: number; current: Subscription | null } | null> {
  const knex = strapi.db.connection;
  const send: unknown = await knex(ALERT_TABLES.sends)
    .where({ unsubscribe_hash: hashToken(token) })
    .select('subscription_id')
    .first();
  const parsed = z.object({ subscription_id: z.coerce.number() }).safeParse(send);
  if (!parsed.success) return null;
  const subscriptionId = parsed.data.subscription_id;
  const found: unknown = await knex(ALERT_TABLES.subscriptions).where({ id: subscriptionId }).first();
  return { subscriptionId, current: found ? subscriptionRow.parse(found) : null };
}

/** Stops the one subscription the token was made for (RFC 8058: the token is the credential). */
export async function unsubscribeWithToken(strapi: Core.Strapi, token: string): Promise<Subscription | null | false> {
  const found = await subscriptionForToken(strapi, token);
  if (!found) return false;
  await strapi.db.connection(ALERT_TABLES.subscriptions).where({ id: found.subscriptionId }).delete();
  return found.current;
}

export async function residentSubscriptions(strapi: Core.Strapi, residentId: string): Promise<Subscription[]> {
  const rows: unknown[] = await strapi.db
    .connection(ALERT_TABLES.subscriptions)
    .where({ resident_id: residentId })
    .orderBy('id');
  return z.array(subscriptionRow).parse(rows);
}

/** Changes or stops one of this resident's own subscriptions; another's id matches nothing. */
export async function changeFrequency(strapi: Core.Strapi, residentId: string, id: number, frequency: Frequency) {
  return strapi.db.connection(ALERT_TABLES.subscriptions).where({ id, resident_id: residentId }).update({ frequency });
}

export async function stopSubscription(strapi: Core.Strapi, residentId: string, id: number): Promise<number> {
  return strapi.db.connection(ALERT_TABLES.subscriptions).where({ id, resident_id: residentId }).delete();
}

/** Unconfirmed subscriptions past their week, removed by the daily run. */
export async function deleteExpiredSubscriptions(strapi: Core.Strapi, now = Date.now()): Promise<number> {
  return strapi.db
    .connection(ALERT_TABLES.subscriptions)
    .whereNull('confirmed_at')
    .andWhere('expires_at', '<=', now)
    .delete();
}
