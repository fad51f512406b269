import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './paths';
import { testSecrets } from './secrets';

/**
 * The compiled CMS in a process of its own (child.ts), on a given port and database,
 * so a test can kill it outright (SIGKILL), start it again, or run two side by side
 * on one database. Resolves once it is listening.
 */
export function startCmsProcess(port: number, env: Record<string, string>): Promise<ChildProcess> {
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
        ...env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    started.on('exit', (code) => reject(new Error(`the CMS exited with ${code} before it was ready`)));
    started.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('READY')) resolve(started);
    });
  });
}
