import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { WCAG_TAGS } from './support/browser';

/**
 * The admin in the council's words (issue 17, item 6), in the real admin panel in
 * Chromium as the Editor: the sign-in page, the home page, the menu and browser tabs
 * name the council (from its site settings), the service pages' list has the columns editors need, and a service page's fields are labelled in
 * plain English with help text, never by their API names. axe checks the fields
 * Doorstep labels; Strapi's own violations around them are listed, not failed.
 */
const cmsUrl = inject('cmsUrl');
const logins = inject('logins');
const SERVICE_PAGES = `${cmsUrl}/admin/content-manager/collection-types/api::service-page.service-page`;
/** A demo service page at level 1, in "Bins, recycling and waste", with contact channels and a reply time. */
const TITLE = 'Report a missed bin';
const API_NAMES = [
  'serviceArea',
  'supportLevel',
  'isTopTask',
  'reviewBy',
  'promotedMonths',
  'taskType',
  'lgslCode',
  'contactChannels',
  'expectedResponse',
  'relatedPages',
  'communityHubs',
  'updatedAt',
  'level-1',
];
let browser: Browser;

const violations = (results: Awaited<ReturnType<AxeBuilder['analyze']>>) =>
  results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );

async function signInAsEditor(page: Page): Promise<void> {
  await page.getByLabel('Email').fill(logins.editor.email);
  await page.getByLabel('Password').fill(logins.editor.password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
}

/**
 * A field's label as Strapi shows it: the words, then how many entries a list or a
 * relation has, "(2)", and an asterisk when it is required.
 */
const label = (page: Page, words: string) =>
  page.getByText(new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\(\\d+\\))?\\s*\\*?$`)).first();

describe.skipIf(!inject('chromium'))('the admin in the council’s words, as the Editor', () => {
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('signs in to the council by name, and the home page and menu name it: no “Welcome to Strapi!”', async () => {
    await page.goto(`${cmsUrl}/admin/auth/login`);
    const heading = page.getByRole('heading', { name: 'Sign in to Bramblewick Borough Council' });
    await heading.waitFor();
    expect(await page.locator('body').innerText()).not.toContain('Strapi');
    const ours = await new AxeBuilder({ page }).include('h1').withTags(WCAG_TAGS).analyze();
    expect(violations(ours)).toEqual([]);

    await signInAsEditor(page);
    await page.getByText('Bramblewick Borough Council: the website, its forms and residents’ requests').waitFor();
    await page.getByRole('navigation').getByText('Bramblewick Borough Council', { exact: true }).first().waitFor();
    const home = await page.locator('body').innerText();
    expect(home).not.toContain('Welcome to Strapi');
    expect(home).not.toContain('Strapi Cloud');
    // No announcement bar with Strapi's news over the council's pages.
    expect(home).not.toContain('Introducing the new Media Library');
    expect(home).not.toContain('Read blog post');
    // The browser tab names the council (from its site settings), not Strapi.
    await expect.poll(() => page.title(), { timeout: 10_000 }).toMatch(/ \| Bramblewick Borough Council$/);
    await page.goto(SERVICE_PAGES);
    await expect.poll(() => page.title(), { timeout: 10_000 }).toMatch(/ \| Bramblewick Borough Council$/);
    expect(await page.title()).not.toContain('Strapi');
  });

  it('lists service pages by title, support level, service area, when updated and review by, with their status', async () => {
    await page.goto(`${SERVICE_PAGES}?page=1&pageSize=10&_q=${encodeURIComponent(TITLE)}`);
    const row = page.getByRole('row', { name: new RegExp(TITLE) }).first();
    await row.waitFor();
    // Strapi marks its header cells up as grid cells, not column headers: read them as cells of the head.
    const headers = (await page.locator('thead th').allTextContents()).map((text) => text.trim());
    // Strapi's own Status column follows Doorstep's; the Schedule column (tests/e2e/scheduled-publish) is there too.
    expect(headers).toContain('Scheduled');
    expect(headers.filter((header) => header && header !== 'Scheduled')).toEqual([
      'Title',
      'Support level',
      'Service area',
      'Updated',
      'Review by',
      'Status',
    ]);
    for (const name of API_NAMES) expect(headers).not.toContain(name);
    // The level by its number and name, the area by its title.
    const cells = (await row.locator('td').allTextContents()).map((text) => text.trim());
    expect(cells).toEqual(expect.arrayContaining([TITLE, 'Level 1: Do it online', 'Bins, recycling and waste']));
  });

  it('opens a service page whose fields are labelled in plain English with help, never by their API names', async () => {
    await page
      .getByRole('row', { name: new RegExp(TITLE) })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    for (const words of [
      'Title',
      'Web address',
      'Service area',
      'Support level',
      'Kind of task',
      'Top task',
      'Promote on the home page in',
      'When we reply',
      'Ways to contact the service',
      'Owner (who keeps this page right)',
      'Review by',
    ]) {
      await label(page, words).waitFor({ timeout: 5_000 });
    }
    // Help text says what a field does for residents.
    await page
      .getByText('A task many residents come for: listed first in its service area, and on the contact page.')
      .waitFor();
    // The component's own fields, and the chosen level by its number and name.
    await label(page, 'How many').waitFor();
    await label(page, 'Of what').waitFor();
    await page.getByText('Level 1: Do it online').first().waitFor();
    const text = await page.locator('main').innerText();
    for (const name of API_NAMES) expect(text).not.toContain(name);

    // axe on the fields Doorstep labels; Strapi's own page around them is reported, not failed.
    const fields = ['title', 'slug', 'summary', 'lgslCode', 'promotedMonths', 'owner', 'reviewBy'];
    const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
    for (const name of fields) builder.include(`main [name="${name}"]`);
    const ours = await builder.analyze();
    expect(ours.passes.length).toBeGreaterThan(0);
    expect(violations(ours)).toEqual([]);
    const whole = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    if (whole.violations.length > 0)
      console.log(`Strapi's own edit view of a service page: ${violations(whole).join('; ')}`);
  });
});
