// The REST query grammar lives in the domain; middlewares/rest-query.ts reads its problem type from here.
export type { QueryProblem } from '@doorstep/domain/public-api';
