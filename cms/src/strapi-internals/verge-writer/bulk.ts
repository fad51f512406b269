import type { Core } from '@strapi/strapi';
import type { Verge } from '@doorstep/domain';
import { z } from 'zod';
import { linkCuts, removeRows } from './cut-rows';
import { newDocumentId } from './ids';
import { VERGE_UID, vergeTables } from './layout';
import { vergeRows } from './rows';
import { chunk } from '../../verges/chunk';
import { advanceContentGeneration } from '../../public-api/cache/generation';
import type { Transaction } from './sql';

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

export async function writeVergesInBulk(strapi: Core.Strapi, verges: readonly Verge[], options: WriteOptions = {}) {
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
    // Around the Document Service, so its middleware does not see these writes: the
    // API cache's generation moves on here, in this transaction (ADR 0013).
    await advanceContentGeneration(strapi);
    return { created: verges.length - existing.size, updated: existing.size };
  });
}

function toDate(value: unknown, fallback: Date): Date {
  const date =
    value instanceof Date ? value : new Date(typeof value === 'number' || typeof value === 'string' ? value : NaN);
  return Number.isNaN(date.getTime()) ? fallback : date;
}
