import type { Core, Modules } from '@strapi/strapi';
import type { Knex } from 'knex';
import { editorialTypeOfUid } from '../editorial-types';
import { SCHEDULES_TABLE } from './store';

/**
 * A deleted document has nothing left to schedule: its schedules are cancelled (their
 * queued jobs then do nothing), once the delete succeeded.
 */
export function cancelOnDelete(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const { documentId } = context.params as { documentId?: string };
    if (context.action !== 'delete' || !documentId || !editorialTypeOfUid(context.uid)) return next();
    const result = await next();
    // Inside the delete's transaction, when there is one (SQLite has one connection).
    await strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
      await trx(SCHEDULES_TABLE)
        .where({ content_type: context.uid, document_id: documentId })
        .whereIn('state', ['scheduled', 'failed'])
        .update({ state: 'cancelled', version: trx.raw('?? + 1', ['version']), done_at: Date.now() });
    });
    return result;
  };
}
