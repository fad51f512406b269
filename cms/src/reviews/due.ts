import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { addMonths } from './dates';
import { PAGE_TYPES, REVIEWED, type PageType } from './pages';

/** A page whose review is due: within a month of `today`, or past. */
export interface DuePage {
  type: PageType;
  typeLabel: string;
  documentId: string;
  title: string;
  owner: string | null;
  reviewBy: string;
  overdue: boolean;
}

/** Reminders and the list look this far ahead. */
export const DUE_WITHIN_MONTHS = 1;

const row = z.object({
  documentId: z.string(),
  title: z.string(),
  owner: z.string().nullish(),
  // PostgreSQL's date columns come back as text from Strapi; SQLite's as text too.
  reviewBy: z.string().transform((value) => value.slice(0, 10)),
  createdBy: z.object({ id: z.coerce.number() }).nullish(),
});

/** Whether the one asking may read a page (its creator known): the list shows only those. */
export type MayRead = (type: PageType, page: { createdBy?: { id: number } | null }) => boolean;

/**
 * Live pages (those with a published version) whose review-by date is on or before a
 * month from `today` (YYYY-MM-DD, the UK date: passed in, so tests can choose it),
 * that `mayRead` lets the one asking see (the reminders ask for all), oldest first, so the most overdue lead. The published version's date is the one
 * that counts: it is the page residents read.
 */
export async function findDue(
  strapi: Core.Strapi,
  today: string,
  types: readonly PageType[] = PAGE_TYPES,
  mayRead: MayRead = () => true,
): Promise<DuePage[]> {
  const horizon = addMonths(today, DUE_WITHIN_MONTHS);
  const found = await Promise.all(
    types.map(async (type) => {
      const rows: unknown = await strapi.db.query(REVIEWED[type].uid).findMany({
        where: { publishedAt: { $notNull: true }, reviewBy: { $notNull: true, $lte: horizon } },
        select: ['documentId', 'title', 'owner', 'reviewBy'],
        populate: { createdBy: { select: ['id'] } },
      });
      return z
        .array(row)
        .parse(rows)
        .filter((page) => mayRead(type, page))
        .map((page): DuePage => ({
          type,
          typeLabel: REVIEWED[type].label,
          documentId: page.documentId,
          title: page.title,
          owner: page.owner ?? null,
          reviewBy: page.reviewBy,
          overdue: page.reviewBy < today,
        }));
    }),
  );
  return found.flat().sort((a, b) => a.reviewBy.localeCompare(b.reviewBy) || a.title.localeCompare(b.title, 'en-GB'));
}
