/**
 * Pages whose address changed keep their old one for ever (issue 12): the build lists
 * them (site/src/pages/redirects.json.ts, from the CMS's redirects) in its private
 * folder, and a request for an old address that no longer exists is answered with a
 * 301 to the new one. A page published at an old address is served, not redirected.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isSitePath } from '@doorstep/domain';
import { z } from 'zod';
import { PRIVATE_DIR } from './security-headers';

export const REDIRECTS_FILE = 'redirects.json';

const redirectsSchema = z.record(z.string(), z.string());

const byBuild = new Map<string, ReadonlyMap<string, string>>();

/** The build's redirects, read once per build; a build without the file has none. */
export function redirectsFor(buildDir: string): ReadonlyMap<string, string> {
  let redirects = byBuild.get(buildDir);
  if (!redirects) {
    try {
      const parsed = redirectsSchema.parse(
        JSON.parse(readFileSync(path.join(buildDir, PRIVATE_DIR, REDIRECTS_FILE), 'utf8')),
      );
      // Only from and to paths of this site: never a redirect to another site, whatever the file says.
      redirects = new Map(Object.entries(parsed).filter(([from, to]) => isSitePath(from) && isSitePath(to)));
    } catch {
      redirects = new Map();
    }
    if (byBuild.size >= 8) byBuild.clear();
    byBuild.set(buildDir, redirects);
  }
  return redirects;
}
