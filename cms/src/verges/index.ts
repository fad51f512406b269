import type { Feature } from '../feature';
import { vergeFields } from './fields';

/**
 * Grass verges: the columns kept in step with a verge's place and postcodes whoever
 * writes it. Imports and the export are routes and scripts, not hooks.
 */
export const verges: Feature = {
  register(strapi) {
    strapi.documents.use(vergeFields(strapi));
  },
};
