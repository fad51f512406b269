import path from 'node:path';
import { fingerprint, isFresh, markFresh } from '../fingerprint';
import { run } from '../processes';
import { CMS_DIR, REPO_ROOT } from './paths';

/** Where the CMS's full build (server and admin panel) records what it was built from. */
const STAMP = path.join(CMS_DIR, 'dist/.fingerprint');
const INPUTS = ['src', 'config', 'tsconfig.json', 'package.json', 'favicon.png']
  .map((entry) => path.join(CMS_DIR, entry))
  .concat(['domain', 'gis'].map((name) => path.join(REPO_ROOT, name, 'dist')));

/**
 * `strapi build` (the server and the admin panel, about a minute and 2 GB), unless
 * nothing it reads changed since the last one. `npm start` and the browser tests of
 * the admin panel share it, so neither builds twice.
 */
export async function buildCmsIfChanged(onBuild: () => void = () => {}): Promise<'built' | 'fresh'> {
  const print = fingerprint(INPUTS);
  if (isFresh(STAMP, print)) return 'fresh';
  onBuild();
  await run(process.execPath, [path.join(REPO_ROOT, 'node_modules/@strapi/strapi/bin/strapi.js'), 'build'], {
    cwd: CMS_DIR,
    label: 'cms',
    env: { NODE_ENV: 'production' },
  });
  markFresh(STAMP, print);
  return 'built';
}
