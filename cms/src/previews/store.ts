import type { Knex } from 'knex';

/**
 * Preview links, in a table of their own (as review requests keep theirs): one row per
 * link, by its token's id (`jti`). A token whose row is missing, revoked or past its
 * time shows nothing, whatever its signature says.
 */
export const LINKS_TABLE = 'doorstep_preview_links';

export async function ensureLinksTable(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable(LINKS_TABLE)) return;
  await knex.schema.createTable(LINKS_TABLE, (table) => {
    table.string('jti', 36).primary();
    table.string('content_type', 100).notNullable();
    table.string('document_id', 64).notNullable();
    /** 'share': made in the "Share preview" panel, listed there; 'button': Strapi's Preview button, short-lived. */
    table.string('purpose', 10).notNullable();
    table.string('created_by', 320).notNullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('expires_at').notNullable();
    table.string('revoked_by', 320);
    table.bigInteger('revoked_at');
    table.index(['content_type', 'document_id']);
  });
}
