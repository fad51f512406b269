// @ts-check
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

// The live server's own list: every file it sends gzipped has a copy.
import { PRECOMPRESSED_EXTENSIONS } from '../../server/encoding.ts';

const gzipAsync = promisify(gzip);
/** Below this, gzip's own header makes little worth saving. */
const MIN_BYTES = 256;
/** Files compressed at once: zlib works on libuv's threads, off the main one. */
const CONCURRENCY = 8;

/** Every text file under `root`, as absolute paths. */
export async function textFiles(/** @type {string} */ root) {
  return (await readdir(root, { recursive: true }))
    .filter((file) => PRECOMPRESSED_EXTENSIONS.has(path.extname(file)))
    .map((file) => path.join(root, file));
}

/**
 * Writes a gzip -9 copy beside each file, once per build, so the live server sends
 * compressed pages, scripts and verge data without compressing per request (and the
 * bytes residents download are the ones the benchmarks count).
 * @param {string[]} files
 * @returns {Promise<number>} how many copies were written
 */
export async function writeGzipCopies(files) {
  const queue = [...files];
  let written = 0;
  const work = async () => {
    for (let file = queue.pop(); file; file = queue.pop()) {
      const body = await readFile(file);
      if (body.length < MIN_BYTES) continue;
      await writeFile(`${file}.gz`, await gzipAsync(body, { level: 9 }));
      written += 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, work));
  return written;
}
