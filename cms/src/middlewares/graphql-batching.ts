import type { Context, Next } from 'koa';
import { withBatchedLoads } from '../graphql/batched-loads';

/**
 * Gives each GraphQL request its own batches of relation loads (graphql/batched-loads.ts),
 * so one request's loads are never answered together with another's.
 */
export default () =>
  async (ctx: Context, next: Next): Promise<void> => {
    if (ctx.path === '/graphql') await withBatchedLoads(next);
    else await next();
  };
