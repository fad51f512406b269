/**
 * Email alerts (cms/src/alerts), under /api/account/alerts: the site server passes its
 * own /account/… to them (site/server/http.ts), so residents see one address. No route
 * uses Strapi's auth: the account's session, form token or the email's token decides.
 */
const route = (method: 'GET' | 'POST', path: string, handler: string) => ({
  method,
  path: `/account/alerts${path}`,
  handler: `api::alerts.alerts.${handler}`,
  config: { auth: false as const },
});

export default {
  type: 'content-api',
  routes: [
    route('GET', '/subscribe', 'subscribeForm'),
    route('POST', '/subscribe', 'subscribe'),
    route('GET', '/confirm', 'confirmForm'),
    route('POST', '/confirm', 'confirm'),
    route('GET', '/unsubscribe/:token', 'unsubscribeForm'),
    route('POST', '/unsubscribe/:token', 'unsubscribe'),
    route('POST', '/change', 'change'),
    route('POST', '/stop', 'stop'),
    route('GET', '/request', 'requestForm'),
    route('POST', '/request', 'request'),
  ],
};
