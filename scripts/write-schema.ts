/**
 * `npm run schema`: writes the field kinds' Strapi components from their modules,
 * boots the CMS once against a throwaway database so the GraphQL plugin writes
 * schema.graphql, then regenerates the site's typed operations. Commit them all;
 * tests fail when any drifts from the code.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import compileCms from './lib/cms/compile';
import { startCms } from './lib/cms/throwaway';
import { REPO_ROOT } from './lib/cms/paths';
import { writeFormComponents } from './lib/form-components';

writeFormComponents(path.join(REPO_ROOT, 'cms/src'));
console.log("Wrote the field kinds' components in cms/src/components/form");
await compileCms();
// The plugin skips writing an unchanged file; remove it so the wait below sees a fresh one.
rmSync(path.join(REPO_ROOT, 'schema.graphql'), { force: true });
const cms = await startCms({ env: { GRAPHQL_SCHEMA_FILE: path.join(REPO_ROOT, 'schema.graphql') } });
await cms.stop();
console.log('Wrote schema.graphql');
execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts'], { cwd: REPO_ROOT, stdio: 'inherit' });
