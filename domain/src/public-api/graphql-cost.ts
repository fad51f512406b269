import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { GRAPHQL_LIMITS, QUERY_LIMITS } from './limits.js';

/**
 * What a query costs, as an estimate of the rows and fields it can make the CMS
 * read: each field costs 1, and a list multiplies what is under it by the rows it
 * can return. A list of entries (a collection, a relation, a `_connection`) returns
 * its page size (`defaultLimit` unless the query asks, never more than `maxLimit`),
 * because a relation can repeat the same entries under every parent. A repeatable
 * component or dynamic zone counts COMPONENT_LIST_ROWS whatever page size it asks
 * for: components belong to one parent, so an attacker cannot make them more than
 * the content holds, only repeat their parent, which the relation already counts.
 */
export const COMPONENT_LIST_ROWS = 10;

const pagination = (args: Record<string, unknown>): number => {
  const given = args.pagination as { pageSize?: unknown; limit?: unknown } | undefined;
  const asked = Number(given?.pageSize ?? given?.limit ?? GRAPHQL_LIMITS.defaultLimit);
  return Number.isFinite(asked) && asked > 0 ? Math.min(asked, GRAPHQL_LIMITS.maxLimit) : GRAPHQL_LIMITS.maxLimit;
};

const isEntity = (type: unknown): boolean => isObjectType(type) && 'documentId' in type.getFields();
const isCollection = (name: string): boolean => name.endsWith('EntityResponseCollection');

const rowsEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const named = getNamedType(field.type);
  let rows = 1;
  if (isCollection(named.name)) rows = pagination(args);
  else if (isListType(getNullableType(field.type))) {
    // A `_connection`'s nodes are the page its parent already counted.
    if (isCollection(type.name)) rows = 1;
    else rows = isEntity(named) ? pagination(args) : COMPONENT_LIST_ROWS;
  }
  return 1 + rows * childComplexity;
};

export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    ...(operationName ? { operationName } : {}),
    estimators: [rowsEstimator],
    maxQueryNodes: QUERY_LIMITS.maxTokens,
  });
}
