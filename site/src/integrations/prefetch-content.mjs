// @ts-check
// Astro loads its config through Vite, which compiles this TypeScript import.
import { loadContent } from '../lib/content.ts';
import { loadVergeSite } from '../lib/verges/build-time/site.ts';

/**
 * Starts reading the CMS when the build starts, so the GraphQL fetch and the verge
 * export (work for the CMS process) overlap Vite bundling the site (work for this one). The pages reuse
 * the same promise; see loadContent in src/lib/content.ts.
 * @returns {import('astro').AstroIntegration}
 */
export function prefetchContent() {
  return {
    name: 'doorstep:prefetch-content',
    hooks: {
      'astro:build:start': () => {
        // A failure is reported by the first page that awaits it, naming the entry.
        loadContent().catch(() => {});
        // Verges come from the bulk export (50,000 take seconds): read them alongside.
        loadVergeSite().catch(() => {});
      },
    },
  };
}
