/**
 * Publish to live, for real: the seeded CMS calls the live server's webhook when an
 * editor publishes or unpublishes, the worker runs `astro build`, and the change is
 * served without anyone touching the site.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAstroBuild } from '../../../site/server/astro-build';
import { createBuilds, type Builds } from '../../../site/server/builds';
import { createSiteServer, REBUILD_PATH } from '../../../site/server/http';
import { createRebuildWorker, type RebuildWorker } from '../../../site/server/rebuild-worker';
import { startCms, type TestCms } from '../../../scripts/lib/cms/throwaway';
import { get, waitFor } from './client';

const SECRET = 'bramblewick-rebuild-secret';
const SLUG = 'report-a-missed-bin';
const EDITOR = { email: 'editor@live.example', password: 'Editor-password-1' };

let cms: TestCms;
let root: string;
let builds: Builds;
let worker: RebuildWorker;
let server: Server;
let base: string;
const errors: string[] = [];

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'doorstep-publish-'));
  builds = createBuilds({ root });
  const log = { info: () => {}, error: (message: string) => void errors.push(message) };
  // The server listens first so the CMS can be told where its webhook goes. Seeding the
  // CMS already fires the webhook, so builds wait until the CMS is known.
  let cmsStarted: (url: string) => void = () => {};
  const cmsUrl = new Promise<string>((resolve) => (cmsStarted = resolve));
  const build = async (outDir: string) => createAstroBuild({ cmsUrl: await cmsUrl, timeoutMs: 120_000 })(outDir);
  worker = createRebuildWorker({ build, builds, debounceMs: 300, maxWaitMs: 2000, log });
  server = createSiteServer({ builds, worker, cmsUrl: 'http://127.0.0.1:9', webhookSecret: SECRET, log });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // The CMS registers its own rebuild webhook from these, as under `npm start`.
  cms = await startCms({
    seed: true,
    seedInProcess: true,
    env: {
      REBUILD_WEBHOOK_URL: `${base}${REBUILD_PATH}`,
      REBUILD_SECRET: SECRET,
      PUBLIC_SITE_URL: base,
      EDITOR_EMAIL: EDITOR.email,
      EDITOR_PASSWORD: EDITOR.password,
    },
  });
  cmsStarted(cms.url);
  await worker.idle();
});

afterAll(async () => {
  await worker?.idle();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await cms?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

const pages = () => cms.strapi.documents('api::service-page.service-page');

/** "On the live site" as the Editor's admin panel asks for it (cms/src/live-status). */
let editorToken = '';
async function liveStatus(documentId: string): Promise<{ state: string; pageUrl?: string; since?: string }> {
  if (!editorToken) {
    const login = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(EDITOR),
    });
    editorToken = ((await login.json()) as { data: { token: string } }).data.token;
  }
  const response = await fetch(`${cms.url}/doorstep/live-status/service-page/${documentId}`, {
    headers: { Authorization: `Bearer ${editorToken}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { state: string; pageUrl?: string; since?: string } }).data;
}
const pageUrl = () => `${base}/services/${SLUG}/`;

describe('publish to live', () => {
  it('builds the site from the CMS and serves it', async () => {
    // Loading the demo council published entries, and each publish reached the server.
    const reasons = worker.status().lastBuild?.reasons ?? [];
    expect(reasons.some((reason) => reason.startsWith('entry.publish service-page'))).toBe(true);
    expect(errors).toEqual([]);
    const page = await get(pageUrl());
    expect(page.status).toBe(200);
    expect(page.body).toContain('Report a missed bin');
    expect((await get(`${base}/services/${SLUG}`)).headers.get('location')).toBe(`/services/${SLUG}/`);
  });

  it('shows a published change within seconds, with no one touching the site', async () => {
    const [page] = await pages().findMany({ filters: { slug: SLUG } });
    await pages().update({ documentId: page!.documentId, data: { title: 'Report a bin we missed' } });
    // A saved draft is not live yet.
    expect((await get(pageUrl())).body).not.toContain('Report a bin we missed');
    await pages().publish({ documentId: page!.documentId });
    // The admin's "On the live site" says it is on its way, then live, when the page has it.
    const states = [(await liveStatus(page!.documentId)).state];
    expect(['waiting', 'publishing']).toContain(states[0]);
    await waitFor(async () => {
      states.push((await liveStatus(page!.documentId)).state);
      return states.at(-1) === 'live';
    }, 50_000);
    expect((await get(pageUrl())).body).toContain('Report a bin we missed');
    const live = await liveStatus(page!.documentId);
    expect(live).toMatchObject({ state: 'live', pageUrl: pageUrl() });
    expect(Date.parse(live.since!)).toBeLessThanOrEqual(Date.now());
    expect(worker.status().lastBuild?.reasons).toContain('entry.publish service-page');
    expect(errors).toEqual([]);
  });

  it('sends residents on from a page’s old address when its address changes (301, for ever)', async () => {
    const [pothole] = await pages().findMany({ filters: { slug: 'report-a-pothole' } });
    await pages().update({
      documentId: pothole!.documentId,
      data: { slug: 'report-a-pothole-or-road-defect' } as never,
    });
    await pages().publish({ documentId: pothole!.documentId });
    await waitFor(async () => (await get(`${base}/services/report-a-pothole-or-road-defect/`)).status === 200, 50_000);
    const old = await get(`${base}/services/report-a-pothole/`);
    expect(old.status).toBe(301);
    expect(old.headers.get('location')).toBe('/services/report-a-pothole-or-road-defect/');
    // Following it lands on the page, as a browser would.
    expect((await fetch(`${base}/services/report-a-pothole/`)).url).toBe(
      `${base}/services/report-a-pothole-or-road-defect/`,
    );
  });

  it('takes an unpublished page off the site', async () => {
    const [page] = await pages().findMany({ filters: { slug: SLUG } });
    await pages().unpublish({ documentId: page!.documentId });
    await waitFor(async () => (await get(pageUrl())).status === 404, 50_000);
    expect(worker.status().lastBuild?.reasons).toContain('entry.unpublish service-page');
    expect((await liveStatus(page!.documentId)).state).toBe('not-published');
  });

  it('puts an editor’s new best bet live for the search page', async () => {
    const [pothole] = await pages().findMany({ filters: { slug: 'report-a-pothole-or-road-defect' } });
    await cms.strapi
      .documents('api::search-best-bet.search-best-bet')
      .create({ data: { phrase: 'hole in the road', servicePage: pothole!.documentId } as never, status: 'published' });
    await waitFor(async () => (await get(`${base}/search/terms.json`)).body.includes('hole in the road'), 50_000);
    const terms = JSON.parse((await get(`${base}/search/terms.json`)).body) as {
      bestBets: Array<{ phrase: string; url: string }>;
    };
    expect(terms.bestBets).toContainEqual(
      expect.objectContaining({ phrase: 'hole in the road', url: '/services/report-a-pothole-or-road-defect/' }),
    );
  });

  it('keeps the last good site live when a published entry cannot be rendered, naming the entry and field', async () => {
    // Content that bypassed the publish rules (an older version, a direct database edit).
    await cms.strapi.db.query('api::service-page.service-page').updateMany({
      where: { slug: 'apply-for-a-blue-badge', publishedAt: { $notNull: true } },
      data: { body: [{ type: 'image', image: { url: 'https://example.com/x.png' } }] },
    });
    const before = (await get(`${base}/services/apply-for-a-blue-badge/`)).body;
    worker.request('test: unrenderable entry');
    await worker.idle();
    const message = worker.status().lastError?.message ?? '';
    expect(message).toMatch(/Service page "apply-for-a-blue-badge" cannot be rendered/);
    expect(message).toMatch(/body\[0\]/);
    expect((await get(`${base}/services/apply-for-a-blue-badge/`)).body).toBe(before);
  });
});
