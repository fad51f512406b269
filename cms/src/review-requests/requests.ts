import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { z } from 'zod';
import { EDITORIAL_TYPES, type EditorialType } from '../editorial-types';
import { REQUESTS_TABLE } from './store';

/** A document's review request, as the admin shows it on the document. */
export interface ReviewRequest {
  state: 'waiting' | 'sent-back';
  askedBy: string;
  askedAt: string;
  note: string | null;
  sentBack: { by: string; at: string; note: string } | null;
}

/** Notes are a few sentences; longer is refused rather than cut. */
export const NOTE_MAX = 1000;

export const requestRow = z.object({
  content_type: z.string(),
  document_id: z.string(),
  state: z.enum(['waiting', 'sent-back']),
  asked_by: z.string(),
  asked_at: z.coerce.number(),
  note: z.string().nullish(),
  sent_back_by: z.string().nullish(),
  sent_back_at: z.coerce.number().nullish(),
  sent_back_note: z.string().nullish(),
});
type RequestRow = z.infer<typeof requestRow>;

export const iso = (ms: number) => new Date(ms).toISOString();

function requestOf(row: RequestRow): ReviewRequest {
  return {
    state: row.state,
    askedBy: row.asked_by,
    askedAt: iso(row.asked_at),
    note: row.note ?? null,
    sentBack:
      row.state === 'sent-back' && row.sent_back_by && row.sent_back_at
        ? { by: row.sent_back_by, at: iso(row.sent_back_at), note: row.sent_back_note ?? '' }
        : null,
  };
}

async function readRequest(knex: Knex, type: EditorialType, documentId: string): Promise<ReviewRequest | null> {
  const found: unknown = await knex(REQUESTS_TABLE)
    .where({ content_type: EDITORIAL_TYPES[type].uid, document_id: documentId })
    .first();
  return found ? requestOf(requestRow.parse(found)) : null;
}

/** The document's review request, if it has one. */
export const findRequest = (strapi: Core.Strapi, type: EditorialType, documentId: string) =>
  readRequest(strapi.db.connection, type, documentId);

/**
 * Asks for a review: a request sent back, or asked before, is replaced by this one.
 * `then` runs in the same transaction (queuing the Editors' email): both are kept, or neither.
 */
export async function askForReview(
  strapi: Core.Strapi,
  type: EditorialType,
  documentId: string,
  asked: { by: string; email: string | null; note: string | null; now?: Date },
  then?: (request: ReviewRequest) => Promise<void>,
): Promise<ReviewRequest> {
  const row = {
    state: 'waiting',
    asked_by: asked.by.slice(0, 320),
    asked_by_email: asked.email?.slice(0, 320) ?? null,
    asked_at: (asked.now ?? new Date()).getTime(),
    note: asked.note,
    sent_back_by: null,
    sent_back_at: null,
    sent_back_note: null,
    told_editors_at: null,
    told_author_at: null,
  };
  return strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
    await trx(REQUESTS_TABLE)
      .insert({ content_type: EDITORIAL_TYPES[type].uid, document_id: documentId, ...row })
      .onConflict(['content_type', 'document_id'])
      .merge(row);
    const request = (await readRequest(trx, type, documentId))!;
    await then?.(request);
    return request;
  });
}

/**
 * Sends a waiting document back to its author with a note; null when nothing was waiting.
 * `then` runs in the same transaction (queuing the Author's email): both are kept, or neither.
 */
export async function sendBack(
  strapi: Core.Strapi,
  type: EditorialType,
  documentId: string,
  sent: { by: string; note: string; now?: Date },
  then?: (request: ReviewRequest) => Promise<void>,
): Promise<ReviewRequest | null> {
  return strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
    const count = await trx(REQUESTS_TABLE)
      .where({ content_type: EDITORIAL_TYPES[type].uid, document_id: documentId, state: 'waiting' })
      .update({
        state: 'sent-back',
        sent_back_by: sent.by.slice(0, 320),
        sent_back_at: (sent.now ?? new Date()).getTime(),
        sent_back_note: sent.note,
      });
    if (count === 0) return null;
    const request = (await readRequest(trx, type, documentId))!;
    await then?.(request);
    return request;
  });
}

/** The address of whoever asked for the document's review, when it is known. */
export async function askerEmail(strapi: Core.Strapi, type: EditorialType, documentId: string) {
  const found: unknown = await strapi.db
    .connection(REQUESTS_TABLE)
    .where({ content_type: EDITORIAL_TYPES[type].uid, document_id: documentId })
    .first('asked_by_email');
  return z.object({ asked_by_email: z.string().nullish() }).parse(found ?? {}).asked_by_email ?? null;
}

/**
 * Removes a document's request: it was published, or deleted. Inside the transaction
 * the admin publishes in, when there is one: it goes only if the publish is kept (and
 * SQLite's one connection is not waited on while that transaction holds it).
 */
export async function clearRequest(strapi: Core.Strapi, uid: string, documentId: string): Promise<void> {
  await strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
    await trx(REQUESTS_TABLE).where({ content_type: uid, document_id: documentId }).delete();
  });
}
