import type { Feature } from '../feature';
import { registerGraphqlExtensions } from '../graphql/extensions';
import { batchRelationLoads } from '../strapi-internals/batched-loads';
import { grantPublicRead } from './permissions';
import { closePublicRegistration } from './registration';

/**
 * The public API: read-only GraphQL and REST over published content, with relation
 * loads batched. Its guards (query grammar, cost, limits) are route and global
 * middlewares, configured in cms/config/middlewares.ts.
 */
export const publicApi: Feature = {
  register(strapi) {
    registerGraphqlExtensions(strapi);
  },
  async bootstrap(strapi) {
    batchRelationLoads(strapi);
    await grantPublicRead(strapi);
    await closePublicRegistration(strapi);
  },
};
