import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { axeViolations } from './support/browser';
import { keepScreenshot } from '../support/screenshots';
import { adminToken, signInToAdmin, type AdminLogin } from '../support/admin';

/**
 * Scheduled publishing (issue 17, item 2) in the real admin panel in Chromium, as the
 * Editor: a draft's Schedule side panel refuses an empty date, then schedules it to
 * publish at the start of a minute a little ahead (UK time, typed as an editor types
 * it); the list view's "Scheduled" column and the "Scheduled" page show it; after the
 * time it is live on the public API, published once (its publish time does not move
 * again). axe checks the panel and the page Doorstep adds. DOORSTEP_SCREENSHOTS=true
 * also writes the README's picture of the panel.
 */
const cmsUrl = inject('cmsUrl');
const logins = inject('logins');
const INFO = 'api::info-page.info-page';
const suffix = Date.now().toString(36);
const TITLE = `Christmas opening hours ${suffix}`;
const SLUG = `christmas-opening-hours-${suffix}`;
let browser: Browser;

const signIn = (login: AdminLogin): Promise<Page> => signInToAdmin(browser, cmsUrl, login);

const editorToken = (): Promise<string> => adminToken(cmsUrl, logins.editor);

/** A draft information page the Editor saved earlier: its document id. */
async function draft(token: string): Promise<string> {
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

/** The start of the first minute at least 25 s away, and how an editor types it in UK time. */
function nextMinute(): { at: number; day: string; month: string; year: string; time: string } {
  const at = Math.ceil((Date.now() + 25_000) / 60_000) * 60_000;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(at))
      .map((part) => [part.type, part.value]),
  );
  return { at, day: parts.day!, month: parts.month!, year: parts.year!, time: `${parts.hour}:${parts.minute}` };
}

/** The live page's publish time, from the public API; null while it is not published. */
async function livePublishedAt(): Promise<string | null> {
  const response = await fetch(`${cmsUrl}/api/info-pages?filters[slug][$eq]=${SLUG}&fields[0]=publishedAt`);
  const { data } = (await response.json()) as { data: Array<{ publishedAt: string }> };
  return data[0]?.publishedAt ?? null;
}

const editView = (documentId: string) => `${cmsUrl}/admin/content-manager/collection-types/${INFO}/${documentId}`;

describe.skipIf(!inject('chromium'))('scheduled publishing in the admin panel', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the Editor schedules a draft a minute ahead; the list shows it; it goes live at the time, once', async () => {
    const token = await editorToken();
    const documentId = await draft(token);
    const editor = await signIn(logins.editor);
    await editor.goto(editView(documentId));
    const panel = editor.locator('#doorstep-schedule');
    await panel.getByText('Nothing is scheduled.').waitFor();
    expect(await axeViolations(editor, { include: '#doorstep-schedule' })).toEqual([]);

    // Nothing typed: the date's error is said at the date, and the panel is still checked.
    await panel.getByRole('button', { name: 'Schedule', exact: true }).click();
    await panel.getByText('Enter the date, for example 5 1 2027').waitFor();
    expect(await axeViolations(editor, { include: '#doorstep-schedule' })).toEqual([]);

    const when = nextMinute();
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
    const label =
      (await panel
        .locator('strong')
        .filter({ hasText: /^Publishes / })
        .textContent()) ?? '';
    expect(label).toMatch(/^Publishes \d{1,2} \w{3} \d{4}, \d{1,2}:\d{2}(am|pm)$/);
    await panel.getByRole('button', { name: 'Cancel publishing' }).waitFor();
    expect(await axeViolations(editor, { include: '#doorstep-schedule' })).toEqual([]);
    await keepScreenshot(panel, 'admin-schedule-panel.png');

    await editor.goto(`${cmsUrl}/admin/content-manager/collection-types/${INFO}?_q=${encodeURIComponent(TITLE)}`);
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

    expect(await livePublishedAt()).toBeNull();
    await expect.poll(livePublishedAt, { timeout: when.at - Date.now() + 20_000, interval: 500 }).not.toBeNull();
    const publishedAt = (await livePublishedAt())!;
    expect(Date.now()).toBeGreaterThanOrEqual(when.at);
    expect(Date.parse(publishedAt)).toBeGreaterThanOrEqual(when.at);
    expect(Date.parse(publishedAt) - when.at).toBeLessThan(10_000);
    // Once: a few polls of the queue later, it has not been published again.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await livePublishedAt()).toBe(publishedAt);
    const schedules = await fetch(`${cmsUrl}/doorstep/schedules/info-page/${documentId}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(((await schedules.json()) as { data: { schedules: unknown[] } }).data.schedules).toEqual([]);

    await editor.goto(editView(documentId));
    await panel.getByText('Nothing is scheduled.').waitFor();
    await editor.context().close();
  }, 180_000);
});
