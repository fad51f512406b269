import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';

/** A transaction's query builder (knex), as Strapi's database layer hands it out. */
export type Transaction = Core.Strapi['db']['connection'];

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A new documentId in the shape Strapi's own (cuid2) ids have: 24 lower-case letters
 * and digits, starting with a letter. 119 random bits: collisions are not a concern.
 */
export function newDocumentId(): string {
  const bytes = randomBytes(24);
  const first = BASE36[10 + (bytes[0]! % 26)]!;
  return first + [...bytes.subarray(1)].map((byte) => BASE36[byte % 36]).join('');
}

/**
 * Ids for rows about to be inserted, known before the insert so each cut can be linked
 * to its verge without reading rows back. PostgreSQL hands them out from the table's
 * sequence (safe with other writers). SQLite allows one writer at a time and this
 * transaction has already written, so the next ids after the largest are free.
 */
const sequenceIds = z.object({ rows: z.array(z.object({ id: z.coerce.number() })) });
const largestId = z.array(z.object({ max: z.coerce.number().nullable() }));

export async function reserveIds(trx: Transaction, table: string, count: number, postgres: boolean): Promise<number[]> {
  if (count === 0) return [];
  if (postgres) {
    const sql = `select nextval(pg_get_serial_sequence(?, 'id')) as id from generate_series(1, ?)`;
    return sequenceIds.parse(await trx.raw(sql, [table, count])).rows.map((row) => row.id);
  }
  const [row] = largestId.parse(await trx(table).max({ max: 'id' }));
  const first = (row?.max ?? 0) + 1;
  return Array.from({ length: count }, (_, index) => first + index);
}

/**
 * A multi-row INSERT per ~30,000 values, under SQLite's 32,766 and PostgreSQL's 65,535
 * bound-parameter limits. knex writes SQLite batches as a compound SELECT capped at 500
 * rows, which made cuts and their links most of an import's time.
 */
export async function insertRows(trx: Transaction, table: string, rows: Array<Record<string, unknown>>) {
  const columns = Object.keys(rows[0] ?? {});
  const perStatement = Math.max(1, Math.floor(30_000 / Math.max(1, columns.length)));
  for (let start = 0; start < rows.length; start += perStatement) {
    const part = rows.slice(start, start + perStatement);
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const sql = `insert into ?? (${columns.map(() => '??').join(', ')}) values ${part.map(() => tuple).join(', ')}`;
    await trx.raw(sql, [table, ...columns, ...part.flatMap((row) => columns.map((column) => row[column] ?? null))]);
  }
}
