/** The verge content type. */
export const VERGE_UID = 'api::verge.verge';
