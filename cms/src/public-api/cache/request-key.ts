import type { Context } from 'koa';
import { OperationTypeNode } from 'graphql';
import { normalDocument } from './graphql-document';

/** The parts of a request its answer depends on, or why it is not cached. */
export type RequestKey = { parts: unknown[] } | { bypass: string };

const bypass = (reason: string): RequestKey => ({ bypass: reason });

/** Strapi 4's and 5's other draft parameters: refused by the query check today, and never cached whatever it says. */
const DRAFT_PARAMETERS = ['publicationState', 'publicationFilter', 'hasPublishedVersion'];

function restNamesDraft(query: Record<string, unknown>): boolean {
  return ('status' in query && query.status !== 'published') || DRAFT_PARAMETERS.some((name) => name in query);
}

/**
 * A REST read: the path and the query as `strapi::query` parsed it, parameters in
 * name order. Inside a parameter the order is kept: `sort[title]=asc&sort[slug]=desc`
 * sorts differently from the reverse, and populate's order is the answer's key order.
 */
export function restKey(ctx: Context): RequestKey {
  if (ctx.method !== 'GET') return bypass('method');
  const query = ctx.query as Record<string, unknown>;
  if (restNamesDraft(query)) return bypass('draft status');
  const parameters = Object.keys(query)
    .sort()
    .map((name) => [name, query[name]]);
  return { parts: ['GET', ctx.path, parameters] };
}

/** Content types a browser may send without a CORS preflight; Apollo's CSRF prevention refuses them. */
const SIMPLE_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

/** Apollo Server 4's CSRF prevention, which a cached answer must not step around. */
function passesCsrfPrevention(ctx: Context): boolean {
  const type = ctx.get('content-type').split(';')[0]!.trim().toLowerCase();
  if (type !== '' && !SIMPLE_TYPES.has(type)) return true;
  return ctx.get('x-apollo-operation-name') !== '' || ctx.get('apollo-require-preflight') !== '';
}

function graphqlParams(ctx: Context): Record<string, unknown> | undefined {
  if (ctx.method === 'POST') {
    if (!ctx.is('application/json')) return undefined;
    const body = (ctx.request as { body?: unknown }).body;
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;
  }
  if (ctx.method !== 'GET' || !passesCsrfPrevention(ctx)) return undefined;
  const { variables, ...rest } = ctx.query as Record<string, unknown>;
  if (variables === undefined) return rest;
  try {
    return typeof variables === 'string' ? { ...rest, variables: JSON.parse(variables) as unknown } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A GraphQL read: the printed document, the operation, the variables (canonical JSON
 * is applied when the key is hashed) and the Accept header, by which Apollo chooses
 * the answer's content type. Only queries: a mutation is never an answer to keep.
 */
export function graphqlKey(ctx: Context): RequestKey {
  const params = graphqlParams(ctx);
  if (!params) return bypass('not a plain GraphQL request');
  const { query, operationName, variables, extensions } = params;
  if (typeof query !== 'string' || extensions !== undefined) return bypass('no query text');
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    return bypass('operation name');
  }
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
    return bypass('variables');
  }
  const document = normalDocument(query);
  if (!document) return bypass('does not parse');
  if (document.namesDraftStatus) return bypass('draft status');
  const only = document.operations.size === 1 ? [...document.operations.keys()][0] : undefined;
  const operation = typeof operationName === 'string' ? operationName : only;
  if (operation === undefined || document.operations.get(operation) !== OperationTypeNode.QUERY)
    return bypass('not one query');
  const canonicalVariables = canonicalJson(variables ?? {});
  return { parts: [ctx.method, ctx.path, document.printed, operation, canonicalVariables, ctx.get('accept')] };
}

/** JSON with every object's keys in order: the same variables give the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'object' && inner !== null && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
