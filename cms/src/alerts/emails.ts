import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { z } from 'zod';
import { emailHtml, sitePaths } from '@doorstep/domain';
import { hashToken, newToken } from '../account/secrets';
import { publicSiteUrl } from '../account/sign-in';
import { isCluster } from '../cluster';
import { councilName } from '../forms/html-page';
import { defineJob } from '../jobs';
import { ALERT_PATHS, CONFIRM_LIFETIME_MS } from './paths';
import { isRequestFollow } from './requests';
import { ALERT_TABLES } from './store';

interface EmailService {
  send(options: {
    to: string;
    subject: string;
    text: string;
    html: string;
    messageId: string;
    headers?: Record<string, string>;
  }): Promise<unknown>;
}
const emailService = (strapi: Core.Strapi) => strapi.plugin('email').service('email') as unknown as EmailService;
const mailDomain = () => (process.env.SMTP_FROM ?? 'doorstep.example').split('@').pop();
const site = () => publicSiteUrl() ?? '';

/**
 * The confirmation email of a guest's subscription. Like a sign-in code (account/sign-in.ts)
 * its link's token is made by the job that sends it, so it never waits in the clear;
 * only its hash is kept, and a resend makes a new one that replaces the old.
 */
async function sendConfirmation(strapi: Core.Strapi, subscriptionId: number): Promise<void> {
  const knex = strapi.db.connection;
  const found: unknown = await knex(ALERT_TABLES.subscriptions).where({ id: subscriptionId }).first();
  const row = z
    .object({
      email: z.string(),
      follow_key: z.string(),
      follow_label: z.string(),
      confirmed_at: z.coerce.number().nullish(),
      expires_at: z.coerce.number().nullish(),
    })
    .safeParse(found);
  if (!row.success || row.data.confirmed_at || !row.data.expires_at || row.data.expires_at <= Date.now()) return;
  const token = newToken();
  await knex(ALERT_TABLES.subscriptions)
    .where({ id: subscriptionId })
    .update({ confirm_token_hash: hashToken(token) });
  const council = await councilName(strapi);
  const link = `${site()}${ALERT_PATHS.confirm}?${new URLSearchParams({ token }).toString()}`;
  const request = isRequestFollow(row.data.follow_key);
  const text = [
    request
      ? `You asked for an email each time ${council} updates ${row.data.follow_label}.`
      : `You asked for email alerts about grass cutting on ${row.data.follow_label}.`,
    '',
    'To start them, open this link and press Confirm:',
    link,
    '',
    `The link works for ${CONFIRM_LIFETIME_MS / (24 * 60 * 60_000)} days. If you did not ask for these alerts, ignore this email: nothing is sent without the confirmation.`,
    '',
    council,
  ].join('\n');
  await emailService(strapi).send({
    to: row.data.email,
    subject: `Confirm your email alerts for ${row.data.follow_label}`,
    text,
    html: emailHtml(text),
    messageId: `<alert-confirm-${subscriptionId}-${Date.now()}@${mailDomain()}>`,
  });
}

export const confirmationEmailJob = defineJob({
  queue: 'alert-confirmation',
  data: z.object({ subscriptionId: z.number().int().positive() }),
  policy: { attempts: 5, firstDelayMs: 2_000, longestRunS: 60 },
  enabled: () => Boolean(process.env.SMTP_HOST),
  describe: ({ subscriptionId }) => `Alert confirmation email for subscription ${subscriptionId}`,
  run: (strapi, { subscriptionId }) => sendConfirmation(strapi, subscriptionId),
});

const sendRow = z.object({
  id: z.coerce.number(),
  subscription_id: z.coerce.number(),
  event_key: z.string(),
  sent_at: z.coerce.number().nullish(),
});
const eventRow = z.object({ event_key: z.string(), subject: z.string(), body: z.string() });
const subscriber = z.object({ email: z.string(), follow_label: z.string(), confirmed_at: z.coerce.number().nullish() });

export const DIGEST_PREFIX = 'digest:';

