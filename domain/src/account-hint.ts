/**
 * What the site's small scripts need to know about the account, without zod or
 * anything else: the home page loads this on every visit (issue 16's budget).
 *
 * The signed-in hint: a cookie set beside the session (cms/src/account/sessions.ts),
 * readable by scripts and holding nothing secret. It tells the form runner and the
 * home page that a resident is signed in, so signed-out visitors make no account request.
 */
export const SIGNED_IN_HINT_COOKIE = '__Host-doorstep_signed_in';

/** The signed-in resident's personal panel, an HTML fragment (cms/src/account/home-http.ts). */
export const HOME_PANEL_PATH = '/account/home-panel';
