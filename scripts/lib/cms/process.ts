import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { CmsLogLevel } from './boot';
import { REPO_ROOT } from './paths';
import { testSecrets } from './secrets';

/** How the parent tells child.ts the level to log at. */
export const CHILD_LOG_LEVEL_ENV = 'DOORSTEP_CHILD_LOG_LEVEL';

export interface CmsProcessOptions {
  /** What the CMS logs (default `error`): the cluster tests read its `info` lines. */
  logLevel?: CmsLogLevel;
  /** Each line the CMS prints on stdout, from its first. */
  onLine?: (line: string) => void;
}

/**
 * The compiled CMS in a process of its own (child.ts), on a given port and database,
 * so a test can kill it outright (SIGKILL), start it again, or run two side by side
 * on one database. Resolves once it is listening.
 */
export function startCmsProcess(
  port: number,
  env: Record<string, string>,
  options: CmsProcessOptions = {},
): Promise<ChildProcess> {
  const started = spawn(
    process.execPath,
    // Node itself with tsx's loader, not tsx's CLI: the CLI runs a second process, which SIGKILL
    // to the first would leave running (and holding the port).
    ['--import', 'tsx', path.join(REPO_ROOT, 'scripts/lib/cms/child.ts')],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        ...testSecrets(),
        HOST: '127.0.0.1',
        PORT: String(port),
        NODE_ENV: 'test',
        SERVE_ADMIN_PANEL: 'false',
        STRAPI_TELEMETRY_DISABLED: 'true',
        STRAPI_STARTUP_LOG: 'false',
        GRAPHQL_SCHEMA_FILE: path.join(os.tmpdir(), `doorstep-cms-${port}.graphql`),
        [CHILD_LOG_LEVEL_ENV]: options.logLevel ?? 'error',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let partial = '';
  return new Promise((resolve, reject) => {
    started.on('exit', (code) => reject(new Error(`the CMS exited with ${code} before it was ready`)));
    started.stdout?.on('data', (chunk: Buffer) => {
      const text = partial + chunk.toString();
      const lines = text.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        if (line.includes('READY')) resolve(started);
        options.onLine?.(line);
      }
    });
  });
}
