import type { Core } from '@strapi/strapi';

/**
 * A feature of the CMS: what it adds to Strapi when it registers (Document Service
 * middlewares, GraphQL extensions), when it starts (roles, permissions, schedules,
 * workers) and when it stops. `index.ts` lists them; each lives in its own folder.
 */
export interface Feature {
  register?(strapi: Core.Strapi): void;
  bootstrap?(strapi: Core.Strapi): Promise<void> | void;
  destroy?(): Promise<void> | void;
}
