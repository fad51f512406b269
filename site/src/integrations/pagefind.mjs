// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Indexes the finished static build with Pagefind's Node API, so search is part of
 * every build (and every rebuild the live server makes), not a separate step.
 * @returns {import('astro').AstroIntegration}
 */
export function pagefindIndex() {
  return {
    name: 'doorstep:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
