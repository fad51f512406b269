/**
 * Limits of the public API, documented for developers in README.md ("GraphQL API").
 * depthLimit: deepest selection allowed (servicePages > serviceArea > servicePages > supportLevel is 4).
 * defaultLimit: entries returned when a query gives no page size.
 * maxLimit: the largest page size; larger requests are capped to it.
 */
export const GRAPHQL_LIMITS = {
  depthLimit: 7,
  defaultLimit: 25,
  maxLimit: 100,
} as const;

/**
 * Limits on the shape and cost of one GraphQL request, checked before anything runs
 * (cms/src/graphql/operation-limits.ts). Each is several times what the site's own build
 * queries need (tests/integration/graphql-cost.test.ts measures them).
 * maxTokens: names, punctuation and values in the query text (graphql-js's parser limit).
 * maxAliases, maxDirectives: per operation, fragments included (GraphQL Armor's rules).
 * maxCost: estimated rows times fields (graphql-cost.ts).
 */
export const QUERY_LIMITS = {
  maxTokens: 3000,
  maxAliases: 20,
  maxDirectives: 20,
  maxCost: 50_000,
} as const;

/** Bounds on one filter, REST or GraphQL, so no query can make the database do unbounded work. */
export const FILTER_LIMITS = {
  /** Nesting of and/or/not and relations. */
  depth: 6,
  /** Conditions in one request. */
  conditions: 100,
  /** Values in one `in`/`notIn` list. */
  listLength: 100,
  /** Characters in one text value. */
  textLength: 500,
} as const;
