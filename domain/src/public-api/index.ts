/**
 * The public API's rules (ADR 0010), pure functions of a query and the public model:
 * the REST query grammar, the checks of a GraphQL query's shape and arguments and its
 * estimated cost, with the limits they keep to. The CMS runs them before Strapi does.
 */
export * from './limits.js';
export * from './model.js';
export { operatorHint, OPERATORS_BY_TYPE, type Operator, type ScalarType } from './operators.js';
export { isCalendarDate, isDateTime, textProblem, valueProblem } from './values.js';
export { paramName, type QueryProblem } from './query-path.js';
export { checkRestQuery } from './rest-query.js';
export { argumentProblems } from './graphql-arguments.js';
export { COMPONENT_LIST_ROWS, queryCost } from './graphql-cost.js';
export { shapeProblems } from './graphql-shape.js';
export { httpStatusForCodes } from './graphql-status.js';
