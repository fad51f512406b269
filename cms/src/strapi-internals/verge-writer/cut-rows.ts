import type { Core } from '@strapi/strapi';
import { cutToCms, type Verge } from '@doorstep/domain';
import { z } from 'zod';
import { reserveIds } from './ids';
import { CUT_UID, type VergeTables } from './layout';
import { chunk } from '../../verges/chunk';
import { insertRows, type Transaction } from './sql';

/**
 * The cuts of verge rows just written, and the links Strapi keeps between a row and its
 * repeatable components (entity, component, type, field, order); and their removal
 * when a verge is replaced.
 */
const insertedRow = z.object({ id: z.coerce.number(), document_id: z.string(), published_at: z.unknown() });
const ids = z.array(z.coerce.number());

/** Inserts each row's cuts (draft and published rows have their own copies, as Strapi does) and links them. */
export async function linkCuts(
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
  const cutIds = await reserveIds(trx, tables.cuts, total, strapi.db.dialect.client === 'postgres');
  const cuts: Array<Record<string, unknown>> = [];
  const links: Array<Record<string, unknown>> = [];
  for (const { rowId, verge } of owners) {
    for (const [order, cut] of verge.cuts.entries()) {
      const id = cutIds[cuts.length]!;
      const attributes: Record<string, unknown> = { id, ...cutToCms(cut) };
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

export async function removeRows(trx: Transaction, tables: VergeTables, rowIds: number[]): Promise<void> {
  const { links } = tables;
  for (const rows of chunk(rowIds, 500)) {
    const cutIds = ids.parse(
      await trx(links.table).whereIn(links.entity, rows).where(links.type, CUT_UID).pluck(links.component),
    );
    await trx(links.table).whereIn(links.entity, rows).delete();
    for (const part of chunk(cutIds, 500)) await trx(tables.cuts).whereIn('id', part).delete();
    await trx(tables.verges).whereIn('id', rows).delete();
  }
}
