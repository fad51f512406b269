import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { z } from 'zod';
import { EDITORIAL_TYPE_NAMES, EDITORIAL_TYPES, type EditorialType } from '../editorial-types';
import { REQUESTS_TABLE } from './store';

/** A document's review request, as the admin shows it on the document. */
export interface ReviewRequest {
  state: 'waiting' | 'sent-back';
  askedBy: string;
  askedAt: string;
  note: string | null;
  sentBack: { by: string; at: string; note: string } | null;
}

/** A document waiting for review, as the "Ready for review" list shows it. */
export interface WaitingDocument {
  type: EditorialType;
  typeLabel: string;
  documentId: string;
  title: string;
  askedBy: string;
  askedAt: string;
  note: string | null;
}

/** Notes are a few sentences; longer is refused rather than cut. */
export const NOTE_MAX = 1000;

const requestRow = z.object({
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

const iso = (ms: number) => new Date(ms).toISOString();

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
  asked: { by: string; note: string | null; now?: Date },
  then?: (request: ReviewRequest) => Promise<void>,
): Promise<ReviewRequest> {
  const row = {
    state: 'waiting',
    asked_by: asked.by.slice(0, 320),
    asked_at: (asked.now ?? new Date()).getTime(),
    note: asked.note,
    sent_back_by: null,
    sent_back_at: null,
    sent_back_note: null,
    told_editors_at: null,
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

/** Records that the Editors' team was told of the request asked at `askedAt`; false if it already was. */
export async function markEditorsTold(
  strapi: Core.Strapi,
  type: EditorialType,
  documentId: string,
  askedAt: string,
): Promise<boolean> {
  const count = await strapi.db
    .connection(REQUESTS_TABLE)
    .where({ content_type: EDITORIAL_TYPES[type].uid, document_id: documentId, asked_at: Date.parse(askedAt) })
    .whereNull('told_editors_at')
    .update({ told_editors_at: Date.now() });
  return count > 0;
}

/** Whether the Editors' team was told of the request asked at `askedAt`. */
export async function editorsTold(
  strapi: Core.Strapi,
  type: EditorialType,
  documentId: string,
  askedAt: string,
): Promise<boolean> {
  const found: unknown = await strapi.db
    .connection(REQUESTS_TABLE)
    .where({ content_type: EDITORIAL_TYPES[type].uid, document_id: documentId, asked_at: Date.parse(askedAt) })
    .whereNotNull('told_editors_at')
    .first('id');
  return Boolean(found);
}

/** Sends a waiting document back to its author with a note; null when nothing was waiting. */
export async function sendBack(
  strapi: Core.Strapi,
  type: EditorialType,
  documentId: string,
  by: string,
  note: string,
  now = new Date(),
): Promise<ReviewRequest | null> {
  const count = await strapi.db
    .connection(REQUESTS_TABLE)
    .where({ content_type: EDITORIAL_TYPES[type].uid, document_id: documentId, state: 'waiting' })
    .update({ state: 'sent-back', sent_back_by: by.slice(0, 320), sent_back_at: now.getTime(), sent_back_note: note });
  return count === 0 ? null : findRequest(strapi, type, documentId);
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

/** A draft's id, and its title among the rest (not yet written, it is null). */
const titled = z.object({ documentId: z.string() }).passthrough();

/** The drafts' titles (what the Editor is asked to review), by document id; a title not yet written is empty. */
export async function draftTitles(
  strapi: Core.Strapi,
  type: EditorialType,
  documentIds: readonly string[],
): Promise<Map<string, string>> {
  if (documentIds.length === 0) return new Map();
  const { uid, titleField } = EDITORIAL_TYPES[type];
  const drafts = z.array(titled).parse(
    await strapi.db.query(uid).findMany({
      where: { documentId: { $in: documentIds }, publishedAt: { $null: true } },
      select: ['documentId', titleField],
    }),
  );
  return new Map(
    drafts.map((draft) => {
      const title = draft[titleField];
      return [draft.documentId, typeof title === 'string' ? title : ''];
    }),
  );
}

/** Every document waiting for review among `types`, the longest waiting first. */
export async function findWaiting(
  strapi: Core.Strapi,
  types: readonly EditorialType[] = EDITORIAL_TYPE_NAMES,
): Promise<WaitingDocument[]> {
  const rows = z.array(requestRow).parse(
    await strapi.db
      .connection(REQUESTS_TABLE)
      .where({ state: 'waiting' })
      .whereIn(
        'content_type',
        types.map((type) => EDITORIAL_TYPES[type].uid),
      )
      .orderBy('asked_at', 'asc')
      .orderBy('id', 'asc'),
  );
  const titles = new Map<string, string>();
  for (const type of types) {
    const ids = rows.filter((row) => row.content_type === EDITORIAL_TYPES[type].uid).map((row) => row.document_id);
    for (const [documentId, title] of await draftTitles(strapi, type, ids)) {
      titles.set(`${EDITORIAL_TYPES[type].uid}:${documentId}`, title);
    }
  }
  return rows.flatMap((row): WaitingDocument[] => {
    const type = types.find((known) => EDITORIAL_TYPES[known].uid === row.content_type);
    const title = titles.get(`${row.content_type}:${row.document_id}`);
    // A document deleted some other way than the Document Service has no draft left to review.
    if (!type || title === undefined) return [];
    return [
      {
        type,
        typeLabel: EDITORIAL_TYPES[type].label,
        documentId: row.document_id,
        title: title || 'Untitled',
        askedBy: row.asked_by,
        askedAt: iso(row.asked_at),
        note: row.note ?? null,
      },
    ];
  });
}
