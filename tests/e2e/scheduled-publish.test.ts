import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ukDateTimeLabel } from '@doorstep/domain';
import { startCmsCluster, type CmsCluster } from '../../scripts/lib/cms/cluster';
import { launchChromium } from '../support/chromium';
import { axeViolations } from './support/browser';
import { keepScreenshot } from '../support/screenshots';
import { adminToken, signInToAdmin } from '../support/admin';

/**
 * Scheduled publishing (issue 17, item 2; ADR 0016) in the real admin panel in Chromium,
 * as the Editor, with two CMS instances running: both in the cluster mode on one fresh
 * PostgreSQL schema, each serving the admin and each able to run any job. On the first
 * instance's admin, a draft's Schedule side panel refuses an empty date, then schedules
 * it to publish a minute ahead (UK time, to the second: the test need not wait for
 * a whole minute on the clock); the list view's "Scheduled" column and the "Scheduled" page show it.
 * At the time it is live on both instances' public API, and the live site's rebuild
 * webhook, which either instance calls on every publish, hears it published once. A
 * second draft, scheduled through one instance and moved through the other, publishes
 * once, at its new time only. axe checks the panel and the page Doorstep adds.
 * DOORSTEP_SCREENSHOTS=true also writes the README's picture of the panel.
 *
 * Needs PostgreSQL: CLUSTER_DATABASE_URL (`.ci/run` sets it for `npm test`); without it
 * the suite is skipped and says so.
 */
const CLUSTER_DATABASE_URL = process.env.CLUSTER_DATABASE_URL;
const SKIPPED = 'skipped: two CMS instances need PostgreSQL; set CLUSTER_DATABASE_URL';
const EDITOR = { email: 'editor@schedule.example', password: 'Editor-password-1' };
const SECRET = 'schedule-rebuild-secret';
const INFO = 'api::info-page.info-page';
const suffix = Date.now().toString(36);
const TITLE = `Christmas opening hours ${suffix}`;
const SLUG = `christmas-opening-hours-${suffix}`;
let browser: Browser;
let cluster: CmsCluster;
let webhook: Server;
/** Every publish event either instance sent the live site's rebuild webhook: which document, when it arrived. */
const publishes: Array<{ documentId: string; at: number }> = [];

async function startWebhookCounter(): Promise<string> {
  webhook = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => {
      if (request.headers.authorization === `Bearer ${SECRET}`) {
        const body = JSON.parse(text) as { event?: string; entry?: { documentId?: string } };
        if (body.event === 'entry.publish')
          publishes.push({ documentId: body.entry?.documentId ?? '', at: Date.now() });
      }
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/rebuild`;
}

const publishesOf = (documentId: string) => publishes.filter((event) => event.documentId === documentId);

/** A draft information page the Editor saved earlier, through `cmsUrl`: its document id. */
async function draft(cmsUrl: string, token: string, title: string, slug: string): Promise<string> {
  const created = await fetch(`${cmsUrl}/content-manager/collection-types/${INFO}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      title,
      slug,
      summary: 'When the council offices are open over Christmas.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Closed on 25 and 26 December.' }] }],
      showInFooter: false,
      owner: 'customer-services@bramblewick.example',
    }),
  });
  expect(created.status).toBe(201);
  return ((await created.json()) as { data: { documentId: string } }).data.documentId;
}

/** A time `ms` ahead, to the whole second: how it is typed in UK time ("22:31:40") and how the admin says it (unit-tested in tests/unit/). */
function ahead(ms: number): { at: number; label: string; day: string; month: string; year: string; time: string } {
  const at = Math.ceil((Date.now() + ms) / 1000) * 1000;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(at))
      .map((part) => [part.type, part.value]),
  );
  return {
    at,
    label: ukDateTimeLabel(new Date(at)),
    day: parts.day!,
    month: parts.month!,
    year: parts.year!,
    time: `${parts.hour}:${parts.minute}:${parts.second}`,
  };
}

