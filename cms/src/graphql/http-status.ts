import type { ApolloServerPlugin } from '@apollo/server';
import { httpStatusForCodes } from '@doorstep/domain/public-api';

/** Apollo answers 200 for errors raised while resolving: the status says what happened instead. */
export const httpStatusForErrors: ApolloServerPlugin = {
  requestDidStart: () =>
    Promise.resolve({
      willSendResponse: ({ response }) => {
        if (response.body.kind === 'single') {
          const codes = (response.body.singleResult.errors ?? []).map((error) => error.extensions?.code);
          const status = httpStatusForCodes(codes);
          if (status !== undefined) response.http.status = status;
        }
        return Promise.resolve();
      },
    }),
};
