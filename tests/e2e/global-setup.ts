import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { GRAPHQL_LIMITS } from '../../cms/src/limits';
import { startCms, type TestCms } from '../support/cms';
import { chromiumAvailable } from '../support/chromium';
import { createAstroBuild } from '../../site/server/astro-build';
import { createSiteServer } from '../../site/server/http';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    /** The build's folder, for what only the server reads (its private manifest). */
    siteDir: string;
    cmsUrl: string;
    chromium: boolean;
    publishedServicePages: number;
  }
}

const E2E_PROXY_SECRET = randomBytes(24).toString('base64');

/** More service pages than the API's maxLimit, so a build that forgot to paginate would show fewer. */
const EXTRA_PAGES = GRAPHQL_LIMITS.maxLimit - 40;

/**
 * Boots the seeded CMS, builds the real static site from it and serves the build,
 * as `npm start` does, for the browser tests.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const hasChromium = chromiumAvailable();
  project.provide('chromium', hasChromium);
  if (!hasChromium) return async () => {};

  const filesDir = mkdtempSync(path.join(os.tmpdir(), 'doorstep-e2e-files-'));
  const cms: TestCms = await startCms({
    seed: true,
    env: {
      FORM_SUBMISSIONS_PER_MINUTE: '1000',
      FORM_SUBMISSIONS_BURST: '1000',
      FORM_FILES_DIR: filesDir,
      PROXY_SECRET: E2E_PROXY_SECRET,
    },
  });
  const { generateServicePages } = await import('../../cms/src/seed/generator');
  const { seedDemoCouncil } = await import('../../cms/src/seed');
  await seedDemoCouncil(cms.strapi, { extraServicePages: generateServicePages(EXTRA_PAGES, { prefix: 'e2e' }) });
  const published = await cms.strapi.documents('api::service-page.service-page').count({ status: 'published' });

  const outDir = mkdtempSync(path.join(os.tmpdir(), 'doorstep-site-'));
  // The same build the live site server runs (asynchronous: the CMS answering it is in this process).
  await createAstroBuild({ cmsUrl: cms.url, timeoutMs: 240_000 })(outDir);
  // Served by the live site server itself: the real 404 page, headers and redirects, and
  // web forms passed through to the CMS on the site's own address. Its rebuild worker idles.
  const server: Server = createSiteServer({
    builds: { currentDir: () => outDir, currentLink: outDir },
    worker: {
      request: () => {},
      status: () => ({ building: false, pending: false, lastBuild: null, lastError: null, builds: 0 }),
    },
    webhookSecret: randomBytes(24).toString('base64'),
    cmsUrl: cms.url,
    forwarding: { secret: E2E_PROXY_SECRET, isTrustedProxy: () => false },
    log: { info: () => {}, error: (message) => console.error(message) },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  project.provide('siteUrl', `http://127.0.0.1:${port}`);
  project.provide('siteDir', outDir);
  project.provide('cmsUrl', cms.url);
  project.provide('publishedServicePages', published);

  return async () => {
    await new Promise((resolve) => server.close(resolve));
    await cms.stop();
    rmSync(outDir, { recursive: true, force: true });
    rmSync(filesDir, { recursive: true, force: true });
  };
}