/** Schedules publishing `ms` ahead through one instance's admin API: when it is due. */
async function schedulePublish(cmsUrl: string, token: string, documentId: string, ms: number): Promise<number> {
  const { at, day, month, year, time } = ahead(ms);
  const response = await fetch(`${cmsUrl}/doorstep/schedules/info-page/${documentId}/publish`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ day, month, year, time }),
  });
  expect(response.status).toBe(200);
  return at;
}

/** The page's publish time on one instance's public API; null while it is not published. */
async function livePublishedAt(cmsUrl: string, slug: string): Promise<string | null> {
  const response = await fetch(`${cmsUrl}/api/info-pages?filters[slug][$eq]=${slug}&fields[0]=publishedAt`);
  const { data } = (await response.json()) as { data: Array<{ publishedAt: string }> };
  return data[0]?.publishedAt ?? null;
}

const runs = Boolean(inject('chromium') && CLUSTER_DATABASE_URL);

/** The page scheduled twice (see beforeAll): its document, its first time and its new one. */
const moved = { documentId: '', slug: `moved-${suffix}`, firstAt: 0, at: 0 };

describe.skipIf(!runs)(`scheduled publishing in the admin panel, two instances${runs ? '' : ` (${SKIPPED})`}`, () => {
  beforeAll(async () => {
    const rebuildUrl = await startWebhookCounter();
    [cluster, browser] = await Promise.all([
      startCmsCluster({
        size: 2,
        databaseUrl: CLUSTER_DATABASE_URL,
        env: {
          CMS_CLUSTER: 'true',
          // The admin panel the e2e set-up built, served by each instance.
          SERVE_ADMIN_PANEL: 'true',
          // No emails: the e2e CMS's SMTP settings are in this process's environment, and
          // this cluster's demo council would remind the same owners as that CMS's does.
          SMTP_HOST: '',
          EDITOR_EMAIL: EDITOR.email,
          EDITOR_PASSWORD: EDITOR.password,
          REBUILD_WEBHOOK_URL: rebuildUrl,
          REBUILD_SECRET: SECRET,
        },
      }),
      launchChromium(),
    ]);
    // Scheduled through the second instance, then moved through the first: the first
    // time's job must find nothing to do. Set going here, so its wait overlaps the test
    // in Chromium; the last test checks it.
    const [first, second] = cluster.urls as [string, string];
    const tokens = [await adminToken(first, EDITOR), await adminToken(second, EDITOR)] as const;
    moved.documentId = await draft(first, tokens[0], `Moved ${suffix}`, moved.slug);
    moved.firstAt = await schedulePublish(second, tokens[1], moved.documentId, 5_000);
    moved.at = await schedulePublish(first, tokens[0], moved.documentId, 12_000);
  });

  afterAll(async () => {
    await browser?.close();
    await cluster?.stop();
    await new Promise((resolve) => webhook?.close(resolve));
  });

  it('the Editor schedules a draft on one instance; the list shows it; it goes live at the time, once', async () => {
    const [first, second] = cluster.urls as [string, string];
    // Saved through the second instance; scheduled in the first's admin.
    const documentId = await draft(second, await adminToken(second, EDITOR), TITLE, SLUG);
    const editor = await signInToAdmin(browser, first, EDITOR);
    await editor.goto(`${first}/admin/content-manager/collection-types/${INFO}/${documentId}`);
    const panel = editor.locator('#doorstep-schedule');
    await panel.getByText('Nothing is scheduled.').waitFor();
    expect(await axeViolations(editor, { include: '#doorstep-schedule' })).toEqual([]);

    // Nothing typed: the date's error is said at the date, and the panel is still checked.
    await panel.getByRole('button', { name: 'Schedule', exact: true }).click();
    await panel.getByText('Enter the date, for example 5 1 2027').waitFor();
    expect(await axeViolations(editor, { include: '#doorstep-schedule' })).toEqual([]);

    // Far enough ahead for the checks of the list and the Scheduled page below, under CI's load.
    const when = ahead(60_000);
    await panel.getByRole('radio', { name: 'Publish on', exact: true }).check();
    const date = panel.getByRole('group', { name: 'Date', exact: true });
    await date.getByRole('textbox', { name: 'Day' }).fill(when.day);
    await date.getByRole('textbox', { name: 'Month' }).fill(when.month);
    await date.getByRole('textbox', { name: 'Year' }).fill(when.year);
    // Keyboard only from here: the time box, then Enter submits the form.
    await panel.getByRole('textbox', { name: 'Time (UK time)' }).focus();
    await editor.keyboard.type(when.time);
    await editor.keyboard.press('Enter');
    await panel.getByRole('status').filter({ hasText: 'Scheduled publishing.' }).waitFor();
    expect(await livePublishedAt(second, SLUG)).toBeNull();
    const label =
      (await panel
        .locator('strong')
        .filter({ hasText: /^Publishes / })
        .textContent()) ?? '';
    // Seconds are shown only when the time has them.
    expect(label).toBe(`Publishes ${when.label}`);
    await panel.getByRole('button', { name: 'Cancel publishing' }).waitFor();
    expect(await axeViolations(editor, { include: '#doorstep-schedule' })).toEqual([]);
    await keepScreenshot(panel, 'admin-schedule-panel.png');

    await editor.goto(`${first}/admin/content-manager/collection-types/${INFO}?_q=${encodeURIComponent(TITLE)}`);
    const row = editor.getByRole('row', { name: new RegExp(TITLE) });
    await row.waitFor();
    await expect.poll(() => row.getByText(label, { exact: true }).count(), { timeout: 10_000 }).toBe(1);
    // Strapi marks its header cells up as grid cells, not column headers: read them as cells of the head.
    expect((await editor.locator('thead th').allTextContents()).map((text) => text.trim())).toContain('Scheduled');

    await editor.getByRole('link', { name: 'Scheduled', exact: true }).first().click();
    await editor.getByRole('heading', { level: 1, name: 'Scheduled' }).waitFor();
    const listed = editor.getByRole('table', { name: /scheduled, the soonest first/ }).getByRole('row', {
      name: new RegExp(TITLE),
    });
    await listed.waitFor();
    expect(await listed.getByRole('cell').allTextContents()).toEqual(['Information page', label, 'Demo Editor']);
    expect(await axeViolations(editor, { include: '#doorstep-scheduled' })).toEqual([]);
    const around = await axeViolations(editor, { exclude: '#doorstep-scheduled' });
    if (around.length > 0) console.log(`Strapi's own admin around "Scheduled": ${around.join('; ')}`);

    expect(await livePublishedAt(first, SLUG)).toBeNull();
    await expect
      .poll(() => livePublishedAt(second, SLUG), { timeout: when.at - Date.now() + 20_000, interval: 500 })
      .not.toBeNull();
    const publishedAt = (await livePublishedAt(second, SLUG))!;
    expect(Date.parse(publishedAt)).toBeGreaterThanOrEqual(when.at);
    expect(Date.parse(publishedAt) - when.at).toBeLessThan(10_000);
    // Once: a few polls of both instances' workers later, one publish, and its time has not moved.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(publishesOf(documentId)).toHaveLength(1);
    expect(await livePublishedAt(first, SLUG)).toBe(publishedAt);
    expect(await livePublishedAt(second, SLUG)).toBe(publishedAt);

    await editor.reload();
    await editor.getByRole('heading', { level: 1, name: 'Scheduled' }).waitFor();
    await editor.getByText('Nothing is scheduled.').waitFor();
    await editor.context().close();
  }, 180_000);

  it('a page scheduled through one instance and moved through the other publishes once, at its new time', async () => {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, moved.at - Date.now() + 8_000)));
    const events = publishesOf(moved.documentId);
    expect(events).toHaveLength(1);
    expect(events[0]!.at).toBeGreaterThanOrEqual(moved.at);
    expect(events[0]!.at).toBeGreaterThan(moved.firstAt + 5_000);
    expect(events[0]!.at - moved.at).toBeLessThan(5_000);
    expect(await livePublishedAt(cluster.urls[1]!, moved.slug)).not.toBeNull();
  }, 60_000);
});
