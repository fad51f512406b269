import { unwrapResolverError } from '@apollo/server/errors';
import { errors } from '@strapi/utils';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** An error Doorstep itself raises for a request it will not run: 400, said plainly. */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

const { ForbiddenError, UnauthorizedError, ValidationError, ApplicationError, HttpError } = errors;

const messageOf = (error: unknown): string => String((error as Error).message);
const nameOf = (error: unknown): string => String((error as Error).name);
const code = (name: string) => `STRAPI_${name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}`;

/**
 * Apollo's formatError: what a client may read of an error. Strapi's own errors
 * (refused, invalid, not found) keep their message, which is written for clients.
 * Anything else is a fault on our side: it is logged in full and the client gets a
 * generic message and INTERNAL_SERVER_ERROR (a 500, graphql/http-status.ts), never
 * the database's or the query builder's words and never a stack.
 */
export function formatError(log: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = {
      message: formatted.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
    };
    if (original instanceof ForbiddenError || original instanceof UnauthorizedError) {
      return { ...base, message: messageOf(original), extensions: { code: 'FORBIDDEN' } };
    }
    if (original instanceof ValidationError) {
      return { ...base, message: messageOf(original), extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (original instanceof ApplicationError || original instanceof HttpError) {
      return { ...base, message: messageOf(original), extensions: { code: code(nameOf(original)) } };
    }
    const apolloCode = formatted.extensions?.code;
    if (original instanceof GraphQLError && apolloCode !== 'INTERNAL_SERVER_ERROR') {
      return { ...base, extensions: { code: apolloCode ?? 'BAD_USER_INPUT' } };
    }
    log(original);
    return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
