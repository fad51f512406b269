import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  KnownFragmentNamesRule,
  NoFragmentCyclesRule,
  parse,
  validate,
  type GraphQLError,
  type ValidationContext,
} from 'graphql';
import { QUERY_LIMITS } from './limits.js';

/**
 * Checks of a query's shape that need no schema, run on the text before Apollo
 * sees it (cms/src/middlewares/graphql-guard.ts):
 * - at most maxTokens tokens (graphql-js's parser stops counting there);
 * - fragments that exist and do not include themselves, before any other rule:
 *   Strapi's depth limit follows fragments without a guard, so a cycle or a missing
 *   fragment overflows the stack or throws, and Apollo answers 500;
 * - aliases and directives (GraphQL Armor's rules), before graphql-js's own rules,
 *   whose check that repeated fields can merge is quadratic in them.
 * Returns the problems in words; none means Apollo may take it from here.
 */
export function shapeProblems(query: string): string[] {
  let document;
  try {
    document = parse(query, { maxTokens: QUERY_LIMITS.maxTokens, noLocation: true });
  } catch {
    return []; // Apollo parses again and answers the syntax error itself, with its location
  }
  const cycles = validate(SCHEMA, document, [KnownFragmentNamesRule, NoFragmentCyclesRule]);
  if (cycles.length > 0) return messages(cycles);
  return messages(validate(SCHEMA, document, SHAPE_RULES));
}

const messages = (errors: readonly GraphQLError[]) =>
  errors.map((error) => error.message.replace(/^Syntax Error: /, ''));

/** These rules read only the document; validate() still wants a schema, so it gets the smallest one. */
const SCHEMA = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
});

/** Armor's rules throw by default, which graphql-js does not catch: report instead. */
const report = [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)];

const SHAPE_RULES = [
  maxAliasesRule({ n: QUERY_LIMITS.maxAliases, onReject: report, propagateOnRejection: false }),
  maxDirectivesRule({ n: QUERY_LIMITS.maxDirectives, onReject: report, propagateOnRejection: false }),
];
