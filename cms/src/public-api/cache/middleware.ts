import { Stream } from 'node:stream';
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { PUBLIC_READ_TYPES } from '../permissions';
import { publicModels, type Models } from '../models';
import { contentGeneration } from './generation';
import { graphqlKey, restKey, type RequestKey } from './request-key';
import { answerStore, cacheBytes, etagOf, keyOf, matches, type CachedAnswer } from './store';

/** `/api/<type>`, `/api/<type>/<documentId>`, `/api/verges/export`: the public types' REST reads. */
const REST_PATH = /^\/api\/([a-z0-9-]+)(?:\/[^/]+)?$/;

/**
 * Headers the handlers after the cache set on an answer, kept and sent again with it.
 * Everything set before the cache (helmet's security headers, CORS for this request's
 * Origin) is on every answer already, hit or not, and is not kept.
 */
const KEPT_HEADERS = ['content-type', 'cache-control', 'content-language', 'expires'];

/** Only anonymous requests: Authorization is the one credential the content API reads; cookies go uncached too. */
function credentials(ctx: Context): RequestKey | undefined {
  if (ctx.get('authorization') !== '') return { bypass: 'Authorization' };
  if (ctx.get('cookie') !== '') return { bypass: 'cookies' };
  return undefined;
}

/** The body of a 200 that may be kept, as sent; GraphQL's only without `errors` (a partial answer is not kept). */
function keepableBody(ctx: Context, graphql: boolean): Buffer | undefined {
  if (ctx.status !== 200 || ctx.response.get('set-cookie') !== '') return undefined;
  const body: unknown = ctx.body;
  if (graphql) {
    if (typeof body !== 'string') return undefined; // a stream is an incremental answer
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return undefined;
    }
    const failed = typeof parsed !== 'object' || parsed === null || 'errors' in parsed;
    return failed ? undefined : Buffer.from(body);
  }
  if (typeof body !== 'object' || body === null || Buffer.isBuffer(body) || body instanceof Stream) return undefined;
  return Buffer.from(JSON.stringify(body));
}

function answer(ctx: Context, kept: CachedAnswer, state: 'HIT' | 'MISS'): void {
  for (const [name, value] of kept.headers) ctx.set(name, value);
  ctx.set('ETag', kept.etag);
  ctx.set('X-Cache', state);
  if (matches(ctx.get('if-none-match'), kept.etag)) {
    ctx.status = 304;
    ctx.body = null;
    return;
  }
  ctx.status = 200;
  ctx.body = kept.body;
}

/**
 * The public API cache (ADR 0013), a global middleware (config/middlewares.ts). A hit
 * is answered here, skipping the rest of Strapi's stack; a miss goes on, and its answer
 * is kept if it is an anonymous, published-only 200. Every key includes the content
 * generation, which every write moves on, so nothing kept outlives the content it shows.
 */
export function apiCache(strapi: Core.Strapi): (ctx: Context, next: Next) => Promise<void> {
  const bytes = cacheBytes(process.env.API_CACHE_MB);
  if (bytes === 0) return async (_ctx, next) => void (await next());
  const store = answerStore(bytes);
  const generation = contentGeneration(strapi);
  // Answers of older generations can never be asked for again: free their memory at once.
  generation.onChange(() => store.clear());
  const endpoint = strapi.config.get<string>('plugin::graphql.endpoint', '/graphql');
  let models: Models | undefined;
  const isContentRead = (path: string) => {
    const name = REST_PATH.exec(path)?.[1];
    models ??= publicModels(strapi, PUBLIC_READ_TYPES);
    return name !== undefined && models.forPath(name) !== undefined;
  };

  return async (ctx, next) => {
    const graphql = ctx.path === endpoint;
    if (!graphql && !isContentRead(ctx.path)) return void (await next());
    const at = generation.current();
    const key: RequestKey =
      at === undefined
        ? { bypass: 'generation unknown' }
        : (credentials(ctx) ?? (graphql ? graphqlKey(ctx) : restKey(ctx)));
    if ('bypass' in key || at === undefined) {
      ctx.set('X-Cache', 'BYPASS');
      return void (await next());
    }
    const id = keyOf(at, key.parts);
    const hit = store.get(id);
    if (hit) return answer(ctx, hit, 'HIT');

    await next();
    const body = keepableBody(ctx, graphql);
    if (!body) {
      ctx.set('X-Cache', 'BYPASS');
      return;
    }
    const headers = KEPT_HEADERS.flatMap((name) => {
      const value = ctx.response.get(name);
      return value === '' ? [] : [[name, value] as const];
    });
    const kept: CachedAnswer = { body, headers, etag: etagOf(body) };
    // Read under an older generation than now: the answer may already be out of date.
    if (generation.current() === at) store.set(id, kept);
    answer(ctx, kept, 'MISS');
  };
}
