/**
 * Residents' accounts, under /api/account; the site server passes its own /account/…
 * to them, so residents see one address. No route uses Strapi's auth: each checks the
 * resident's session itself (cms/src/account/sessions.ts).
 */
const route = (method: 'GET' | 'POST', path: string, handler: string) => ({
  method,
  path: `/account${path}`,
  handler: `api::account.account.${handler}`,
  config: { auth: false as const },
});

export default {
  type: 'content-api',
  routes: [
    route('GET', '', 'home'),
    route('GET', '/sign-in', 'signInForm'),
    route('POST', '/sign-in', 'signIn'),
    route('GET', '/continue', 'continueForm'),
    route('POST', '/verify', 'verify'),
    route('POST', '/sign-out', 'signOut'),
    route('POST', '/sign-out-everywhere', 'signOutEverywhere'),
    route('POST', '/requests/attach', 'attach'),
    route('GET', '/requests/:reference', 'request'),
    route('GET', '/me', 'me'),
    // The home page's personal panel (cms/src/account/home-http.ts).
    route('GET', '/home-panel', 'homePanel'),
    route('GET', '/forms/:slug', 'prefilledForm'),
    route('GET', '/details', 'details'),
    route('POST', '/details', 'saveDetails'),
    route('GET', '/data', 'data'),
    route('GET', '/data.json', 'dataJson'),
    route('GET', '/delete', 'deleteForm'),
    route('POST', '/delete', 'deleteAccount'),
    // Save and come back later (cms/src/account/draft-http.ts).
    route('GET', '/drafts/:slug', 'draft'),
    route('POST', '/drafts/:slug', 'saveDraft'),
    route('POST', '/drafts/:slug/delete', 'deleteDraft'),
    route('POST', '/drafts/:slug/guest', 'saveGuestDraft'),
    route('GET', '/resume', 'resumeForm'),
    route('POST', '/resume', 'resume'),
    // Signing in with OpenID Connect (cms/src/account/oidc): 404 unless OIDC_ISSUER is set.
    route('GET', '/oidc/start', 'oidcStart'),
    route('GET', '/oidc/callback', 'oidcCallback'),
  ],
};
