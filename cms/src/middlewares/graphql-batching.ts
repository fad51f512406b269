import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { withBatchedLoads } from '../strapi-internals/batched-loads';

/**
 * Gives each GraphQL request its own batches of relation loads (strapi-internals/batched-loads.ts),
 * so one request's loads are never answered together with another's.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const endpoint = strapi.config.get<string>('plugin::graphql.endpoint', '/graphql');
  return async (ctx: Context, next: Next): Promise<void> => {
    if (ctx.path === endpoint) await withBatchedLoads(next);
    else await next();
  };
};
