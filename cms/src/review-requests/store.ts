import type { Knex } from 'knex';

/**
 * Review requests, in a table of their own (as review dates keep theirs, ADR 0014):
 * at most one per document, asked by an Author, then waiting for an Editor or sent
 * back with a note. Publishing the document removes it.
 */
export const REQUESTS_TABLE = 'doorstep_review_requests';

export async function ensureRequestsTable(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable(REQUESTS_TABLE)) return;
  await knex.schema.createTable(REQUESTS_TABLE, (table) => {
    table.increments('id');
    table.string('content_type', 100).notNullable();
    table.string('document_id', 64).notNullable();
    table.string('state', 20).notNullable();
    table.string('asked_by', 320).notNullable();
    table.bigInteger('asked_at').notNullable();
    table.text('note');
    table.string('sent_back_by', 320);
    table.bigInteger('sent_back_at');
    table.text('sent_back_note');
    // When the Editors' team was emailed about this request: once, however often its job runs.
    table.bigInteger('told_editors_at');
    table.unique(['content_type', 'document_id']);
    table.index(['state', 'asked_at']);
  });
}
