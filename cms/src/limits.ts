// The GraphQL and filter limits are the public API's rules: @doorstep/domain/public-api.

/** Largest request body the API accepts, in bytes. */
export const MAX_BODY_BYTES = 256 * 1024;

/** Largest total of files one web form submission may carry (each question sets its own, lower, limit). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
