import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Transaction } from './sql';

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
