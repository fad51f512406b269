// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexForSearch } from './pagefind.mjs';
import { textFiles, writeGzipCopies } from './precompress.mjs';

/**
 * The last step of every build: the search index, and gzip copies of every text file.
 * Pagefind indexes in its own process while this one compresses the pages, so the two
 * overlap; Pagefind's own files are compressed once it has written them. Runs after
 * every other integration has written its files (the form stylesheet included).
 * @returns {import('astro').AstroIntegration}
 */
export function searchAndGzip() {
  return {
    name: 'doorstep:search-and-gzip',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = await textFiles(site);
        const [indexed, compressed] = await Promise.all([indexForSearch(site), writeGzipCopies(pages)]);
        const searchFiles = await writeGzipCopies(await textFiles(path.join(site, 'pagefind')));
        logger.info(`indexed ${indexed} pages for search; wrote gzip copies of ${compressed + searchFiles} files`);
      },
    },
  };
}
