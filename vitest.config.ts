import { defineConfig } from 'vitest/config';

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
    // Suites boot Strapi and Chromium; on two cores they run one file at a time.
    fileParallelism: false,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          pool: 'threads',
          globalSetup: ['tests/support/compile-cms.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          pool: 'threads',
          globalSetup: ['tests/support/compile-cms.ts', 'tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
