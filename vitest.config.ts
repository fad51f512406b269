import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships CommonJS and ESM builds; libraries the CMS uses (graphql-query-complexity,
// Apollo) load the CommonJS one, so tests importing CMS code must too, or graphql sees
// two copies of itself ("Cannot use GraphQLObjectType from another module or realm").
const resolve = { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] };

/**
 * Tests are grouped by the environment they need:
 * - unit: pure functions, no network, no database;
 * - integration: boots the real Strapi against a throwaway SQLite database
 *   (or PostgreSQL when DATABASE_CLIENT=postgres) and talks to it over HTTP;
 * - e2e: Debian Chromium, through playwright-core, against the built site.
 * Strapi's destroy() removes process listeners, which breaks the forks pool: use threads.
 */
export default defineConfig({
  test: {
    // Suites boot Strapi and Chromium; on two cores they run one file at a time, and
    // `npm test` runs one project at a time (a project's global set-up boots a CMS in
    // vitest's main process, which must not keep another project's workers waiting).
    fileParallelism: false,
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          pool: 'threads',
          globalSetup: ['scripts/lib/cms/compile.ts', 'scripts/lib/cms/seeded-template.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        resolve,
        test: {
          // Several CMS processes on one PostgreSQL database, one killed mid-load (ADR 0013);
          // skipped unless DATABASE_CLIENT=postgres. Minutes per suite: it waits on real schedules.
          name: 'cluster',
          include: ['tests/cluster/**/*.test.ts'],
          pool: 'threads',
          globalSetup: ['scripts/lib/cms/compile.ts'],
          testTimeout: 60_000,
          hookTimeout: 900_000,
        },
      },
      {
        resolve,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          pool: 'threads',
          globalSetup: ['scripts/lib/cms/compile.ts', 'tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
