// The REST query grammar lives in the domain; middlewares/rest-query.ts reads it from here.
export { checkRestQuery } from '@doorstep/domain/public-api';
