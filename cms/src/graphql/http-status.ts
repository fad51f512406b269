import type { ApolloServerPlugin } from '@apollo/server';

const STATUS_BY_CODE: Record<string, number> = {
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  BAD_USER_INPUT: 400,
};

/**
 * Apollo answers 200 for errors raised while resolving. A refused request (a
 * draft asked for by the public, an invalid filter) should say so in the HTTP
 * status too, so caches, monitors and clients see a 4xx rather than a success.
 */
export const httpStatusForErrors: ApolloServerPlugin = {
  requestDidStart: () =>
    Promise.resolve({
      willSendResponse: ({ response }) => {
        if (response.body.kind === 'single') {
          const status = (response.body.singleResult.errors ?? [])
            .map((error) => error.extensions?.code)
            .map((code) => (typeof code === 'string' ? STATUS_BY_CODE[code] : undefined))
            .find((value) => value !== undefined);
          if (status !== undefined) response.http.status = status;
        }
        return Promise.resolve();
      },
    }),
};
