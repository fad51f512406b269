import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminToken, signInToAdmin, type AdminLogin } from '../support/admin';
import { launchChromium } from '../support/chromium';
import { keepScreenshot } from '../support/screenshots';
import { axeViolations } from './support/browser';

/**
 * Preview exactly as residents will see it (issue 17, item 1), in Chromium: the Author
 * changes their draft in the real admin, shares a preview link from the side panel,
 * and the link opens in a signed-out browser showing the draft with the preview
 * notice; once the Author withdraws it, the same link shows the expired page. axe on
 * the panel, the previews (information page, service page) and the expired page.
 */
const cmsUrl = inject('cmsUrl');
const siteUrl = inject('siteUrl');
const logins = inject('logins');
const INFO = 'api::info-page.info-page';
const suffix = Date.now().toString(36);
const DRAFT_TITLE = `Visiting the library from January ${suffix}`;
let browser: Browser;

const signIn = (login: AdminLogin): Promise<Page> =>
  signInToAdmin(browser, cmsUrl, login, { width: 1280, height: 1000 });

/** A draft information page the Author wrote earlier: its document id. */
async function authorsDraft(): Promise<string> {
  const created = await fetch(`${cmsUrl}/content-manager/collection-types/${INFO}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await adminToken(cmsUrl, logins.author)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      title: `Visiting the library ${suffix}`,
      slug: `visiting-the-library-${suffix}`,
      summary: 'When the library is open.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Open Monday to Saturday.' }] }],
      showInFooter: false,
      owner: 'libraries@bramblewick.example',
    }),
  });
  expect(created.status).toBe(201);
  return ((await created.json()) as { data: { documentId: string } }).data.documentId;
}

/** A page in a browser that has never signed in to anything. */
async function signedOut(url: string): Promise<{ page: Page; status: number }> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const response = await page.goto(url);
  return { page, status: response?.status() ?? 0 };
}

describe.skipIf(!inject('chromium'))('preview links', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the Author shares a preview of their draft; it opens signed out, then shows the expired page once withdrawn', async () => {
    const documentId = await authorsDraft();
    const author = await signIn(logins.author);
    await author.goto(`${cmsUrl}/admin/content-manager/collection-types/${INFO}/${documentId}`);
    await author.getByRole('textbox', { name: 'title' }).fill(DRAFT_TITLE);
    await author.getByRole('button', { name: 'Save' }).click();
    await author.getByText('Saved document', { exact: true }).first().waitFor();

    // Strapi's own Preview button opens the saved draft, rendered by the site, in the admin's frame.
    await author.getByRole('link', { name: /Open preview/ }).click();
    const framed = author.frameLocator('iframe[src*="/preview/?token="]');
    await framed.getByRole('heading', { level: 1, name: DRAFT_TITLE }).waitFor({ timeout: 20_000 });
    await author.goBack();

    const panel = author.locator('#doorstep-share-preview');
    await panel.getByRole('combobox', { name: 'Link works for' }).selectOption('3');
    await panel.getByRole('button', { name: 'Share preview' }).click();
    await panel.getByRole('status').filter({ hasText: 'Preview link made.' }).waitFor();
    const linkBox = panel.getByRole('textbox', { name: /^Link made by Demo Author, works until / });
    const url = await linkBox.inputValue();
    expect(url).toMatch(new RegExp(`^${siteUrl}/preview/\\?token=`));
    expect(await axeViolations(author, { include: '#doorstep-share-preview' })).toEqual([]);
    await keepScreenshot(panel, 'share-preview.png');

    const opened = await signedOut(url);
    expect(opened.status).toBe(200);
    await opened.page.getByRole('heading', { level: 1, name: DRAFT_TITLE }).waitFor();
    expect(await opened.page.getByRole('region', { name: 'Preview' }).textContent()).toContain(
      'This is a preview. Residents cannot see this version yet.',
    );
    expect(await opened.page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(await axeViolations(opened.page)).toEqual([]);
    await keepScreenshot(opened.page, 'preview-page.png');
    await opened.page.context().close();

    await panel.getByRole('button', { name: 'Withdraw link' }).click();
    await panel.getByRole('status').filter({ hasText: 'Link withdrawn' }).waitFor();
    await panel.getByText(/^Link made by Demo Author: withdrawn by Demo Author on /).waitFor();
    expect(await axeViolations(author, { include: '#doorstep-share-preview' })).toEqual([]);
    await author.context().close();

    const gone = await signedOut(url);
    expect(gone.status).toBe(410);
    await gone.page.getByRole('heading', { level: 1, name: 'This preview link has expired' }).waitFor();
    expect(await gone.page.getByText(DRAFT_TITLE).count()).toBe(0);
    expect(await axeViolations(gone.page)).toEqual([]);
    await gone.page.context().close();
  });

  it('a service page preview is the site’s own service page, and passes axe', async () => {
    const token = await adminToken(cmsUrl, logins.editor);
    const pages = await fetch(
      `${cmsUrl}/content-manager/collection-types/api::service-page.service-page?page=1&pageSize=1&sort=title:ASC`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    const [first] = ((await pages.json()) as { results: Array<{ documentId: string; title: string }> }).results;
    const made = await fetch(`${cmsUrl}/doorstep/previews/service-page/${first!.documentId}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ days: 1 }),
    });
    expect(made.status).toBe(201);
    const { url } = ((await made.json()) as { data: { url: string } }).data;
    const opened = await signedOut(url);
    expect(opened.status).toBe(200);
    await opened.page.getByRole('heading', { level: 1, name: first!.title }).waitFor();
    await opened.page.getByRole('region', { name: 'Preview' }).waitFor();
    await opened.page.getByRole('link', { name: /^What this means/ }).waitFor();
    expect(await axeViolations(opened.page)).toEqual([]);
    await opened.page.context().close();
  });

  it('a previewed web form runs its questions and refuses to send, and passes axe', async () => {
    const token = await adminToken(cmsUrl, logins.editor);
    const forms = await fetch(
      `${cmsUrl}/content-manager/collection-types/api::form-definition.form-definition?page=1&pageSize=1&filters[slug][$eq]=report-a-missed-bin`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    const [form] = ((await forms.json()) as { results: Array<{ documentId: string }> }).results;
    const made = await fetch(`${cmsUrl}/doorstep/previews/form-definition/${form!.documentId}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ days: 1 }),
    });
    expect(made.status).toBe(201);
    const { url } = ((await made.json()) as { data: { url: string } }).data;
    const { page, status } = await signedOut(url);
    expect(status).toBe(200);
    await page.getByRole('region', { name: 'Preview' }).waitFor();
    await page.getByLabel('Recycling (blue bin)').check();
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('group', { name: /out by 7am/ })
      .getByLabel('Yes')
      .check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Address line 1').fill('1 Preview Street');
    await page.getByLabel('Town or city').fill('Bramblewick');
    await page.getByLabel('Postcode', { exact: true }).fill('BW1 2AB');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Full name').fill('Alex Editor');
    await page.getByLabel('Email address').fill('alex.editor@bramblewick.example');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Accept and send' }).click();
    await page.getByText('This is a preview: you cannot send this form').first().waitFor();
    expect(await page.locator('#submission-reference').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('token')).toBe(new URL(url).searchParams.get('token'));
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
