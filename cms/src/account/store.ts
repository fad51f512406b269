import type { Knex } from 'knex';

/**
 * Residents' accounts live in tables of their own (ADR 0014), outside Strapi's
 * content types: no Content API route, permission or GraphQL type can reach them.
 */
export const TABLES = {
  residents: 'doorstep_residents',
  sessions: 'doorstep_resident_sessions',
  codes: 'doorstep_sign_in_codes',
  drafts: 'doorstep_form_drafts',
  oidcFlows: 'doorstep_oidc_flows',
} as const;

export async function ensureAccountTables(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable(TABLES.residents))) {
    await knex.schema.createTable(TABLES.residents, (table) => {
      table.string('id', 36).primary();
      table.string('email', 320).notNullable().unique();
      table.string('name', 200);
      table.string('phone', 40);
      table.text('address');
      table.bigInteger('created_at').notNullable();
      table.bigInteger('signed_in_at');
    });
  }
  if (!(await knex.schema.hasTable(TABLES.sessions))) {
    await knex.schema.createTable(TABLES.sessions, (table) => {
      table.string('token_hash', 64).primary();
      table.string('resident_id', 36).notNullable().index();
      table.bigInteger('created_at').notNullable();
      table.bigInteger('last_seen_at').notNullable();
      table.bigInteger('expires_at').notNullable().index();
    });
  }
  if (!(await knex.schema.hasTable(TABLES.codes))) {
    await knex.schema.createTable(TABLES.codes, (table) => {
      table.increments('id');
      table.string('email', 320).notNullable().index();
      table.string('purpose', 20).notNullable();
      table.string('draft_id', 36);
      table.string('code_hash', 64);
      table.integer('attempts').notNullable().defaultTo(0);
      table.bigInteger('created_at').notNullable();
      table.bigInteger('expires_at');
      table.bigInteger('sent_at');
      table.bigInteger('used_at');
    });
  }
  if (!(await knex.schema.hasTable(TABLES.drafts))) {
    await knex.schema.createTable(TABLES.drafts, (table) => {
      table.string('id', 36).primary();
      table.string('resident_id', 36).index();
      table.string('guest_email', 320);
      table.string('form_slug', 100).notNullable();
      table.string('form_title', 120).notNullable();
      table.text('answers').notNullable();
      table.bigInteger('created_at').notNullable();
      table.bigInteger('updated_at').notNullable();
      table.bigInteger('expires_at').notNullable().index();
    });
  }
  if (!(await knex.schema.hasTable(TABLES.oidcFlows))) {
    // A sign-in at the identity provider under way (oidc/flow.ts).
    await knex.schema.createTable(TABLES.oidcFlows, (table) => {
      table.string('token_hash', 64).primary();
      table.string('state', 100).notNullable();
      table.string('nonce', 100).notNullable();
      table.string('code_verifier', 128).notNullable();
      table.string('next', 200).notNullable();
      table.bigInteger('created_at').notNullable();
      table.bigInteger('expires_at').notNullable().index();
    });
  }
  await indexSubmissionsForAccounts(knex);
}

/**
 * The account page finds a resident's requests by account, and the guest requests sent
 * with their address by `LOWER(resident_email)` (requests.ts): without these every
 * page read the whole table, each row's answers and snapshot with it (bench:account).
 * Strapi's schema sync leaves indexes it did not make alone.
 */
async function indexSubmissionsForAccounts(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable('form_submissions'))) return;
  await knex.raw('CREATE INDEX IF NOT EXISTS doorstep_form_submissions_account_id ON form_submissions (account_id)');
  await knex.raw(
    'CREATE INDEX IF NOT EXISTS doorstep_form_submissions_resident_email ON form_submissions (LOWER(resident_email))',
  );
}
