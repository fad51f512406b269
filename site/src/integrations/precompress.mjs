// @ts-check
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
/** The same list the live server sends gzipped (site/server/encoding.ts). */
const EXTENSIONS = new Set(['.html', '.css', '.js', '.json', '.xml', '.svg', '.txt']);
/** Below this, gzip's own header makes little worth saving. */
const MIN_BYTES = 256;
/** Files compressed at once: zlib works on libuv's threads, off the main one. */
const CONCURRENCY = 8;

/**
 * Writes a gzip -9 copy beside every text file of the finished build, once, so the
 * live server sends compressed pages, scripts and verge data without compressing
 * per request (and the bytes residents download are the ones the benchmarks count).
 * Runs last, after the search index and the form stylesheet are written.
 * @returns {import('astro').AstroIntegration}
 */
export function precompress() {
  return {
    name: 'doorstep:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true }))
          .filter((file) => EXTENSIONS.has(path.extname(file)))
          .map((file) => path.join(root, file));
        let written = 0;
        const work = async () => {
          for (let file = files.pop(); file; file = files.pop()) {
            const body = await readFile(file);
            if (body.length < MIN_BYTES) continue;
            await writeFile(`${file}.gz`, await gzipAsync(body, { level: 9 }));
            written += 1;
          }
        };
        await Promise.all(Array.from({ length: CONCURRENCY }, work));
        logger.info(`wrote gzip copies of ${written} files`);
      },
    },
  };
}
