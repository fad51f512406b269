import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { errorEnvelope } from '@doorstep/domain';
import { PUBLIC_READ_TYPES } from '../public-api/permissions';
import { publicModels, type Models } from '../public-api/models';
import { checkRestQuery, type QueryProblem } from '@doorstep/domain/public-api';

/** Strapi's document ids: lower-case letters and digits (cuid2); anything else names no entry. */
const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;

/**
 * Route middleware on every public read (public-api/read-router.ts). Checks the whole
 * query string against the public model before Strapi runs it: each parameter's
 * grammar, each field named, each value against its column. A problem is a 400
 * naming the parameter, where stock Strapi lets the database fail with a 500.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  let models: Models | undefined;
  return async (ctx: Context, next: Next): Promise<void> => {
    models ??= publicModels(strapi, PUBLIC_READ_TYPES);
    const route = (ctx.state as { route?: { handler?: unknown } }).route;
    const handler = typeof route?.handler === 'string' ? route.handler : '';
    const model = models.get(handler.slice(0, handler.lastIndexOf('.')));
    if (!model) throw new Error(`rest-query: no public model for route ${handler}`);
    const id = (ctx.params as { id?: unknown }).id;
    if (id !== undefined && (typeof id !== 'string' || !DOCUMENT_ID.test(id))) {
      return refuse(ctx, 404, 'NotFoundError', 'Not Found', []);
    }
    const problems = checkRestQuery(ctx.query, model, models);
    if (problems.length === 0) {
      await next();
      return;
    }
    const message = `Invalid query: ${problems.map((problem) => `${problem.param}: ${problem.message}`).join('; ')}`;
    refuse(ctx, 400, 'ValidationError', message, problems);
  };
};

function refuse(ctx: Context, status: number, name: string, message: string, problems: QueryProblem[]): void {
  ctx.status = status;
  ctx.body = errorEnvelope(status, message, problems.length ? { errors: problems } : {}, name);
}
