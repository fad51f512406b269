import type { Knex } from 'knex';

/**
 * Revisions, in a table of their own (as review dates and review requests keep theirs,
 * ADR 0014): not a content type, so neither the public API nor GraphQL can reach it.
 * One row per save, publish, unpublish or restore of an editorial document, with who
 * did it, when, and a JSON snapshot of the document's fields (snapshot.ts).
 */
export const REVISIONS_TABLE = 'doorstep_revisions';

export async function ensureRevisionsTable(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable(REVISIONS_TABLE)) return;
  await knex.schema.createTable(REVISIONS_TABLE, (table) => {
    table.increments('id');
    table.string('content_type', 100).notNullable();
    table.string('document_id', 64).notNullable();
    table.string('locale', 20);
    table.string('kind', 20).notNullable();
    table.integer('user_id');
    table.string('user_name', 320).notNullable();
    table.bigInteger('created_at').notNullable();
    table.string('title', 255).notNullable();
    table.text('snapshot').notNullable();
    table.index(['content_type', 'document_id', 'created_at']);
    table.index(['created_at']);
  });
}
