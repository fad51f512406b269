import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A hash of the files a build reads. `npm start` rebuilds only when it changes,
 * so a second start reuses the last build and is quick.
 */
export function fingerprint(paths: string[]): string {
  const hash = createHash('sha256');
  for (const file of paths.flatMap((entry) => listFiles(entry)).sort()) {
    hash.update(file).update(readFileSync(file));
  }
  return hash.digest('hex');
}

function listFiles(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry).flatMap((name) => (name === 'node_modules' ? [] : listFiles(path.join(entry, name))));
}

export function isFresh(stampFile: string, print: string): boolean {
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8') === print;
}

export function markFresh(stampFile: string, print: string): void {
  writeFileSync(stampFile, print);
}
