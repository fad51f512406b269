import type { Knex } from 'knex';

/**
 * Scheduled publishing and unpublishing, in a table of its own (as review requests keep
 * theirs): at most one schedule per document and action. Each change (scheduled again,
 * cancelled) raises its version; a queued job names the version it was sent for, so an
 * older job finds nothing to do.
 */
export const SCHEDULES_TABLE = 'doorstep_schedules';

export async function ensureSchedulesTable(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable(SCHEDULES_TABLE)) return;
  await knex.schema.createTable(SCHEDULES_TABLE, (table) => {
    table.increments('id');
    table.string('content_type', 100).notNullable();
    table.string('document_id', 64).notNullable();
    table.string('action', 20).notNullable();
    table.bigInteger('run_at').notNullable();
    table.integer('version').notNullable();
    // scheduled, then done or failed; or cancelled.
    table.string('state', 20).notNullable();
    table.string('scheduled_by', 320).notNullable();
    table.string('scheduled_by_email', 320);
    table.bigInteger('scheduled_at').notNullable();
    table.bigInteger('done_at');
    // Why it failed: a JSON array of the publish rules' problems, or the error.
    table.text('problems');
    // When the Editor who scheduled it was emailed that it failed: once, however often its job runs.
    table.bigInteger('told_at');
    table.unique(['content_type', 'document_id', 'action']);
    table.index(['state', 'run_at']);
  });
}
