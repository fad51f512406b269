import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { z } from 'zod';
import { nextReviewBy } from './dates';
import { REVIEWED, type PageType } from './pages';
import { TABLES } from './store';

interface Metadata {
  tableName: string;
  attributes: Record<string, { columnName?: string } | undefined>;
}

/** A table's column for an attribute, as Strapi's database layer names it (re-check on upgrades). */
function columnsOf(strapi: Core.Strapi, type: PageType): { table: string; documentId: string; reviewBy: string } {
  const meta = strapi.db.metadata.get(REVIEWED[type].uid) as unknown as Metadata;
  const column = (name: string, fallback: string) => meta.attributes[name]?.columnName ?? fallback;
  return {
    table: meta.tableName,
    documentId: column('documentId', 'document_id'),
    reviewBy: column('reviewBy', 'review_by'),
  };
}

const lastRow = z.object({ reviewed_at: z.coerce.number(), reviewed_by: z.string() });

export interface ReviewState {
  reviewBy: string | null;
  lastReview: { at: string; by: string } | null;
}

const reviewByRow = z.object({ reviewBy: z.string().nullish() });

/** A page's review-by date and who last marked it reviewed; null when there is no such page. */
export async function reviewState(
  strapi: Core.Strapi,
  type: PageType,
  documentId: string,
): Promise<ReviewState | null> {
  const found: unknown = await strapi.db.query(REVIEWED[type].uid).findOne({
    where: { documentId },
    select: ['reviewBy'],
    orderBy: { publishedAt: 'desc' },
  });
  if (!found) return null;
  const last: unknown = await strapi.db
    .connection(TABLES.reviews)
    .where({ document_id: documentId, content_type: REVIEWED[type].uid })
    .orderBy('reviewed_at', 'desc')
    .orderBy('id', 'desc')
    .first('reviewed_at', 'reviewed_by');
  const parsed = lastRow.safeParse(last);
  return {
    reviewBy: reviewByRow.parse(found).reviewBy?.slice(0, 10) ?? null,
    lastReview: parsed.success
      ? { at: new Date(parsed.data.reviewed_at).toISOString(), by: parsed.data.reviewed_by }
      : null,
  };
}

/**
 * "Mark as reviewed": the page's review-by date moves to 12 months from today, on the
 * draft and the published version alike, and who did it and when is recorded. Written
 * to the table directly, not through the Document Service or `strapi.db.query`, whose
 * update stamps `updatedAt`: a newer draft is what the admin shows as "Modified", and
 * a review changes nothing residents read. A draft already modified stays so.
 */
export async function markReviewed(
  strapi: Core.Strapi,
  type: PageType,
  documentId: string,
  by: string,
  now = new Date(),
): Promise<ReviewState | null> {
  const columns = columnsOf(strapi, type);
  const reviewBy = nextReviewBy(now);
  const updated = await strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
    const count = await trx(columns.table)
      .where(columns.documentId, documentId)
      .update({ [columns.reviewBy]: reviewBy });
    if (count === 0) return false;
    await trx(TABLES.reviews).insert({
      content_type: REVIEWED[type].uid,
      document_id: documentId,
      reviewed_at: now.getTime(),
      reviewed_by: by.slice(0, 320),
      review_by: reviewBy,
    });
    return true;
  });
  return updated ? reviewState(strapi, type, documentId) : null;
}
