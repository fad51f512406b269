import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { modulesLink, removeModulesLink } from '../../server/preview-modules.ts';

/**
 * The preview page's server code (astro.config.mjs: under .doorstep/server) imports
 * packages by name, and a build folder outside the repository (the tests' temporary
 * ones) has no node_modules above it. A link to the site's own node_modules inside the
 * private folder lets Node find them, first while Astro renders the static pages with
 * that code, then in the live site server (site/server/preview.ts makes it again).
 * It is removed before the other integrations walk the build (search index, gzip
 * copies, inline hashes), which must never wander into node_modules. First in the list.
 */
export function previewServer(): AstroIntegration {
  let outDir = '';
  return {
    name: 'doorstep:preview-server',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:setup': () => {
        modulesLink(outDir);
      },
      'astro:build:done': () => {
        removeModulesLink(outDir);
      },
    },
  };
}
