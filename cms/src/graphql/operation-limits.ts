import type { ApolloServerPlugin } from '@apollo/server';
import { argumentProblems, queryCost, QUERY_LIMITS } from '@doorstep/domain/public-api';
import { getOperationAST, getVariableValues } from 'graphql';
import { badUserInput } from './errors';

/**
 * Once Apollo has validated an operation and knows its variables: the arguments
 * the types cannot police and the estimated cost, both the public API's rules in the
 * domain (@doorstep/domain/public-api).
 * A GraphQLError thrown here is Apollo's documented way to refuse: a 400, nothing run.
 * The shape of the query text was checked before Apollo (shape-rules.ts).
 */
export const operationLimits: ApolloServerPlugin = {
  requestDidStart: () =>
    Promise.resolve({
      didResolveOperation: ({ schema, document, request, operationName }) => {
        const variables = request.variables ?? {};
        // Coerced here as execution would: a wrong variable is a 400 now, not an error in a later library.
        const operation = getOperationAST(document, operationName);
        const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], variables);
        if (coerced.errors) throw badUserInput(coerced.errors.map((error) => error.message).join('; '));
        const problems = argumentProblems(schema, document, operationName, coerced.coerced);
        if (problems.length > 0) throw badUserInput(problems.join('; '));
        const cost = queryCost(schema, document, variables, operationName ?? undefined);
        if (cost > QUERY_LIMITS.maxCost) {
          throw badUserInput(
            `This query could read about ${cost.toLocaleString('en-GB')} rows and fields, over the limit of ` +
              `${QUERY_LIMITS.maxCost.toLocaleString('en-GB')}: ask for fewer fields, smaller pages or fewer nested lists`,
          );
        }
        return Promise.resolve();
      },
    }),
};
