import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SUPPORT_LEVEL_KEYS, sitePaths } from '@doorstep/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium';

const siteUrl = inject('siteUrl');
let browser: Browser;
let page: Page;

/** Titles of the alert banners on the page. */
const bannerTitles = () =>
  page.$$eval('[data-alert-banner]', (elements) =>
    elements.map((element) => element.getAttribute('data-alert-banner')),
  );

describe.skipIf(!inject('chromium'))('resident journeys', () => {
  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 375, height: 800 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('finds "report a missed bin" from the home page by browsing', async () => {
    await page.goto(`${siteUrl}/`);
    await page.getByRole('link', { name: 'Bins, recycling and waste' }).click();
    await page.waitForURL('**/areas/waste-and-recycling/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Bins, recycling and waste');
    // The area's top tasks come first.
    const first = page.locator('main section').first();
    await expect(first.locator('h2').textContent()).resolves.toBe('Most popular');
    await first.getByRole('link', { name: 'Report a missed bin' }).click();
    await page.waitForURL('**/services/report-a-missed-bin/');
    await expect(page.getByRole('button', { name: 'Start now' }).count()).resolves.toBe(1);
  });

  it('finds "report a missed bin" from the home page by searching "bins"', async () => {
    await page.goto(`${siteUrl}/`);
    await page.getByRole('searchbox', { name: 'Search for a service' }).fill('bins');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=bins');
    const status = page.locator('#search-status');
    await status.filter({ hasText: /\d+ results? for "bins"/ }).waitFor();
    expect(await status.getAttribute('role')).toBe('status');
    const result = page.locator('#search-results').getByRole('link', { name: 'Report a missed bin' });
    expect(await result.count()).toBe(1);
    await result.click();
    await page.waitForURL('**/services/report-a-missed-bin/');
  });

  it.each([
    ['bin', 'Report a missed bin'],
    ['bin day', 'Check your bin collection day'],
  ])('puts the task most people want first when searching "%s": %s', async (query, title) => {
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(query)}`);
    await page
      .locator('#search-status')
      .filter({ hasText: /results? for/ })
      .waitFor();
    expect(await page.locator('#search-results > li').first().getByRole('link').first().textContent()).toBe(title);
  });

  it('prints the content, its contact details and its address, not the screen furniture', async () => {
    await page.goto(`${siteUrl}/services/report-a-missed-bin/`);
    await page.emulateMedia({ media: 'print' });
    try {
      for (const selector of [
        '.govuk-service-navigation',
        '.app-search',
        '.govuk-phase-banner',
        '.app-alert-banners',
        '.govuk-button--start',
      ]) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      expect(await page.locator('h1').isVisible()).toBe(true);
      expect(await page.locator('.app-print-address').textContent()).toMatch(/\/services\/report-a-missed-bin\/$/);
      expect(await page.locator('.app-print-address').isVisible()).toBe(true);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('applies editors’ best bets and synonyms: "missed rubbish" puts the missed bin page first', async () => {
    await page.goto(`${siteUrl}/search/?q=missed+rubbish`);
    await page
      .locator('#search-status')
      .filter({ hasText: /results? for/ })
      .waitFor();
    const first = page.locator('#search-results > li').first();
    await expect(first.getByRole('link').textContent()).resolves.toBe('Report a missed bin');
    await expect(first.locator('.govuk-tag').textContent()).resolves.toBe('Best match');
  });

  it('searches from the header of any page, by keyboard alone', async () => {
    await page.goto(`${siteUrl}/community-hubs/`);
    await page.getByRole('searchbox', { name: 'Search this site' }).focus();
    await page.keyboard.type('pothole');
    await page.keyboard.press('Enter');
    await page
      .locator('#search-status')
      .filter({ hasText: /results? for "pothole"/ })
      .waitFor();
    expect(await page.locator('#search-results').getByRole('link', { name: 'Report a pothole' }).count()).toBe(1);
  });

  it('says clearly when nothing matches, and offers the A to Z', async () => {
    await page.goto(`${siteUrl}/search/?q=xylophonium`);
    await page.locator('#search-status').filter({ hasText: 'No results for "xylophonium"' }).waitFor();
    expect(await page.locator('#search-fallback').isVisible()).toBe(true);
  });

  it('opens a level 0 service and reaches a community hub from it', async () => {
    await page.goto(`${siteUrl}/services/food-banks-and-community-pantries/`);
    const block = page.locator('[data-level="level-0"]');
    await expect(block.locator('h2').textContent()).resolves.toBe('Get help near you');
    const hubLink = block.locator('a[href^="/community-hubs/"]').first();
    const name = (await hubLink.textContent()) ?? '';
    await hubLink.click();
    await page.waitForURL('**/community-hubs/*/');
    await expect(page.locator('h1').textContent()).resolves.toBe(name);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toMatch(/Opening times/);
    expect(main).toMatch(/Accessibility/);
    expect(await page.getByRole('link', { name: 'Food banks and community pantries' }).count()).toBeGreaterThan(0);
  });

  it('shows each level its own block: start online, a supported route with urgent help, or the specialist team', async () => {
    await page.goto(`${siteUrl}/services/apply-for-a-dropped-kerb/`);
    const level2 = page.locator('[data-level="level-2"]');
    expect(await level2.getByRole('button', { name: 'Start now' }).count()).toBe(1);
    expect(await level2.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
    expect(await level2.locator('.govuk-warning-text').textContent()).toMatch(/999/);
    await page.goto(`${siteUrl}/services/become-a-foster-carer/`);
    const level3 = page.locator('[data-level="level-3"]');
    await expect(level3.locator('h2').textContent()).resolves.toBe('How our specialist team helps');
    expect(await level3.textContent()).toMatch(/What to expect/);
  });

  it('gives the services of every support level a block of their own', async () => {
    const headings: string[] = [];
    for (const key of SUPPORT_LEVEL_KEYS) {
      await page.goto(`${siteUrl}${sitePaths.supportLevel(key)}`);
      await page.locator('main .app-service-list a').first().click();
      await page.waitForURL('**/services/*/');
      headings.push((await page.locator(`[data-level="${key}"] h2#level-block-heading`).textContent()) ?? '');
    }
    expect(new Set(headings.filter(Boolean)).size).toBe(SUPPORT_LEVEL_KEYS.length);
  });

  it('explains the four levels of support, each listing its services', async () => {
    await page.goto(`${siteUrl}/support-levels/`);
    expect(await page.locator('main ol > li').count()).toBe(4);
    await page.getByRole('link', { name: 'Help in your community' }).click();
    await page.waitForURL('**/support-levels/level-0/');
    expect(await page.getByRole('link', { name: 'Food banks and community pantries' }).count()).toBe(1);
  });

  it('puts self-service tasks before any phone number on the contact page', async () => {
    await page.goto(`${siteUrl}/contact-us/`);
    const order = await page.$$eval('main a', (links) =>
      links.map((link) =>
        link.getAttribute('href')?.startsWith('tel:')
          ? 'phone'
          : link.closest('[data-contact="self-service"]')
            ? 'self-service'
            : 'other',
      ),
    );
    const firstPhone = order.indexOf('phone');
    const selfService = order.flatMap((kind, index) => (kind === 'self-service' ? [index] : []));
    expect(selfService.length).toBeGreaterThanOrEqual(5);
    expect(firstPhone).toBeGreaterThan(Math.max(...selfService));
    // Urgent help (999, out of hours) comes before the list of teams, not after it.
    const urgent = await page.locator('.govuk-warning-text').boundingBox();
    const teams = await page.locator('#by-need').boundingBox();
    expect(urgent!.y).toBeLessThan(teams!.y);
  });

  it('shows an alert banner only within its time window and on its target pages', async () => {
    await page.goto(`${siteUrl}/`);
    const home = await bannerTitles();
    expect(home).toContain('Christmas and New Year bin collections');
    expect(home).not.toContain('Planned website maintenance'); // starts in 10 days
    expect(home).not.toContain('Council offices closed for the bank holiday'); // ended 2 days ago
    expect(home).not.toContain('Garden waste collections delayed in Kestrel Vale'); // targeted at waste
    await page.goto(`${siteUrl}/services/report-a-missed-bin/`);
    expect(await bannerTitles()).toContain('Garden waste collections delayed in Kestrel Vale');
    await page.goto(`${siteUrl}/areas/waste-and-recycling/`);
    expect(await bannerTitles()).toContain('Garden waste collections delayed in Kestrel Vale');
    await page.goto(`${siteUrl}/services/report-a-pothole/`);
    expect(await bannerTitles()).not.toContain('Garden waste collections delayed in Kestrel Vale');
    // The build tells the live server when it goes stale (the next banner starts), and nobody else.
    const info = JSON.parse(readFileSync(path.join(inject('siteDir'), '.doorstep', 'build-info.json'), 'utf8')) as {
      builtAt: string;
      nextChangeAt: string;
    };
    // After the build, and by the next UK midnight at the latest (the verges' new day). Not
    // against the clock now: a run that crosses midnight is past a build made before it.
    const built = Date.parse(info.builtAt);
    expect(Date.parse(info.nextChangeAt)).toBeGreaterThan(built);
    expect(Date.parse(info.nextChangeAt) - built).toBeLessThanOrEqual(25 * 60 * 60 * 1000);
    expect((await fetch(`${siteUrl}/build-info.json`)).status).toBe(404);
    expect((await fetch(`${siteUrl}/.doorstep/build-info.json`)).status).toBe(404);
  });

  it('still leads somewhere useful from the search form without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${siteUrl}/`);
    await noJs.getByRole('searchbox', { name: 'Search for a service' }).fill('bins');
    await noJs.keyboard.press('Enter');
    await noJs.waitForURL('**/search/?q=bins');
    expect(await noJs.locator('#search-fallback').isVisible()).toBe(true);
    await noJs.getByRole('link', { name: 'Report a missed bin' }).click();
    await noJs.waitForURL('**/services/report-a-missed-bin/');
    await context.close();
  });
});
