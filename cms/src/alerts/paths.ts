/**
 * The alerts' pages, at the site's addresses: under `/account/`, which the site server
 * already passes to the CMS (site/server/http.ts), so they need no proxy rule of their own.
 */
export const ALERT_PATHS = {
  subscribe: '/account/alerts/subscribe',
  confirm: '/account/alerts/confirm',
  change: '/account/alerts/change',
  stop: '/account/alerts/stop',
  /** A guest's status emails for their own request (alerts/requests.ts). */
  request: '/account/alerts/request',
  unsubscribe: (token: string) => `/account/alerts/unsubscribe/${encodeURIComponent(token)}`,
  subscribeToStreet: (usrn: number) => `/account/alerts/subscribe?street=${usrn}`,
} as const;

export const FREQUENCIES = ['immediate', 'digest'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** An unconfirmed subscription, and its link, last this long. */
export const CONFIRM_LIFETIME_MS = 7 * 24 * 60 * 60_000;
