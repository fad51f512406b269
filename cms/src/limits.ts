// The GraphQL and filter limits are the public API's rules: @doorstep/domain/public-api.

import { MAX_ANSWERS_BYTES, MAX_FILES_BYTES } from '@doorstep/domain';

/** Largest request body the API accepts, in bytes: a submission's answers, a GraphQL query. */
export const MAX_BODY_BYTES = MAX_ANSWERS_BYTES;

/** Largest total of files one web form submission may carry (each question sets its own, lower, limit). */
export const MAX_UPLOAD_BYTES = MAX_FILES_BYTES;
