// The checks of a query's shape live in the domain; middlewares/graphql-guard.ts reads them from here.
export { shapeProblems } from '@doorstep/domain/public-api';
