import path from 'node:path';
import { fingerprint, isFresh, markFresh } from '../fingerprint';
import { run } from '../processes';
import { CMS_DIR, REPO_ROOT } from './paths';

/** The workspaces the CMS runs on, in the order of package.json's build:packages. */
const PACKAGES = ['domain', 'gis', 'demo'].map((name) => path.join(REPO_ROOT, name));
const SOURCES = ['src', 'package.json', 'tsconfig.json', 'tsconfig.esm.json', 'tsconfig.cjs.json'];
const dist = (dir: string) => path.join(dir, 'dist');

/** Set once a process has compiled, so the processes it starts (a test's run of a script) skip the check. */
const COMPILED = 'DOORSTEP_CMS_COMPILED';

/**
 * Builds each workspace only when its sources, or a workspace it comes after, changed
 * since its last build (the stamp in its dist/). `onBuild` is called before the first
 * build, for `npm start` to say so.
 */
export async function buildPackagesIfChanged(onBuild: () => void = () => {}): Promise<'built' | 'fresh'> {
  let built = false;
  for (const [index, dir] of PACKAGES.entries()) {
    const stamp = path.join(dist(dir), '.fingerprint');
    const print = fingerprint([
      ...SOURCES.map((entry) => path.join(dir, entry)),
      ...PACKAGES.slice(0, index).map(dist),
    ]);
    if (isFresh(stamp, print)) continue;
    if (!built) onBuild();
    built = true;
    await run('npm', ['run', 'build', '--silent'], { cwd: dir, label: path.basename(dir) });
    markFresh(stamp, print);
  }
  return built ? 'built' : 'fresh';
}

/**
 * What booting the CMS in process needs: the workspaces, then the CMS's server code
 * (what `strapi build` compiles, minus the admin panel), each only when it changed.
 * The test runs' global setup (vitest.config.ts), so every suite boots the code as it is now.
 */
export default async function compileCms(): Promise<void> {
  if (process.env[COMPILED] === '1') return;
  await buildPackagesIfChanged();
  const stamp = path.join(CMS_DIR, 'dist/.server-fingerprint');
  const inputs = ['src', 'config', 'tsconfig.json', 'package.json'].map((entry) => path.join(CMS_DIR, entry));
  const print = fingerprint([...inputs, ...PACKAGES.map(dist)]);
  if (!isFresh(stamp, print)) {
    const tsc = path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
    await run(process.execPath, [tsc, '-p', CMS_DIR], { cwd: REPO_ROOT, label: 'cms' });
    markFresh(stamp, print);
  }
  process.env[COMPILED] = '1';
}
