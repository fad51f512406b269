import type { Feature } from '../feature';
import { registerGraphqlExtensions } from '../graphql/extensions';
import { batchRelationLoads } from '../strapi-internals/batched-loads';
import { generationFollowsOtherWrites, generationFollowsWrites } from './cache/content-writes';
import { contentGeneration, createContentGeneration, stopContentGenerations } from './cache/generation';
import { grantPublicRead } from './permissions';
import { closePublicRegistration } from './registration';

/**
 * The public API: read-only GraphQL and REST over published content, with relation
 * loads batched, and anonymous reads answered from a cache that every write to public
 * content invalidates (cache/, ADR 0013). Its guards (query grammar, cost, limits) and
 * the cache are route and global middlewares, configured in cms/config/middlewares.ts.
 */
export const publicApi: Feature = {
  register(strapi) {
    registerGraphqlExtensions(strapi);
    createContentGeneration(strapi);
    strapi.documents.use(generationFollowsWrites(strapi));
  },
  async bootstrap(strapi) {
    await contentGeneration(strapi).start();
    generationFollowsOtherWrites(strapi);
    batchRelationLoads(strapi);
    await grantPublicRead(strapi);
    await closePublicRegistration(strapi);
  },
  destroy: stopContentGenerations,
};
