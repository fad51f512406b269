const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  GRAPHQL_PARSE_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  STRAPI_NOT_FOUND_ERROR: 404,
  STRAPI_PAYLOAD_TOO_LARGE_ERROR: 413,
  STRAPI_RATE_LIMIT_ERROR: 429,
  INTERNAL_SERVER_ERROR: 500,
};

function statusFor(code: unknown): number | undefined {
  if (typeof code !== 'string') return undefined;
  // Strapi's other application errors (pagination, validation of its own) are the client's.
  return STATUS_BY_CODE[code] ?? (code.startsWith('STRAPI_') ? 400 : undefined);
}

/**
 * The HTTP status a GraphQL answer with these errors' codes should have: a refused
 * request (a draft asked for by the public, an invalid filter) says so, and a fault
 * on our side is a 500, so caches, monitors and clients see what happened. With
 * several errors the most serious status wins; undefined when no code says.
 */
export function httpStatusForCodes(codes: readonly unknown[]): number | undefined {
  const statuses = codes.map(statusFor).filter((status): status is number => status !== undefined);
  return statuses.length > 0 ? Math.max(...statuses) : undefined;
}
