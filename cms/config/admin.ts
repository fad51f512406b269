import type { Core } from '@strapi/strapi';
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
  // Tests and API-only deployments run without the admin build.
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
  // No telemetry or "what's new" calls: the CMS must run on a closed network.
  autoOpen: false,
});
