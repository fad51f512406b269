/**
 * The admin panel's settings (app.tsx). The CMS runs on a closed network: no release
 * notifications (they call a public code-hosting API from every editor's browser).
 * British English for everyone, so dates read and are typed day first (issue 12).
 */
export const UK_ENGLISH = 'en-GB';

export const adminConfig = {
  notifications: { releases: false },
  locales: [UK_ENGLISH],
};
