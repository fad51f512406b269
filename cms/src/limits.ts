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

/** Largest request body the API accepts, in bytes. */
export const MAX_BODY_BYTES = 256 * 1024;

/** Largest total of files one web form submission may carry (each question sets its own, lower, limit). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
