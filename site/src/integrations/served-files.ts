import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  collectInlineHashes,
  HEADERS_MANIFEST,
  PRIVATE_DIR,
  tileSource,
  type HeadersManifest,
} from '../../server/security-headers.ts';
import { BUILD_INFO_FILE } from '../../server/content-schedule.ts';
import { REDIRECTS_FILE } from '../../server/redirects.ts';

/**
 * Decides what a build serves, before it is indexed and compressed:
 * - Astro leaves some of its server-side build (manifest_*.mjs, content-*.mjs, holding
 *   the checkout's absolute paths) beside the pages of a static build: removed;
 * - `build-info.json` (when banners start) and `redirects.json` (pages that moved), read
 *   by the live server, move to the private folder, which it never serves;
 * - every inline script and style element is hashed into the private headers manifest,
 *   from which the server writes each page's Content-Security-Policy.
 */
export function servedFiles(): AstroIntegration {
  return {
    name: 'doorstep:served-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { withFileTypes: true });
        const leftovers = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.mjs'));
        await Promise.all(leftovers.map((entry) => rm(path.join(root, entry.name))));
        if (entries.some((entry) => entry.isDirectory() && entry.name === 'chunks')) {
          await rm(path.join(root, 'chunks'), { recursive: true });
        }

        const privateDir = path.join(root, PRIVATE_DIR);
        await mkdir(privateDir, { recursive: true });
        for (const file of [BUILD_INFO_FILE, REDIRECTS_FILE]) {
          await rename(path.join(root, file), path.join(privateDir, file));
        }

        const scripts = new Set<string>();
        const styles = new Set<string>();
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        for (const page of pages) {
          const found = collectInlineHashes(await readFile(path.join(root, page), 'utf8'));
          found.scripts.forEach((hash) => scripts.add(hash));
          found.styles.forEach((hash) => styles.add(hash));
        }
        const manifest: HeadersManifest = {
          scriptHashes: [...scripts].sort(),
          styleHashes: [...styles].sort(),
          imageSources: tileSource(process.env.PUBLIC_MAP_TILES_URL),
        };
        await writeFile(path.join(privateDir, HEADERS_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
        logger.info(
          `${scripts.size} inline scripts and ${styles.size} inline styles allowed by hash; ` +
            `removed ${leftovers.length} server files from the output`,
        );
      },
    },
  };
}
