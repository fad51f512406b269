/**
 * The admin panel's settings (app.tsx). The CMS runs on a closed network: no release
 * notifications (they call a public code-hosting API from every editor's browser)
 * and no tutorials (videos hosted elsewhere).
 */
export const adminConfig = {
  notifications: { releases: false },
  tutorials: false,
};
