import type { Knex } from 'knex';

/**
 * Alerts live in tables of their own, like the account's (ADR 0014): no content type,
 * so no Content API route, permission or GraphQL type can reach a subscriber.
 *
 * - subscriptions: who (an address, and the account when signed in) follows what
 *   (`street:<USRN>`), how often, and whether they confirmed it.
 * - events: what happened, once (`cut-week:<USRN>:<date>`), with the words of its alert.
 * - sends: one row per (subscription, event), unique, written in the transaction that
 *   queues its email: no alert is ever queued twice. Each email's one-click
 *   unsubscribe token is random and only its hash is kept, on its send.
 */
export const ALERT_TABLES = {
  subscriptions: 'doorstep_alert_subscriptions',
  events: 'doorstep_alert_events',
  sends: 'doorstep_alert_sends',
} as const;

export async function ensureAlertTables(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable(ALERT_TABLES.subscriptions))) {
    await knex.schema.createTable(ALERT_TABLES.subscriptions, (table) => {
      table.increments('id');
      table.string('email', 320).notNullable();
      table.string('resident_id', 36).index();
      table.string('follow_key', 80).notNullable();
      table.string('follow_label', 250).notNullable();
      table.string('frequency', 10).notNullable();
      table.string('confirm_token_hash', 64).unique();
      table.bigInteger('created_at').notNullable();
      table.bigInteger('confirmed_at');
      /** An unconfirmed subscription is deleted after this. */
      table.bigInteger('expires_at').index();
      table.unique(['email', 'follow_key']);
      table.index(['follow_key', 'confirmed_at']);
    });
  }
  if (!(await knex.schema.hasTable(ALERT_TABLES.events))) {
    await knex.schema.createTable(ALERT_TABLES.events, (table) => {
      table.string('event_key', 120).primary();
      table.string('follow_key', 80).notNullable().index();
      table.string('subject', 200).notNullable();
      table.text('body').notNullable();
      table.string('day', 10).notNullable();
      table.bigInteger('created_at').notNullable();
    });
  }
  if (!(await knex.schema.hasTable(ALERT_TABLES.sends))) {
    await knex.schema.createTable(ALERT_TABLES.sends, (table) => {
      table.increments('id');
      table.integer('subscription_id').notNullable().index();
      table.string('event_key', 120).notNullable();
      /** For a digest subscriber: the day's digest send that carried this event. */
      table.integer('digest_id').index();
      table.string('unsubscribe_hash', 64).unique();
      table.bigInteger('created_at').notNullable();
      table.bigInteger('sent_at');
      table.unique(['subscription_id', 'event_key']);
    });
  }
}
