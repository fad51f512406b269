import type { Core, Modules } from '@strapi/strapi';
import { PUBLIC_READ_TYPES } from '../permissions';
import { contentGeneration } from './generation';
import { inTransaction } from './transaction';

const READS = new Set(['findOne', 'findFirst', 'findMany', 'count']);
const PUBLIC: ReadonlySet<string> = new Set(PUBLIC_READ_TYPES);

/**
 * Every Document Service write on a public type (create, update, delete, publish,
 * unpublish, discardDraft, clone, and any action Strapi adds: all but the reads)
 * moves the content generation on, in the write's own transaction: the action runs
 * inside it (Strapi's own transaction joins this one), so the generation moves if
 * and only if the write commits.
 */
export function generationFollowsWrites(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (READS.has(context.action) || !PUBLIC.has(context.uid)) return next();
    return inTransaction(strapi, async () => {
      const result = await next();
      await contentGeneration(strapi).advance();
      return result;
    });
  };
}

/**
 * What else a public answer depends on that is not written through the Document
 * Service: the Public role's permissions (users-permissions writes them through the
 * query engine), media (the upload plugin's files) and the locales.
 */
const OTHER_MODELS = [
  'plugin::users-permissions.permission',
  'plugin::users-permissions.role',
  'plugin::upload.file',
  'plugin::i18n.locale',
];

export function generationFollowsOtherWrites(strapi: Core.Strapi): void {
  const advance = () => contentGeneration(strapi).advance();
  strapi.db.lifecycles.subscribe({
    // The public types too: a write through the query engine (`strapi.db.query`, a
    // script, a repair) goes around the Document Service middleware above.
    models: [...OTHER_MODELS, ...PUBLIC_READ_TYPES],
    afterCreate: advance,
    afterCreateMany: advance,
    afterUpdate: advance,
    afterUpdateMany: advance,
    afterDelete: advance,
    afterDeleteMany: advance,
  });
}
