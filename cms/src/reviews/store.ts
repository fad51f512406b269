import type { Knex } from 'knex';

/**
 * What review dates keep beside the pages, in tables of their own (as the residents'
 * account does, ADR 0014): who marked a page reviewed and when, and each reminder sent
 * to an owner, at most once per page, review-by date and kind.
 */
export const TABLES = {
  reviews: 'doorstep_page_reviews',
  reminders: 'doorstep_review_reminders',
} as const;

export async function ensureReviewTables(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable(TABLES.reviews))) {
    await knex.schema.createTable(TABLES.reviews, (table) => {
      table.increments('id');
      table.string('content_type', 100).notNullable();
      table.string('document_id', 64).notNullable();
      table.bigInteger('reviewed_at').notNullable();
      table.string('reviewed_by', 320).notNullable();
      table.string('review_by', 10).notNullable();
      table.index(['document_id', 'reviewed_at']);
    });
  }
  if (!(await knex.schema.hasTable(TABLES.reminders))) {
    await knex.schema.createTable(TABLES.reminders, (table) => {
      table.increments('id');
      table.string('content_type', 100).notNullable();
      table.string('document_id', 64).notNullable();
      table.string('review_by', 10).notNullable();
      table.string('kind', 20).notNullable();
      table.string('owner', 320).notNullable();
      table.string('title', 255).notNullable();
      table.bigInteger('created_at').notNullable();
      table.bigInteger('sent_at');
      // The once-each rule: a second run of the daily job inserts nothing, and sends nothing.
      table.unique(['document_id', 'review_by', 'kind']);
    });
  }
}
