import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium';

const siteUrl = inject('siteUrl');
let browser: Browser;
let page: Page;

describe.skipIf(!inject('chromium'))('the site built from the CMS', () => {
  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists every published service page on the home page, beyond the API page limit', async () => {
    await page.goto(`${siteUrl}/`);
    const links = await page.locator('main a[href^="/services/"]').count();
    expect(inject('publishedServicePages')).toBeGreaterThan(100);
    expect(links).toBe(inject('publishedServicePages'));
    await expect(page.locator('h2', { hasText: 'Bins, recycling and waste' }).count()).resolves.toBe(1);
  });

  it('opens a service page with its support level, reply time and contacts', async () => {
    await page.goto(`${siteUrl}/`);
    await page.getByRole('link', { name: 'Report a missed bin' }).click();
    await page.waitForURL('**/services/report-a-missed-bin/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Report a missed bin');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toMatch(/Support: Do it online/);
    expect(main).toMatch(/We aim to reply within \d+ working days?/);
    expect(await page.locator('main h2', { hasText: 'Contact' }).count()).toBe(1);
  });

  it('ships no JavaScript on content pages', async () => {
    for (const path of ['/', '/services/report-a-missed-bin/']) {
      await page.goto(`${siteUrl}${path}`);
      expect(await page.locator('script').count(), path).toBe(0);
    }
  });

  it('starts keyboard users at a skip link to the main content', async () => {
    await page.goto(`${siteUrl}/services/report-a-missed-bin/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#main-content$/);
  });

  it.each([
    '/',
    '/services/report-a-missed-bin/',
    '/services/become-a-foster-carer/',
    '/services/food-banks-and-community-pantries/',
  ])('axe finds no WCAG 2.2 AA problems on %s', async (path) => {
    const response = await page.goto(`${siteUrl}${path}`);
    expect(response?.status()).toBe(200);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});
