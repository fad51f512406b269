import type { Core, Modules } from '@strapi/strapi';
import type { Knex } from 'knex';
import { formatLongDate, storedCutSchema, VERGE_STATUSES } from '@doorstep/domain';
import { z } from 'zod';
import { today } from '../clock';
import { VERGE_UID } from '../verges/uid';
import type { AlertEvent } from './events';
import { raiseEvents } from './fan-out';
import { ALERT_TABLES } from './store';
import { streetFollowKey, streetLabel } from './streets';

const published = z.object({
  reference: z.string(),
  streetName: z.string(),
  locality: z.string(),
  usrn: z.coerce.number().nullable(),
  currentStatus: z.enum(VERGE_STATUSES),
  cuts: z.array(storedCutSchema),
});
type Published = z.infer<typeof published>;

async function publishedVerge(strapi: Core.Strapi, documentId: string): Promise<Published | null> {
  const row: unknown = await strapi.db.query(VERGE_UID).findOne({
    where: { documentId, publishedAt: { $notNull: true } },
    select: ['reference', 'streetName', 'locality', 'usrn', 'currentStatus'],
    populate: { cuts: true },
  });
  const parsed = published.safeParse(row);
  return parsed.success ? parsed.data : null;
}

/** What a publish changed that followers are told: a problem, an overdue cut, a skipped cut. */
export function vergeChangeEvents(before: Published | null, after: Published, day: string): AlertEvent[] {
  if (after.usrn === null) return [];
  const label = streetLabel({ name: after.streetName, locality: after.locality });
  const followKey = streetFollowKey(after.usrn);
  const events: AlertEvent[] = [];
  if (after.currentStatus !== before?.currentStatus && after.currentStatus === 'problem-reported') {
    events.push({
      key: `verge-problem:${after.reference}:${day}`,
      followKey,
      subject: `A problem was reported on a verge on ${label}`,
      body: `Someone reported a problem with verge ${after.reference} on ${label}. The council is looking into it: you do not need to report it again.`,
    });
  }
  if (after.currentStatus !== before?.currentStatus && after.currentStatus === 'cut-overdue') {
    events.push({
      key: `verge-overdue:${after.reference}:${day}`,
      followKey,
      subject: `Grass cutting on ${label} is overdue`,
      body: `The planned cut of verge ${after.reference} on ${label} is overdue. The crew will come as soon as they can.`,
    });
  }
  const skippedBefore = new Set(
    (before?.cuts ?? []).filter((cut) => cut.status === 'skipped').map((cut) => cut.scheduledFrom),
  );
  for (const cut of after.cuts) {
    if (cut.status !== 'skipped' || skippedBefore.has(cut.scheduledFrom)) continue;
    events.push({
      key: `verge-skip:${after.reference}:${cut.scheduledFrom}`,
      followKey,
      subject: `A grass cut on ${label} was skipped`,
      body:
        `The cut of verge ${after.reference} on ${label} planned for ${formatLongDate(cut.scheduledFrom)} was skipped` +
        (cut.skipReason ? `: ${cut.skipReason}.` : '.'),
    });
  }
  return events;
}

/**
 * On publish, a verge on a followed street that turned "problem reported" or "cut
 * overdue", or had a cut marked skipped, raises an event (fan-out.ts). A Document
 * Service middleware, since Strapi 5's lifecycles fire create and delete on publish.
 */
export function vergeChangeAlerts(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== VERGE_UID || context.action !== 'publish') return next();
    const documentId = (context.params as { documentId?: string }).documentId;
    if (!documentId) return next();
    const before = await publishedVerge(strapi, documentId);
    const result = await next();
    const after = await publishedVerge(strapi, documentId);
    if (!after || after.usrn === null) return result;
    // In the publish's own transaction (SQLite has one connection): the events are kept if the publish is.
    await strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
      const followed: unknown = await trx(ALERT_TABLES.subscriptions)
        .where({ follow_key: streetFollowKey(after.usrn!) })
        .whereNotNull('confirmed_at')
        .first();
      if (!followed) return;
      const day = today();
      await raiseEvents(strapi, vergeChangeEvents(before, after, day), day);
    });
    return result;
  };
}
