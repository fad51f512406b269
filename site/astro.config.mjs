// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import node from '@astrojs/node';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prefetchContent } from './src/integrations/prefetch-content.mjs';
import { formStyles } from './src/integrations/form-styles.mjs';
import { searchAndGzip } from './src/integrations/search-and-gzip.mjs';
import { cachedSass } from './src/integrations/sass-cache.ts';
import { servedFiles } from './src/integrations/served-files.ts';
import { previewServer } from './src/integrations/preview-server.ts';

const siteDir = path.dirname(fileURLToPath(import.meta.url));
// Sass resolves `govuk-frontend/dist/...` from the folder npm installed it in (hoisted by workspaces).
const nodeModules = path.dirname(path.dirname(createRequire(import.meta.url).resolve('govuk-frontend/package.json')));

// Static output: the site keeps serving from plain files when the CMS is down. The one
// page rendered on request is /preview/ (drafts through preview links): the Node adapter
// builds it into the build's private folder, which the live site server never serves
// as files but runs (site/server/preview.ts); every other page stays a plain file.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  output: 'static',
  adapter: node({ mode: 'middleware' }),
  // Astro's origin check is for pages that act on a POST. The one page rendered on
  // request only refuses a previewed form's POST (nothing is sent or stored), and the
  // live site server, behind proxies, is the one that knows the site's address.
  security: { checkOrigin: false },
  // Tests and the rebuild worker build into their own folder; `npm start` uses dist/.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Pages render four at a time: measured about 1.5 s faster at 1,000 service pages.
  // Pages and assets at the top of the build folder, as without an adapter; the preview
  // page's server code under .doorstep/ (PRIVATE_DIR in site/server/security-headers.ts).
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
    concurrency: 4,
    client: './',
    server: './.doorstep/server',
  },
  // React is for islands only (form runner, verge map, account); content pages ship none.
  integrations: [previewServer(), react(), prefetchContent(), formStyles(), servedFiles(), searchAndGzip()],
  server: { host: '127.0.0.1', port: 4321 },
  preview: { host: '127.0.0.1', port: 4321 },
  telemetry: false,
  vite: {
    // Vite's report of each bundle's gzipped size costs build time; bench:weight measures it.
    build: { reportCompressedSize: false },
    plugins: [
      cachedSass({ cacheDir: path.join(siteDir, 'node_modules/.cache/doorstep-sass'), loadPaths: [nodeModules] }),
    ],
    css: { preprocessorOptions: { scss: { quietDeps: true, loadPaths: [nodeModules] } } },
  },
});
