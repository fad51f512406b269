import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isSupportLevelKey, SUPPORT_LEVEL_KEYS } from '@doorstep/domain';

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
      case 'create': {
        const key = (context.params as { data?: { key?: unknown } }).data?.key;
        if (!isSupportLevelKey(key)) {
          throw new errors.ValidationError(`A support level key must be one of ${SUPPORT_LEVEL_KEYS.join(', ')}.`);
        }
        const existing = await strapi.documents(UID).count({ status: 'draft', filters: { key } });
        if (existing > 0) throw new errors.ValidationError(`Support level ${key} already exists; edit it instead.`);
        return next();
      }
      case 'update': {
        const params = context.params as { documentId: string; data?: { key?: unknown } };
        const newKey = params.data?.key;
        if (newKey !== undefined) {
          const current = await strapi.documents(UID).findOne({ documentId: params.documentId, fields: ['key'] });
          if (current && current.key !== newKey) {
            throw new errors.ValidationError(
              `The key of a support level is fixed as "${current.key}" and cannot be changed.`,
            );
          }
        }
        return next();
      }
      default:
        return next();
    }
  };
}
