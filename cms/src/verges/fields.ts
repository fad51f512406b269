import type { Core, Modules } from '@strapi/strapi';
import { canonicalPostcodes, placeOf } from '@doorstep/domain';

const UID = 'api::verge.verge';

/**
 * Whenever a verge is created or saved with a geometry (the admin always sends it),
 * its bounds and centre are recomputed, whatever was typed in those fields, and its
 * postcodes are written in canonical form. The importer computes the same in bulk.
 */
export function vergeFields(_strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== UID || (context.action !== 'create' && context.action !== 'update')) return next();
    const data = (context.params as { data?: Record<string, unknown> }).data;
    if (!data) return next();
    if ('geometry' in data) Object.assign(data, placeOf(data.geometry));
    if (typeof data.postcodes === 'string' || data.postcodes === null) {
      data.postcodes = canonicalPostcodes(data.postcodes);
    }
    return next();
  };
}
