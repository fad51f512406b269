/**
 * `npm run bench:publish`: how long an editor waits between publishing and seeing the
 * change on the live site, with the real CMS, its webhook, the rebuild worker and
 * `astro build`, at the demo council's size and at 1,000 service pages. The baseline
 * is the bare build time in the same run: publish-to-live minus build is the cost of
 * the webhook, the debounce and the swap.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createAstroBuild } from '../site/server/astro-build';
import { createBuilds } from '../site/server/builds';
import { createSiteServer, REBUILD_PATH } from '../site/server/http';
import { createRebuildWorker } from '../site/server/rebuild-worker';
import { bramblewick, generateServicePages } from '@doorstep/demo';
import { loadCouncil } from '../cms/src/council/load';
import compileCms from '../scripts/lib/cms/compile';
import { startCms } from '../scripts/lib/cms/throwaway';

const SECRET = 'bench-publish-secret-0123456789';
const SIZES = (process.env.BENCH_PAGES ?? '0,940').split(',').map(Number); // extra pages beyond the demo's 60
const quiet = { info: () => {}, error: (message: string) => console.error(message) };

await compileCms();
for (const extra of SIZES) await measure(extra);

async function measure(extra: number): Promise<void> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'doorstep-bench-publish-'));
  let cmsStarted: (url: string) => void = () => {};
  const cmsUrl = new Promise<string>((resolve) => (cmsStarted = resolve));
  const builds = createBuilds({ root });
  const build = async (outDir: string) => createAstroBuild({ cmsUrl: await cmsUrl, timeoutMs: 600_000 })(outDir);
  const worker = createRebuildWorker({ build, builds, log: quiet });
  const server = createSiteServer({ builds, worker, cmsUrl: 'http://127.0.0.1:9', webhookSecret: SECRET, log: quiet });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const cms = await startCms({
    seed: true,
    env: { REBUILD_WEBHOOK_URL: `${base}${REBUILD_PATH}`, REBUILD_SECRET: SECRET },
  });
  try {
    await loadCouncil(cms.strapi, bramblewick, { extraServicePages: generateServicePages(extra, { prefix: 'bench' }) });
    cmsStarted(cms.url);
    await settle(worker);
    const published = await cms.strapi.documents('api::service-page.service-page').count({ status: 'published' });
    const buildSeconds = (worker.status().lastBuild?.durationMs ?? NaN) / 1000;

    const servicePages = cms.strapi.documents('api::service-page.service-page');
    const [page] = await servicePages.findMany({ filters: { slug: 'report-a-missed-bin' } });
    const title = `Report a missed bin (${Date.now()})`;
    await servicePages.update({ documentId: page!.documentId, data: { title } });
    const started = Date.now();
    await servicePages.publish({ documentId: page!.documentId });
    while (!(await (await fetch(`${base}/services/report-a-missed-bin/`)).text()).includes(title)) {
      if (Date.now() - started > 600_000) throw new Error('the change never went live');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const live = (Date.now() - started) / 1000;
    console.log(
      `${published} service pages: publish-to-live ${live.toFixed(1)} s; a full build alone ${buildSeconds.toFixed(1)} s; overhead ${(live - buildSeconds).toFixed(1)} s`,
    );
  } finally {
    await worker.idle();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await cms.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

/** Seeding fires many webhooks; wait until the worker has built and nothing is pending. */
async function settle(worker: ReturnType<typeof createRebuildWorker>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 2000));
  while (worker.status().building || worker.status().pending) await worker.idle();
}
