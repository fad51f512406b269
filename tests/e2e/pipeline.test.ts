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

  it('lists every published service page in the A to Z, beyond the API page limit', async () => {
    await page.goto(`${siteUrl}/a-z/`);
    const links = await page.locator('main section a[href^="/services/"]').count();
    expect(inject('publishedServicePages')).toBeGreaterThan(100);
    expect(links).toBe(inject('publishedServicePages'));
  });

  it('opens a service page with its support level, reply time and contacts', async () => {
    await page.goto(`${siteUrl}/services/report-a-missed-bin/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Report a missed bin');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toMatch(/Do it online/);
    expect(main).toMatch(/We aim to reply within \d+ working days?/);
    expect(await page.locator('main h2', { hasText: 'Contact' }).count()).toBe(1);
  });

  it('describes each service as a schema.org GovernmentService, with its LGSL code where set', async () => {
    const jsonLdOf = async (slug: string) => {
      await page.goto(`${siteUrl}/services/${slug}/`);
      return JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as {
        '@type': string;
        name: string;
        identifier?: { propertyID: string; value: string };
      };
    };
    expect(await jsonLdOf('check-your-bin-collection-day')).toMatchObject({
      '@type': 'GovernmentService',
      name: 'Check your bin collection day',
      provider: { '@type': 'GovernmentOrganization', name: 'Bramblewick Borough Council' },
      identifier: { '@type': 'PropertyValue', propertyID: 'LGSL', value: '524' },
    });
    const withoutCode = await jsonLdOf('report-a-missed-bin');
    expect(withoutCode).toMatchObject({ '@type': 'GovernmentService', name: 'Report a missed bin' });
    expect(withoutCode.identifier).toBeUndefined();
  });

  it('ships no JavaScript on content pages but GOV.UK Frontend’s own, and on the home page the account panel’s', async () => {
    for (const path of ['/', '/areas/waste-and-recycling/', '/services/report-a-missed-bin/', '/community-hubs/']) {
      await page.goto(`${siteUrl}${path}`);
      const scripts = await page.$$eval('script:not([type="application/ld+json"])', (elements) =>
        elements.map((element) => (element as HTMLScriptElement).src || element.textContent?.trim() || ''),
      );
      // GOV.UK Frontend's page template marks the body as JavaScript-enabled inline,
      // then its components' module; the home page adds the account panel's small
      // module (issue 16), which fetches nothing unless the resident is signed in.
      const home = path === '/';
      expect(scripts, path).toHaveLength(home ? 3 : 2);
      expect(scripts[0], path).toMatch(/^document\.body\.className \+= ' js-enabled'/);
      const modules = scripts.slice(1);
      const frontend = modules.find((src) =>
        /\/_astro\/Page\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/.test(src),
      );
      expect(frontend, path).toBeDefined();
      const module = await (await fetch(frontend!)).text();
      expect(module).toMatch(/govuk-skip-link|govuk-frontend/);
      expect(module).not.toMatch(/react/i);
      if (home) {
        const panel = modules.find((src) => src !== frontend)!;
        expect(panel).toMatch(/\/_astro\/[\w.-]+\.js$/);
        const panelModule = await (await fetch(panel)).text();
        expect(panelModule).toMatch(/home-panel/);
        expect(panelModule).not.toMatch(/react/i);
      }
    }
  });

  it('starts keyboard users at a skip link to the main content', async () => {
    await page.goto(`${siteUrl}/services/report-a-missed-bin/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main-content$/);
    await page.waitForFunction(() => document.activeElement?.id === 'main-content');
  });

  it('answers a missing page with the 404 page, its search box and the A to Z', async () => {
    const response = await page.goto(`${siteUrl}/services/no-such-service/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    expect(await page.getByRole('searchbox', { name: 'Search for what you need' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'browse all services from A to Z' }).count()).toBe(1);
  });

  it('publishes a sitemap, robots.txt and canonical URLs', async () => {
    const sitemap = await (await fetch(`${siteUrl}/sitemap.xml`)).text();
    expect(sitemap).toContain('/services/report-a-missed-bin/</loc><lastmod>');
    expect(sitemap).toContain('/community-hubs/');
    expect(sitemap).toContain('/accessibility-statement/');
    const robots = await (await fetch(`${siteUrl}/robots.txt`)).text();
    expect(robots).toMatch(/^Sitemap: .*\/sitemap\.xml$/m);
    await page.goto(`${siteUrl}/areas/housing/`);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/areas\/housing\/$/);
  });
});
