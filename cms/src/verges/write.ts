import type { Core } from '@strapi/strapi';
import type { Verge } from '@doorstep/domain';
import { z } from 'zod';
import { insertRows, newDocumentId, reserveIds, type Transaction } from './ids';
import { CUT_UID, VERGE_UID, vergeTables, type VergeTables } from './layout';
import { cutAttributes, vergeRows } from './rows';

/**
 * Writes verges published, in bulk, in one transaction: all of them or, on any error,
 * none. A verge whose reference exists already is replaced in place (same documentId,
 * same creation date), so importing a file twice never duplicates anything. This is
 * what makes the importer and the demo seed fast: a few multi-row INSERTs per
 * batch instead of the Document Service's dozens of queries per verge.
 */
export interface WriteOptions {
  now?: Date;
  onProgress?: (written: number, total: number) => void;
}

export interface WriteReport {
  created: number;
  updated: number;
}

const BATCH = 250;
const existingRow = z.object({ id: z.number(), documentId: z.string(), reference: z.string(), createdAt: z.unknown() });
const insertedRow = z.object({ id: z.coerce.number(), document_id: z.string(), published_at: z.unknown() });

export function chunk<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );
}

export async function writeVerges(strapi: Core.Strapi, verges: readonly Verge[], options: WriteOptions = {}) {
  const tables = vergeTables(strapi);
  const now = options.now ?? new Date();
  return strapi.db.transaction(async ({ trx }: { trx: Transaction }): Promise<WriteReport> => {
    const existing = new Map<string, { ids: number[]; documentId: string; createdAt: Date }>();
    for (const references of chunk(
      verges.map((verge) => verge.reference),
      500,
    )) {
      const rows = await strapi.db.query(VERGE_UID).findMany({
        where: { reference: { $in: references } },
        select: ['id', 'documentId', 'reference', 'createdAt'],
      });
      for (const row of z.array(existingRow).parse(rows)) {
        const entry = existing.get(row.reference) ?? {
          ids: [],
          documentId: row.documentId,
          createdAt: toDate(row.createdAt, now),
        };
        entry.ids.push(row.id);
        existing.set(row.reference, entry);
      }
    }
    await removeRows(
      trx,
      tables,
      [...existing.values()].flatMap((entry) => entry.ids),
    );

    let written = 0;
    for (const batch of chunk(verges, BATCH)) {
      const stamps = batch.map((verge) => {
        const previous = existing.get(verge.reference);
        return {
          documentId: previous?.documentId ?? newDocumentId(),
          createdAt: previous?.createdAt ?? now,
          updatedAt: now,
        };
      });
      await strapi.db
        .query(VERGE_UID)
        .createMany({ data: batch.flatMap((verge, index) => vergeRows(verge, stamps[index]!)) });
      await linkCuts(
        strapi,
        trx,
        tables,
        batch,
        stamps.map((stamp) => stamp.documentId),
      );
      written += batch.length;
      options.onProgress?.(written, verges.length);
    }
    return { created: verges.length - existing.size, updated: existing.size };
  });
}

/** Inserts each row's cuts (draft and published rows have their own copies, as Strapi does) and links them. */
async function linkCuts(
  strapi: Core.Strapi,
  trx: Transaction,
  tables: VergeTables,
  batch: readonly Verge[],
  documentIds: string[],
) {
  const inserted = z.array(insertedRow).parse(
    await trx(tables.verges)
      .whereIn(tables.column('documentId'), documentIds)
      .select(
        `${tables.column('id')} as id`,
        `${tables.column('documentId')} as document_id`,
        `${tables.column('publishedAt')} as published_at`,
      ),
  );
  const rowIds = new Map<string, number[]>();
  for (const row of inserted) rowIds.set(row.document_id, [...(rowIds.get(row.document_id) ?? []), row.id]);
  const owners = batch.flatMap((verge, index) =>
    (rowIds.get(documentIds[index]!) ?? []).map((rowId) => ({ rowId, verge })),
  );
  const total = owners.reduce((sum, owner) => sum + owner.verge.cuts.length, 0);
  const ids = await reserveIds(trx, tables.cuts, total, strapi.db.dialect.client === 'postgres');
  const cuts: Array<Record<string, unknown>> = [];
  const links: Array<Record<string, unknown>> = [];
  for (const { rowId, verge } of owners) {
    for (const [order, cut] of verge.cuts.entries()) {
      const id = ids[cuts.length]!;
      const attributes: Record<string, unknown> = { id, ...cutAttributes(cut) };
      cuts.push(Object.fromEntries(Object.entries(attributes).map(([name, value]) => [tables.cutColumn(name), value])));
      const { links: l } = tables;
      links.push({
        [l.entity]: rowId,
        [l.component]: id,
        [l.type]: CUT_UID,
        [l.field]: l.fieldValue,
        [l.order]: order + 1,
      });
    }
  }
  // Dates are ISO strings and the rest plain values: what Strapi's own conversion would store.
  await insertRows(trx, tables.cuts, cuts);
  await insertRows(trx, tables.links.table, links);
}

async function removeRows(trx: Transaction, tables: VergeTables, rowIds: number[]): Promise<void> {
  const { links } = tables;
  for (const ids of chunk(rowIds, 500)) {
    const cutIds = (await trx(links.table)
      .whereIn(links.entity, ids)
      .where(links.type, CUT_UID)
      .pluck(links.component)) as number[];
    await trx(links.table).whereIn(links.entity, ids).delete();
    for (const part of chunk(cutIds, 500)) await trx(tables.cuts).whereIn('id', part).delete();
    await trx(tables.verges).whereIn('id', ids).delete();
  }
}

function toDate(value: unknown, fallback: Date): Date {
  const date =
    value instanceof Date ? value : new Date(typeof value === 'number' || typeof value === 'string' ? value : NaN);
  return Number.isNaN(date.getTime()) ? fallback : date;
}
