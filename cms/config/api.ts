import { GRAPHQL_LIMITS } from '@doorstep/domain/public-api';

export default {
  rest: {
    // The same page limits as GraphQL, so no route lets a client ask for everything at once.
    defaultLimit: GRAPHQL_LIMITS.defaultLimit,
    maxLimit: GRAPHQL_LIMITS.maxLimit,
    withCount: true,
  },
};
