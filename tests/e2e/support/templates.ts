import type { Page } from 'playwright-core';
import { slugify } from '@doorstep/domain';
import { generateVerges } from '@doorstep/demo';

/** The demo council's first street: the generator draws its name before any date matters. */
export const firstVerge = generateVerges({ count: 1, asOf: '2026-07-15' })[0]!.verge;
const streetPage = `/verges/streets/${slugify(`${firstVerge.streetName} ${firstVerge.locality}`.replace(/['’]/g, ''))}/`;

/** One page of every template the site builds. */
export const TEMPLATES = [
  '/',
  '/areas/waste-and-recycling/',
  '/services/food-banks-and-community-pantries/', // level 0
  '/services/report-a-missed-bin/', // level 1
  '/services/apply-for-a-blue-badge/', // level 2
  '/services/become-a-foster-carer/', // level 3
  '/support-levels/',
  '/support-levels/level-2/',
  '/community-hubs/',
  '/community-hubs/kestrel-vale-community-centre/',
  '/contact-us/',
  '/a-z/',
  '/accessibility-statement/',
  '/privacy-notice/',
  '/search/?q=bins',
  '/search/?q=xylophonium',
  '/no-such-page/',
  '/forms/every-field-type/',
  '/verges/',
  '/verges/streets/',
  streetPage,
];

/** Opens a template and waits until it is whole: the map drawn, the search answered. */
export async function openTemplate(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const path = new URL(url).pathname;
  // GOV.UK Frontend's inline script marks the page when JavaScript runs.
  const scripted = await page.locator('body.js-enabled').count();
  if (!scripted) return;
  if (path === '/verges/') await page.locator('.app-verge-map').waitFor();
  if (path.startsWith('/search/') && url.includes('?q=')) {
    await page
      .locator('#search-status')
      .filter({ hasText: /results? for/ })
      .waitFor();
  }
}
