import type { ApolloServerPlugin } from '@apollo/server';

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
 * Apollo answers 200 for errors raised while resolving. A refused request (a draft
 * asked for by the public, an invalid filter) should say so in the HTTP status too,
 * and a fault on our side must be a 500, so caches, monitors and clients see what
 * happened. With several errors the most serious status wins.
 */
export const httpStatusForErrors: ApolloServerPlugin = {
  requestDidStart: () =>
    Promise.resolve({
      willSendResponse: ({ response }) => {
        if (response.body.kind === 'single') {
          const statuses = (response.body.singleResult.errors ?? [])
            .map((error) => statusFor(error.extensions?.code))
            .filter((status): status is number => status !== undefined);
          if (statuses.length > 0) response.http.status = Math.max(...statuses);
        }
        return Promise.resolve();
      },
    }),
};
