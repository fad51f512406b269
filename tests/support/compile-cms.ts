import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { CMS_DIR, REPO_ROOT } from './paths';

/**
 * Compiles the CMS's TypeScript once per run (what `strapi build` does minus the
 * admin panel), so every suite boots the code as it is now.
 */
export default function compileCms(): void {
  if (process.env.DOORSTEP_CMS_COMPILED === '1') return;
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', CMS_DIR], {
    stdio: 'inherit',
  });
  process.env.DOORSTEP_CMS_COMPILED = '1';
}
