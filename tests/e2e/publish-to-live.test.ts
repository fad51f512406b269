import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAstroBuild } from '../../site/server/astro-build';
import { createBuilds } from '../../site/server/builds';
import { createSiteServer } from '../../site/server/http';
import { createRebuildWorker, type RebuildWorker } from '../../site/server/rebuild-worker';
import { launchChromium } from '../support/chromium';
import { axeViolations } from './support/browser';
import { adminToken, signInToAdmin } from '../support/admin';

/**
 * Publish to live while you wait (issue 17, item 7), in the real admin panel as the
 * Editor: a live site server with a real rebuild worker listens where the CMS sends its
 * rebuild webhook (global-setup.ts, `liveSite`); after "Publish", the "On the live site"
 * panel says the site is being rebuilt, then when the page went live, with no refresh,
 * and the live site serves it by then.
 */
const cmsUrl = inject('cmsUrl');
const logins = inject('logins');
const liveSite = inject('liveSite');
const INFO = 'api::info-page.info-page';
const suffix = Date.now().toString(36);
const TITLE = `Christmas opening hours ${suffix}`;
const SLUG = `christmas-opening-hours-${suffix}`;
const liveUrl = `http://127.0.0.1:${liveSite.port}`;
let browser: Browser;
let server: Server;
let worker: RebuildWorker;
let root: string;

const signInAsEditor = (): Promise<Page> => signInToAdmin(browser, cmsUrl, logins.editor);

/** A draft information page the Editor saved earlier: its document id. */
async function editorsDraft(): Promise<string> {
  const token = await adminToken(cmsUrl, logins.editor);
  const created = await fetch(`${cmsUrl}/content-manager/collection-types/${INFO}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      title: TITLE,
      slug: SLUG,
      summary: 'When the council offices are open over Christmas.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Closed on 25 and 26 December.' }] }],
      showInFooter: false,
      owner: 'customer-services@bramblewick.example',
    }),
  });
  expect(created.status).toBe(201);
  return ((await created.json()) as { data: { documentId: string } }).data.documentId;
}

describe.skipIf(!inject('chromium'))('publish to live, in the admin panel as the Editor', () => {
  beforeAll(async () => {
    browser = await launchChromium();
    root = mkdtempSync(path.join(os.tmpdir(), 'doorstep-e2e-live-'));
    const log = { info: () => {}, error: (message: string) => console.error(message) };
    worker = createRebuildWorker({
      build: createAstroBuild({ cmsUrl, timeoutMs: 240_000 }),
      builds: createBuilds({ root }),
      log,
    });
    server = createSiteServer({
      builds: createBuilds({ root }),
      worker,
      webhookSecret: liveSite.secret,
      cmsUrl,
      log,
    });
    await new Promise<void>((resolve) => server.listen(liveSite.port, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await worker?.idle();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await browser?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('shows the site rebuilding after "Publish", then when the page went live', async () => {
    const documentId = await editorsDraft();
    const editor = await signInAsEditor();
    await editor.goto(`${cmsUrl}/admin/content-manager/collection-types/${INFO}/${documentId}`);
    const panel = editor.locator('#doorstep-live-status');
    await panel.getByText('Not published: residents do not see this.').waitFor();

    await editor.getByRole('button', { name: 'Publish' }).click();
    await editor.getByText('Published document', { exact: true }).first().waitFor();
    await panel.getByText(/^Published .+\. The site (will be|is being) rebuilt/).waitFor({ timeout: 20_000 });
    expect(await axeViolations(editor, { include: '#doorstep-live-status' })).toEqual([]);

    // The worker builds the whole site from the CMS: a minute or two on a busy machine.
    await panel.getByText(/^Live on the site since .+ \(published .+\)\.$/).waitFor({ timeout: 280_000 });
    const live = await fetch(`${liveUrl}/${SLUG}/`);
    expect(live.status).toBe(200);
    expect(await live.text()).toContain(TITLE);
    expect(
      await panel.getByRole('link', { name: 'View it on the site (opens in a new tab)' }).getAttribute('href'),
    ).toMatch(new RegExp(`/${SLUG}/$`));
    expect(worker.status().lastBuild?.reasons).toContain('entry.publish info-page');
    expect(await axeViolations(editor, { include: '#doorstep-live-status' })).toEqual([]);
    await editor.context().close();
  }, 360_000);
});
