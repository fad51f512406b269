import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { TEMPLATES } from './support/templates';

/**
 * The task comes first on a phone (issue 12): with the demo council's alert banners
 * live, every service page's h1 is on the first screen of a 375 × 812 phone, and a
 * level 1 page's Start now by the second. Measured in Chromium, not guessed.
 */
const siteUrl = inject('siteUrl');
const cmsUrl = inject('cmsUrl');
const SCREEN = { width: 375, height: 812 };
let browser: Browser;
let page: Page;

interface Service {
  slug: string;
  supportLevel: { key: string };
}

async function demoServices(): Promise<Service[]> {
  const response = await fetch(`${cmsUrl}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: '{ servicePages(pagination: { pageSize: 100 }) { slug supportLevel { key } } }' }),
  });
  const body = (await response.json()) as { data: { servicePages: Service[] } };
  // The e2e's generated pages are filler; the demo council's own are what residents meet.
  return body.data.servicePages.filter((service) => !service.slug.startsWith('e2e-'));
}

const bottomOf = (selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);

describe.skipIf(!inject('chromium'))('the task first on a phone', () => {
  let services: Service[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (
      await browser.newContext({ viewport: SCREEN, deviceScaleFactor: 2, isMobile: true, hasTouch: true })
    ).newPage();
    services = await demoServices();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('puts every service page’s h1 on the first screen, and level 1’s Start now by the second', async () => {
    expect(services.length).toBeGreaterThanOrEqual(40);
    const late: string[] = [];
    const worst = { h1: 0, start: 0 };
    for (const service of services) {
      await page.goto(`${siteUrl}/services/${service.slug}/`);
      const h1 = await bottomOf('h1');
      worst.h1 = Math.max(worst.h1, h1);
      if (h1 > SCREEN.height) late.push(`${service.slug}: h1 ends at ${Math.round(h1)} px`);
      if (service.supportLevel.key === 'level_1') {
        const start = await bottomOf('.govuk-button--start');
        worst.start = Math.max(worst.start, start);
        if (start > 2 * SCREEN.height) late.push(`${service.slug}: Start now ends at ${Math.round(start)} px`);
      }
    }
    console.log(
      `${services.length} service pages: lowest h1 ends at ${Math.round(worst.h1)} px, lowest Start now at ${Math.round(worst.start)} px`,
    );
    expect(late).toEqual([]);
  });

  it('shows one banner at a time, the most severe, and never one that links to the page it is on', async () => {
    await page.goto(`${siteUrl}/services/report-a-missed-bin/`);
    const banners = page.locator('[data-alert-banner]:visible');
    expect(await banners.count()).toBe(1);
    const links = await page
      .locator('[data-alert-banner] a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).not.toContain('/services/report-a-missed-bin/');
    expect(await page.locator('.app-more-notices summary').textContent()).toMatch(/1 more notice/);
  });

  it('shows banners on a form’s first page only, not on the steps after it', async () => {
    const context = await browser.newContext({ viewport: SCREEN, isMobile: true, hasTouch: true });
    try {
      const form = await context.newPage();
      await form.goto(`${siteUrl}/forms/report-a-missed-bin/`);
      await form.getByLabel('Recycling (blue bin)').waitFor();
      const banners = form.locator('[data-alert-banners]');
      expect(await banners.isVisible()).toBe(true);
      await form.getByLabel('Recycling (blue bin)').check();
      await form
        .getByRole('group', { name: /out by 7am/ })
        .getByLabel('Yes')
        .check();
      await form.getByRole('button', { name: 'Continue' }).click();
      await form.getByLabel('Address line 1').waitFor();
      expect(await banners.isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('tells a warning from an important notice by more than its words', async () => {
    await page.goto(`${siteUrl}/areas/waste-and-recycling/`);
    const colours = await page
      .locator('.govuk-notification-banner')
      .evaluateAll((elements) =>
        elements.map((element) => [
          element.querySelector('.govuk-notification-banner__title')?.textContent?.trim(),
          getComputedStyle(element).borderTopColor,
        ]),
      );
    expect(colours.length).toBeGreaterThan(0);
    const byWord = new Map(colours as Array<[string, string]>);
    if (byWord.has('Warning') && byWord.has('Important'))
      expect(byWord.get('Warning')).not.toBe(byWord.get('Important'));
  });

  it.each(TEMPLATES)('%s does not jump as it loads on a phone (cumulative layout shift under 0.1)', async (path) => {
    const context = await browser.newContext({
      viewport: SCREEN,
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    try {
      const phone = await context.newPage();
      await phone.addInitScript(() => {
        const shifts: string[] = [];
        (window as unknown as { layoutShifts: { total: number; sources: string[] } }).layoutShifts = {
          total: 0,
          sources: shifts,
        };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as Array<{
            value: number;
            hadRecentInput: boolean;
            sources: Array<{ node: Node | null }>;
          }>) {
            if (entry.hadRecentInput) continue;
            (window as unknown as { layoutShifts: { total: number } }).layoutShifts.total += entry.value;
            shifts.push(
              ...entry.sources.map(
                (source) => `${source.node?.nodeName ?? '?'}.${(source.node as Element | null)?.className ?? ''}`,
              ),
            );
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await phone.goto(`${siteUrl}${path}`);
      await phone.waitForLoadState('networkidle');
      await phone.waitForTimeout(500);
      const shift = await phone.evaluate(
        () => (window as unknown as { layoutShifts: { total: number; sources: string[] } }).layoutShifts,
      );
      expect(shift.total, shift.sources.join(', ')).toBeLessThan(0.1);
    } finally {
      await context.close();
    }
  });
});
