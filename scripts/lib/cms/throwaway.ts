import { existsSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { bootCms } from './boot';
import { createTestDatabase, type DatabaseTemplate, type TestDatabase } from './database';
import { testSecrets } from './secrets';

export interface CmsOptions {
  /** Load the demo council (Bramblewick) after boot. */
  seed?: boolean;
  /**
   * Seed through this CMS's Document Service even when a seeded copy is at hand, for
   * a suite that needs what publishing does in the process (its webhooks firing).
   */
  seedInProcess?: boolean;
  /** Extra environment for this CMS (for example logins). */
  env?: Record<string, string>;
  /** A database prepared by the caller (the seeded template); by default a new throwaway one. */
  database?: TestDatabase;
}

/** Set by seeded-template.ts: where a copy of the seeded demo council comes from. */
export const SEEDED_TEMPLATE_ENV = 'DOORSTEP_SEEDED_TEMPLATE';

function seededTemplate(): DatabaseTemplate | undefined {
  const raw = process.env[SEEDED_TEMPLATE_ENV];
  return raw ? (JSON.parse(raw) as DatabaseTemplate) : undefined;
}

export interface TestCms {
  strapi: Core.Strapi;
  url: string;
  database: TestDatabase;
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphqlResponse>;
  stop(): Promise<void>;
}

/** Strapi's REST envelope, for tests reading it. */
export interface RestBody {
  data: Array<Record<string, unknown>> | Record<string, unknown> | null;
  error?: { status: number; name: string; message: string };
}

export interface GraphqlResponse {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
}

/**
 * Boots the real, compiled CMS on a random port against a throwaway database, for a
 * test suite, a benchmark or `npm run schema`. A seeded CMS starts from a copy of the
 * demo council seeded once per test run, when the run made one; otherwise it is
 * seeded here, through the Document Service.
 */
export async function startCms(options: CmsOptions = {}): Promise<TestCms> {
  const template = options.seed && !options.seedInProcess && !options.database ? seededTemplate() : undefined;
  const database = options.database ?? (await createTestDatabase(template));
  const env: Record<string, string> = {
    ...testSecrets(),
    ...database.env,
    HOST: '127.0.0.1',
    PORT: '0',
    NODE_ENV: 'test',
    SERVE_ADMIN_PANEL: 'false',
    AUTH_RATE_LIMIT: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_STARTUP_LOG: 'false',
    STRAPI_LOG_LEVEL: 'warn',
    GRAPHQL_SCHEMA_FILE: path.join(os.tmpdir(), `doorstep-schema-${process.pid}-${Date.now()}.graphql`),
    ...options.env,
  };
  const previous = applyEnv(env);

  const strapi = await bootCms({ listen: true });
  // Nexus writes the schema file without awaiting it; wait so readers see it whole.
  await waitForFile(env.GRAPHQL_SCHEMA_FILE!);
  const { port } = strapi.server.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  if (options.seed && !template) {
    const [{ loadCouncil }, { bramblewick }] = await Promise.all([
      import('../../../cms/src/council/load'),
      import('@doorstep/demo'),
    ]);
    await loadCouncil(strapi, bramblewick);
  }

  return {
    strapi,
    url,
    database,
    graphql: async (query, variables, headers) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphqlResponse['body'] };
    },
    stop: async () => {
      await strapi.destroy();
      await database.drop();
      applyEnv(previous);
    },
  };
}

async function waitForFile(file: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (existsSync(file) && statSync(file).size > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The CMS did not write its GraphQL schema to ${file}`);
}

function applyEnv(values: Record<string, string | undefined>): Record<string, string | undefined> {
  const previous: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(values)) {
    previous[key] = process.env[key];
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  return previous;
}
