// @ts-check
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Indexes a finished static build with Pagefind's Node API, so search is part of every
 * build (and every rebuild the live server makes), not a separate step.
 * @param {string} site the build's folder
 * @returns {Promise<number>} how many pages were indexed
 */
export async function indexForSearch(site) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
