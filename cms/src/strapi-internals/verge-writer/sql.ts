import type { Core } from '@strapi/strapi';

/** A transaction's query builder (knex), as Strapi's database layer hands it out. */
export type Transaction = Core.Strapi['db']['connection'];

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
