import type { Core } from '@strapi/strapi';
import { EDITORIAL_TYPES, type EditorialType } from '../editorial-types';
import { recordRevision, withoutRecording } from './record';
import type { Snapshot } from './revisions';
import { contentTypeAttributes, keptAttributes } from './schema';
import type { RelatedDocument } from './snapshot';

/**
 * Fields that are not the page's words but where it stands now: a web form's version
 * number counts publishes (cms/src/forms/versions.ts); a page's owner and review-by date
 * move on with "Mark as reviewed" (cms/src/reviews), which an old version must not undo.
 */
const REVIEW_FIELDS = ['owner', 'reviewBy'] as const;
const NOT_RESTORED: Partial<Record<EditorialType, readonly string[]>> = {
  'form-definition': ['version'],
  'service-page': REVIEW_FIELDS,
  'info-page': REVIEW_FIELDS,
};

const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value])
    .filter((item): item is RelatedDocument => typeof (item as RelatedDocument | null)?.documentId === 'string')
    .map((item) => item.documentId);

/** Which of `documentIds` of `target` still exist: a link to a deleted document cannot come back. */
async function existing(strapi: Core.Strapi, target: string, documentIds: string[]): Promise<Set<string>> {
  if (documentIds.length === 0) return new Set();
  const found = (await strapi.db
    .query(target)
    .findMany({ where: { documentId: { $in: documentIds } }, select: ['documentId'] })) as Array<{
    documentId: string;
  }>;
  return new Set(found.map((row) => row.documentId));
}

/** The draft's data for the revision's fields: components and zones as kept, relations set to those still there. */
export async function restoredData(strapi: Core.Strapi, type: EditorialType, snapshot: Snapshot) {
  const { uid } = EDITORIAL_TYPES[type];
  const data: Record<string, unknown> = {};
  for (const [name, attribute] of keptAttributes(contentTypeAttributes(strapi, uid))) {
    if (NOT_RESTORED[type]?.includes(name) || !(name in snapshot)) continue;
    const value = snapshot[name];
    if (attribute.type === 'relation' && attribute.target) {
      const there = await existing(strapi, attribute.target, ids(value));
      const kept = ids(value).filter((id) => there.has(id));
      data[name] = Array.isArray(value) ? { set: kept.map((documentId) => ({ documentId })) } : (kept[0] ?? null);
    } else if (attribute.type !== 'media') {
      data[name] = value;
    }
  }
  return data;
}

/**
 * Writes a revision's fields into the document's draft through the Document Service
 * (its middlewares and validation run, as for a save in the admin), and keeps the
 * result as one "restored" revision. The published version is not touched: the
 * restored draft goes live when someone publishes it.
 */
export async function restoreRevision(
  strapi: Core.Strapi,
  type: EditorialType,
  documentId: string,
  snapshot: Snapshot,
): Promise<void> {
  const { uid } = EDITORIAL_TYPES[type];
  const data = await restoredData(strapi, type, snapshot);
  await withoutRecording(async () => {
    await strapi.documents(uid as never).update({ documentId, data: data as never });
    await recordRevision(strapi, uid, documentId, null, 'restored');
  });
}
