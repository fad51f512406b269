import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Reading a finished build: gzip sizes as a resident's browser would download them. */
export const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => path.join(dir, file))
    .filter((file) => statSync(file).isFile());
}

/** The island's JavaScript: its component and renderer, and every chunk they import, followed. */
export function islandScripts(outDir: string, page: string): string[] {
  const html = readFileSync(path.join(outDir, page), 'utf8');
  const queue = [...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((match) => match[1]!);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const url = queue.pop()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(path.join(outDir, url), 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*\(?"(\.\.?\/[^"]+\.js)"/g)) {
      queue.push(path.posix.join(path.posix.dirname(url), match[1]!));
    }
  }
  return [...seen];
}

export const stylesheets = (outDir: string, page: string) =>
  [...readFileSync(path.join(outDir, page), 'utf8').matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(
    (match) => match[1]!,
  );

/** Percentiles of a list of numbers (nearest rank). */
export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? NaN;
}
