import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import pg from 'pg';
import type { CmsLogLevel } from './boot';
import { createPostgresSchema, type TestDatabase } from './database';
import { startCmsProcess } from './process';

export interface ClusterOptions {
  /** How many CMS processes. */
  size: number;
  /** The CMS's environment, beside the database's (CMS_CLUSTER, SMTP, limits). */
  env: Record<string, string>;
  /** The PostgreSQL server the fresh schema is made on; default DATABASE_URL's. */
  databaseUrl?: string;
  logLevel?: CmsLogLevel;
  /** Each line an instance prints, with the instance's index. */
  onLine?: (instance: number, line: string) => void;
}

export interface CmsCluster {
  database: TestDatabase;
  /** Each instance's address, by index. */
  urls: string[];
  /** SIGKILL: no shutdown, no goodbye to the database or the queue. */
  kill(instance: number): void;
  /** Starts an instance again on its port; resolves once it is listening. */
  start(instance: number): Promise<void>;
  stop(): Promise<void>;
}

/** A port nothing listens on now, from the system. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('No port from the system');
  return address.port;
}

/**
 * Several CMS processes on one fresh PostgreSQL schema, as a cluster runs (ADR 0013),
 * for tests/cluster/ and `npm run bench:cluster`. They start together on the empty
 * schema (the start-up lock has them take turns: one migrates and seeds the demo
 * council), and each can be killed outright and started again on its port.
 */
export async function startCmsCluster(options: ClusterOptions): Promise<CmsCluster> {
  const database = await createPostgresSchema(options.databaseUrl);
  const ports = await Promise.all(Array.from({ length: options.size }, freePort));
  const processes: Array<ChildProcess | undefined> = [];
  const env = { ...database.env, ...options.env, SEED_DEMO_COUNCIL: 'true' };

  async function start(instance: number): Promise<void> {
    processes[instance] = await startCmsProcess(ports[instance]!, env, {
      logLevel: options.logLevel,
      onLine: (line) => options.onLine?.(instance, line),
    });
  }

  try {
    await Promise.all(ports.map((_, instance) => start(instance)));
  } catch (error) {
    for (const child of processes) child?.kill('SIGKILL');
    await database.drop();
    throw error;
  }
  return {
    database,
    urls: ports.map((port) => `http://127.0.0.1:${port}`),
    kill(instance) {
      processes[instance]?.kill('SIGKILL');
      processes[instance] = undefined;
    },
    start,
    async stop() {
      const exits = processes.map((child) =>
        child && child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : Promise.resolve(),
      );
      for (const child of processes) child?.kill('SIGKILL');
      await Promise.all(exits);
      // The job queue's own schema (pg-boss: `<schema>_jobs`), where the cluster made one.
      const client = new pg.Client({ connectionString: database.env.DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${database.env.DATABASE_SCHEMA}_jobs CASCADE`);
      await client.end();
      await database.drop();
    },
  };
}
