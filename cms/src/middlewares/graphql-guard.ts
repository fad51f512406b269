import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import bodyParser from 'koa-bodyparser';
import { LRUCache } from 'lru-cache';
import { shapeProblems } from '@doorstep/domain/public-api';
import { MAX_BODY_BYTES } from '../limits';

/**
 * shapeProblems is a function of the text alone, and validating costs about as much
 * as answering from the API cache: the site asks the same few queries again and again.
 */
const checked = new LRUCache<string, string[]>({
  // Bounded by the texts' size, so many distinct long queries cannot fill the memory.
  maxSize: 4 * 1024 * 1024,
  sizeCalculation: (problems, query) => query.length + problems.join('').length + 1,
});
const LONGEST_REMEMBERED = 32 * 1024;

function problemsOf(query: string): string[] {
  const known = checked.get(query);
  if (known) return known;
  const problems = shapeProblems(query);
  if (query.length <= LONGEST_REMEMBERED) checked.set(query, problems);
  return problems;
}

/**
 * In front of the GraphQL endpoint: reads the body with the API's size limit (the
 * plugin's own parser would take 1 MB; it skips a body already read) and refuses a
 * query whose shape is over the limits (the public API's shapeProblems) with a 400
 * in GraphQL's error format, before Apollo or Strapi spend anything on it.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const endpoint = strapi.config.get<string>('plugin::graphql.endpoint', '/graphql');
  const readBody = bodyParser({
    enableTypes: ['json'],
    jsonLimit: `${MAX_BODY_BYTES / 1024}kb`,
    onerror: (error: Error & { status?: number }, ctx) => {
      const tooLarge = error.status === 413;
      refuse(
        ctx,
        tooLarge ? 413 : 400,
        tooLarge ? 'GraphQL requests can be up to 256KB' : 'The request body must be JSON',
      );
    },
  });
  return async (ctx: Context, next: Next): Promise<void> => {
    if (ctx.path !== endpoint) {
      await next();
      return;
    }
    if (ctx.method === 'POST') await readBody(ctx, () => Promise.resolve());
    if (ctx.status === 400 || ctx.status === 413) return;
    const body = ctx.method === 'POST' ? (ctx.request as { body?: unknown }).body : ctx.query;
    const query = typeof body === 'object' && body !== null && 'query' in body ? body.query : undefined;
    const problems = typeof query === 'string' ? problemsOf(query) : [];
    if (problems.length > 0) return refuse(ctx, 400, problems.join('; '));
    await next();
  };
};

function refuse(ctx: Context, status: number, message: string): void {
  ctx.status = status;
  ctx.body = { errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] };
}
