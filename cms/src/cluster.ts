import type { Core } from '@strapi/strapi';

/**
 * The cluster mode (ADR 0013): `CMS_CLUSTER=true` on every instance of a deployment
 * that runs more than one, on PostgreSQL. It turns on the backends every instance
 * shares (the job queue, files in the database, cache invalidation between
 * instances). Without it the CMS is the embedded single process, on SQLite or
 * PostgreSQL.
 */
export function isCluster(strapi: Core.Strapi): boolean {
  if (process.env.CMS_CLUSTER !== 'true') return false;
  if (!isPostgres(strapi)) {
    throw new Error('CMS_CLUSTER=true needs PostgreSQL (DATABASE_CLIENT=postgres): SQLite is one process.');
  }
  return true;
}

export const isPostgres = (strapi: Core.Strapi): boolean =>
  strapi.config.get<string>('database.connection.client') === 'postgres';

/** The schema Strapi's tables are in (PostgreSQL), which names what belongs to this deployment. */
export const databaseSchema = (strapi: Core.Strapi): string =>
  strapi.config.get<string>('database.connection.connection.schema') ?? 'public';
