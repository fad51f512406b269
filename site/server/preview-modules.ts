/**
 * `<build>/.doorstep/node_modules`: a link to the node_modules the site's packages are
 * installed in, so the preview page's server code finds them wherever the build folder
 * is (see site/src/integrations/preview-server.ts). Inside the private folder, which
 * the site server never serves.
 */
import { lstatSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PRIVATE_DIR } from './security-headers';

/** Where npm installed Astro (hoisted by workspaces): the folder every package the page imports is in. */
function installedModules(): string {
  return path.dirname(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')));
}

const linkIn = (buildDir: string) => path.join(buildDir, PRIVATE_DIR, 'node_modules');

/** Makes the link unless it is there. */
export function modulesLink(buildDir: string): void {
  const link = linkIn(buildDir);
  try {
    lstatSync(link);
    return;
  } catch {
    // not there yet
  }
  mkdirSync(path.dirname(link), { recursive: true });
  try {
    symlinkSync(installedModules(), link, 'dir');
  } catch (error) {
    // Two requests made it at once: one link is all it needs.
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
  }
}

/** Removes the link only (never what it points at). */
export function removeModulesLink(buildDir: string): void {
  rmSync(linkIn(buildDir), { force: true });
}