/** The alert's words: one event's, or for a digest the day's events it carries. */
async function contentOf(db: Knex | Knex.Transaction, send: z.infer<typeof sendRow>, label: string) {
  if (!send.event_key.startsWith(DIGEST_PREFIX)) {
    const event = eventRow.safeParse(await db(ALERT_TABLES.events).where({ event_key: send.event_key }).first());
    return event.success ? { subject: event.data.subject, body: event.data.body } : null;
  }
  const rows: unknown[] = await db(ALERT_TABLES.sends)
    .join(ALERT_TABLES.events, `${ALERT_TABLES.sends}.event_key`, `${ALERT_TABLES.events}.event_key`)
    .where(`${ALERT_TABLES.sends}.digest_id`, send.id)
    .orderBy(`${ALERT_TABLES.events}.created_at`)
    .select(`${ALERT_TABLES.events}.event_key`, 'subject', 'body');
  const events = z.array(eventRow).parse(rows);
  if (events.length === 0) return null;
  return {
    subject: `Today’s alerts for ${label}`,
    body: events.map((event) => `${event.subject}\n\n${event.body}`).join('\n\n---\n\n'),
  };
}

/**
 * Sends one alert unless it was sent: a fresh one-click token goes with it (RFC 8058),
 * its hash kept on the send. In the cluster mode the row is locked from before the
 * send until "sent" commits, as the form emails are (forms/email/job.ts).
 */
async function sendAlert(strapi: Core.Strapi, db: Knex | Knex.Transaction, id: number): Promise<void> {
  const found = sendRow.safeParse(await db(ALERT_TABLES.sends).where({ id }).first());
  if (!found.success || found.data.sent_at) return;
  const send = found.data;
  const who = subscriber.safeParse(await db(ALERT_TABLES.subscriptions).where({ id: send.subscription_id }).first());
  if (!who.success || !who.data.confirmed_at) return; // stopped since: nothing to send
  const content = await contentOf(db, send, who.data.follow_label);
  if (!content) return;
  const token = newToken();
  await db(ALERT_TABLES.sends)
    .where({ id })
    .update({ unsubscribe_hash: hashToken(token) });
  const unsubscribe = `${site()}${ALERT_PATHS.unsubscribe(token)}`;
  const text = [
    content.body,
    '',
    `You get this email because you asked for alerts about ${who.data.follow_label}.`,
    `To stop them, open ${unsubscribe}`,
    `Or see grass cutting for any street: ${site()}${sitePaths.verges}`,
    '',
    await councilName(strapi),
  ].join('\n');
  await emailService(strapi).send({
    to: who.data.email,
    subject: content.subject,
    text,
    html: emailHtml(text),
    messageId: `<alert-${send.id}@${mailDomain()}>`,
    headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  });
  const now = Date.now();
  await db(ALERT_TABLES.sends).where({ id }).update({ sent_at: now });
  if (send.event_key.startsWith(DIGEST_PREFIX))
    await db(ALERT_TABLES.sends).where({ digest_id: id }).update({ sent_at: now });
}

/**
 * Emails of one batch in flight at once: each waits mostly on the SMTP server's
 * replies, so a few connections side by side send several times as many a second
 * (bench:alerts), well inside the database pool (each holds one connection).
 */
export const SENDS_AT_ONCE = 4;

async function sendBatch(strapi: Core.Strapi, sendIds: readonly number[]): Promise<void> {
  const sendOne = async (id: number) => {
    if (isCluster(strapi)) {
      await strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
        await trx(ALERT_TABLES.sends).where({ id }).forUpdate().first();
        await sendAlert(strapi, trx, id);
      });
    } else await sendAlert(strapi, strapi.db.connection, id);
  };
  const waiting = [...sendIds];
  const worker = async () => {
    for (let id = waiting.shift(); id !== undefined; id = waiting.shift()) await sendOne(id);
  };
  // Every worker runs to the end before the job settles: a failure leaves no send half done unseen.
  const results = await Promise.allSettled(Array.from({ length: Math.min(SENDS_AT_ONCE, waiting.length) }, worker));
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
}

/** A batch of alerts to send, queued with their sends (fan-out.ts): one job for many emails. */
export const alertSendJob = defineJob({
  queue: 'alert-send',
  /**
   * A send job is one event's followers (a street's, a few emails): with JOBS_WORKERS'
   * two, an instance had about 6 emails in flight, each waiting on the SMTP server's
   * replies (bench:alerts: 36 a second on a quiet machine). Three workers keep about 11
   * in flight, each holding one of the database pool's 10 connections in the cluster
   * mode: the pool, not the queue, is then what bounds it.
   */
  workers: 3,
  data: z.object({ sendIds: z.array(z.number().int().positive()).min(1).max(500) }),
  policy: { attempts: 10, firstDelayMs: 30_000, longestRunS: 600 },
  enabled: () => Boolean(process.env.SMTP_HOST),
  describe: ({ sendIds }) => `${sendIds.length} alert emails, from send ${sendIds[0]}`,
  run: (strapi, { sendIds }) => sendBatch(strapi, sendIds),
});
