import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { z } from 'zod';
import { EDITORIAL_TYPE_NAMES, EDITORIAL_TYPES, type EditorialType } from '../editorial-types';
import { REVISIONS_TABLE } from './store';

export const REVISION_KINDS = ['saved', 'published', 'unpublished', 'restored'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

/** A revision as the admin lists it: what, who and when, without its snapshot. */
export interface Revision {
  id: number;
  type: EditorialType;
  documentId: string;
  locale: string | null;
  kind: RevisionKind;
  by: { id: number | null; name: string };
  at: string;
  title: string;
  /** A web form's version number as it was then (cms/src/forms/versions.ts); null for other types. */
  formVersion: number | null;
}

export type Snapshot = Record<string, unknown>;

const row = z.object({
  id: z.coerce.number(),
  content_type: z.string(),
  document_id: z.string(),
  locale: z.string().nullish(),
  kind: z.enum(REVISION_KINDS),
  user_id: z.coerce.number().nullish(),
  user_name: z.string(),
  created_at: z.coerce.number(),
  title: z.string(),
  snapshot: z.string(),
});
type Row = z.infer<typeof row>;

const snapshotOf = (text: string): Snapshot => z.record(z.string(), z.unknown()).parse(JSON.parse(text));

function revisionOf(found: Row): Revision {
  const type = EDITORIAL_TYPE_NAMES.find((name) => EDITORIAL_TYPES[name].uid === found.content_type);
  if (!type) throw new Error(`A revision of an unknown type: ${found.content_type}`);
  const version = type === 'form-definition' ? snapshotOf(found.snapshot).version : null;
  return {
    id: found.id,
    type,
    documentId: found.document_id,
    locale: found.locale ?? null,
    kind: found.kind,
    by: { id: found.user_id ?? null, name: found.user_name },
    at: new Date(found.created_at).toISOString(),
    title: found.title,
    formVersion: typeof version === 'number' ? version : null,
  };
}

/** The newest revisions of one document, newest first. */
export async function listRevisions(
  strapi: Core.Strapi,
  type: EditorialType,
  documentId: string,
  limit: number,
): Promise<Revision[]> {
  const rows = z
    .array(row)
    .parse(
      await strapi.db
        .connection(REVISIONS_TABLE)
        .where({ content_type: EDITORIAL_TYPES[type].uid, document_id: documentId })
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit),
    );
  return rows.map(revisionOf);
}

/** The newest revisions among `types`, newest first: the History page's opening list. */
export async function recentRevisions(
  strapi: Core.Strapi,
  types: readonly EditorialType[],
  limit: number,
): Promise<Revision[]> {
  if (types.length === 0) return [];
  const rows = z.array(row).parse(
    await strapi.db
      .connection(REVISIONS_TABLE)
      .whereIn(
        'content_type',
        types.map((type) => EDITORIAL_TYPES[type].uid),
      )
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit),
  );
  return rows.map(revisionOf);
}

/** One revision of the document, with its snapshot; null when the document has no such revision. */
export async function findRevision(
  strapi: Core.Strapi,
  type: EditorialType,
  documentId: string,
  id: number,
): Promise<{ revision: Revision; snapshot: Snapshot } | null> {
  const found: unknown = await strapi.db
    .connection(REVISIONS_TABLE)
    .where({ id, content_type: EDITORIAL_TYPES[type].uid, document_id: documentId })
    .first();
  if (!found) return null;
  const parsed = row.parse(found);
  return { revision: revisionOf(parsed), snapshot: snapshotOf(parsed.snapshot) };
}

/** The document's newest revision's kind and snapshot text, for "nothing changed". */
export async function latestSnapshot(
  trx: Knex,
  uid: string,
  documentId: string,
  locale: string | null,
): Promise<{ kind: RevisionKind; snapshot: string } | null> {
  const found: unknown = await trx(REVISIONS_TABLE)
    .where({ content_type: uid, document_id: documentId, locale })
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .first('kind', 'snapshot');
  return found ? z.object({ kind: z.enum(REVISION_KINDS), snapshot: z.string() }).parse(found) : null;
}

export interface NewRevision {
  uid: string;
  documentId: string;
  locale: string | null;
  kind: RevisionKind;
  by: { id: number | null; name: string };
  at: Date;
  title: string;
  snapshot: Snapshot;
}

/**
 * Keeps a revision, unless nothing changed: a save whose fields are those of the
 * newest revision, or a publish or unpublish repeating the newest. In the caller's
 * transaction when there is one (the admin publishes in one; SQLite has one connection).
 */
export async function addRevision(strapi: Core.Strapi, revision: NewRevision): Promise<boolean> {
  const text = JSON.stringify(revision.snapshot);
  return strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
    const latest = await latestSnapshot(trx, revision.uid, revision.documentId, revision.locale);
    const unchanged = latest?.snapshot === text && (revision.kind === 'saved' || latest.kind === revision.kind);
    if (unchanged) return false;
    await trx(REVISIONS_TABLE).insert({
      content_type: revision.uid,
      document_id: revision.documentId,
      locale: revision.locale,
      kind: revision.kind,
      user_id: revision.by.id,
      user_name: revision.by.name.slice(0, 320),
      created_at: revision.at.getTime(),
      title: revision.title.slice(0, 255),
      snapshot: text,
    });
    return true;
  });
}
