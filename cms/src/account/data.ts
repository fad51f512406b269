import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { DataExport } from './pages';
import { myRequest, myRequests } from './requests';
import type { Resident } from './residents';
import { TABLES } from './store';
import { FREQUENCY_TEXT } from '../alerts/pages';
import { residentSubscriptions } from '../alerts/subscriptions';

/**
 * Everything held about a resident through their account: details, sessions (when,
 * not the tokens, which are not kept), requests with their answers and updates, and
 * saved forms and the streets it gets alerts for. The readable page and the JSON download are both this.
 */
export async function exportData(strapi: Core.Strapi, resident: Resident): Promise<DataExport> {
  const knex = strapi.db.connection;
  const sessions = z
    .array(z.object({ created_at: z.coerce.number(), last_seen_at: z.coerce.number() }))
    .parse(await knex(TABLES.sessions).where({ resident_id: resident.id }).select('created_at', 'last_seen_at'));
  const drafts = z
    .array(z.object({ form_title: z.string(), updated_at: z.coerce.number(), expires_at: z.coerce.number() }))
    .parse(
      await knex(TABLES.drafts)
        .where({ resident_id: resident.id })
        .select('form_title', 'updated_at', 'expires_at')
        .orderBy('updated_at', 'desc'),
    );
  const alerts = await residentSubscriptions(strapi, resident.id);
  const requests = [];
  for (const summary of await myRequests(strapi, resident)) {
    const detail = await myRequest(strapi, resident, summary.reference);
    if (detail) requests.push(detail);
  }
  return {
    account: {
      email: resident.email,
      name: resident.name,
      phone: resident.phone,
      address: resident.address,
      createdAt: new Date(resident.createdAt).toISOString(),
    },
    sessions: sessions.map((session) => ({
      startedAt: new Date(session.created_at).toISOString(),
      lastUsedAt: new Date(session.last_seen_at).toISOString(),
    })),
    requests,
    savedForms: drafts.map((draft) => ({
      form: draft.form_title,
      savedAt: new Date(draft.updated_at).toISOString(),
      deletedAfter: new Date(draft.expires_at).toISOString(),
    })),
    alerts: alerts.map((alert) => ({
      street: alert.follow_label,
      howOften: FREQUENCY_TEXT[alert.frequency],
      since: new Date(alert.created_at).toISOString(),
    })),
  };
}
