import type { Core } from '@strapi/strapi';
import { previewButtonUrl, siteOrigin } from '../src/previews/button';
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY'),
  },
  // Replaced by src/middlewares/sign-in-limits.ts, counted across instances.
  rateLimit: { enabled: false },
  flags: {
    nps: false,
    promoteEE: false,
  },
  // Strapi's Preview button opens the site's own /preview/ page for the draft (cms/src/previews/button.ts).
  preview: {
    enabled: true,
    config: {
      allowedOrigins: [siteOrigin()],
      handler: (uid: string, params: { documentId?: string; status?: string }) => previewButtonUrl(strapi, uid, params),
    },
  },
  // Tests and API-only deployments run without the admin build.
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
  // No telemetry or "what's new" calls: the CMS must run on a closed network.
  autoOpen: false,
});
