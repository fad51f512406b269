/**
 * `npm run schema`: boots the CMS once against a throwaway database so the GraphQL
 * plugin writes schema.graphql, then regenerates the site's typed operations.
 * Commit both; tests fail when either drifts from the code.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import compileCms from '../tests/support/compile-cms';
import { startCms } from '../tests/support/cms';
import { REPO_ROOT } from '../tests/support/paths';

compileCms();
// The plugin skips writing an unchanged file; remove it so the wait below sees a fresh one.
rmSync(path.join(REPO_ROOT, 'schema.graphql'), { force: true });
const cms = await startCms({ env: { GRAPHQL_SCHEMA_FILE: path.join(REPO_ROOT, 'schema.graphql') } });
await cms.stop();
console.log('Wrote schema.graphql');
execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts'], { cwd: REPO_ROOT, stdio: 'inherit' });
