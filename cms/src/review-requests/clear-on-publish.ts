import type { Core, Modules } from '@strapi/strapi';
import { editorialTypeOfUid } from '../editorial-types';
import { clearRequest } from './requests';

/**
 * A document published (by an Editor, or on a schedule) or deleted has nothing left
 * to review: its request goes, whether it was waiting or sent back. Cleared only
 * once the action succeeded: a publish the rules refuse leaves the request waiting.
 */
export function clearOnPublish(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const { documentId } = context.params as { documentId?: string };
    const clears = context.action === 'publish' || context.action === 'delete';
    if (!clears || !documentId || !editorialTypeOfUid(context.uid)) return next();
    const result = await next();
    await clearRequest(strapi, context.uid, documentId);
    return result;
  };
}
