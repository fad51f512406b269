import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const UID = 'api::support-level.support-level';

/**
 * The four support levels are fixed in code (see @doorstep/domain). Editors may
 * reword them; nobody may delete, unpublish or re-key one, from the admin or the API.
 */
export function supportLevelGuard(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== UID) return next();
    switch (context.action) {
      case 'delete':
      case 'unpublish':
      case 'discardDraft':
        throw new errors.ValidationError(
          'Support levels are fixed: you can change their wording but not delete or unpublish them.',
        );
      case 'update': {
        const params = context.params as { documentId: string; data?: { key?: unknown } };
        const newKey = params.data?.key;
        if (newKey !== undefined) {
          const current = await strapi.documents(UID).findOne({ documentId: params.documentId, fields: ['key'] });
          if (current && current.key !== newKey) {
            throw new errors.ValidationError(`The key of a support level is fixed as "${current.key}" and cannot be changed.`);
          }
        }
        return next();
      }
      default:
        return next();
    }
  };
}
