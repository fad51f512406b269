import type { Knex } from 'knex';

/**
 * Review requests, in a table of their own (as review dates keep theirs, ADR 0014):
 * at most one per document, asked by an Author, then waiting for an Editor or sent
 * back with a note. Publishing the document removes it.
 */
export const REQUESTS_TABLE = 'doorstep_review_requests';

export async function ensureRequestsTable(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable(REQUESTS_TABLE)) return addSentBackEmailColumns(knex);
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
    // Who to email when it is sent back, and when they were: once, however often its job runs.
    table.string('asked_by_email', 320);
    table.bigInteger('told_author_at');
    table.unique(['content_type', 'document_id']);
    table.index(['state', 'asked_at']);
  });
}

/** Tables made before sent-back emails (issue 17, item 5) gain their two columns. */
async function addSentBackEmailColumns(knex: Knex): Promise<void> {
  if (await knex.schema.hasColumn(REQUESTS_TABLE, 'asked_by_email')) return;
  await knex.schema.alterTable(REQUESTS_TABLE, (table) => {
    table.string('asked_by_email', 320);
    table.bigInteger('told_author_at');
  });
}
