import { GRAPHQL_LIMITS } from '../src/limits';

export default {
  rest: {
    // The same page limits as GraphQL, so no route lets a client ask for everything at once.
    defaultLimit: GRAPHQL_LIMITS.defaultLimit,
    maxLimit: GRAPHQL_LIMITS.maxLimit,
    withCount: true,
  },
};
