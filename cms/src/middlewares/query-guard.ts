import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { contentQuerySchema } from '../query-schema';
import { describeIssues } from '@doorstep/domain';

/**
 * Checks the shape of REST query strings before Strapi sees them. Stock Strapi
 * answers some malformed queries with a 500 (`filters[$or]=x`) or an empty body
 * (`pagination[pageSize]=abc`); here they get a 400 that says what is wrong.
 * Strapi's own validation (unknown or private fields, operators) still runs after.
 */
export default (_config: unknown, _context: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next): Promise<void> => {
    const result =
      ctx.path.startsWith('/api/') && ctx.method === 'GET' ? contentQuerySchema.safeParse(ctx.query) : undefined;
    if (!result || result.success) {
      await next();
      return;
    }
    ctx.status = 400;
    ctx.body = {
      data: null,
      error: {
        status: 400,
        name: 'ValidationError',
        message: `Invalid query: ${describeIssues(result.error).join('; ')}`,
        details: {},
      },
    };
  };
