import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { EDITORIAL_TYPE_NAMES, EDITORIAL_TYPES, type EditorialType } from '../editorial-types';
import { iso, requestRow } from './requests';
import { REQUESTS_TABLE } from './store';

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
