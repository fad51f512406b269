/**
 * `npm run screenshots`: the README's pictures, from the real build of the demo
 * council at phone width. Run `npm start` first (or set SITE_URL to a running site).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/support/chromium';
import { REPO_ROOT } from './lib/cms/paths';

const SITE_URL = (process.env.SITE_URL ?? 'http://127.0.0.1:4321').replace(/\/$/, '');
const OUT = path.join(REPO_ROOT, 'docs/screenshots');
const HEIGHT = 1400;

/** `from`: the picture starts at this element, as a resident scrolled to it would see it. */
const shots: Array<{ file: string; path: string; from?: string; prepare?: (page: Page) => Promise<void> }> = [
  { file: 'home-phone.png', path: '/' },
  { file: 'service-page-phone.png', path: '/services/report-a-missed-bin/' },
  {
    file: 'form-error-phone.png',
    path: '/forms/report-a-missed-bin/',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.locator('.govuk-error-summary').waitFor();
    },
  },
  {
    file: 'verges-phone.png',
    path: '/verges/',
    from: 'form[role="search"][aria-label="Grass verges"]',
    prepare: async (page) => {
      await page.getByRole('combobox', { name: 'Street name or postcode' }).fill('BW1 6DA');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Verges next to BW1 6DA' }).waitFor();
      await page.locator('[id^="verge-result-"]').first().click();
      await page.locator('#verge-details-heading').waitFor();
    },
  },
];

const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 1 });
  for (const shot of shots) {
    const page = await context.newPage();
    await page.goto(`${SITE_URL}${shot.path}`);
    await shot.prepare?.(page);
    const top = shot.from ? ((await page.locator(shot.from).boundingBox())?.y ?? 0) - 16 : 0;
    const scrolled = await page.evaluate(() => window.scrollY);
    const y = Math.max(0, top + scrolled);
    // A phone's view of the page from there, taller than one screen.
    const height = Math.min(HEIGHT, (await page.evaluate(() => document.documentElement.scrollHeight)) - y);
    await page.screenshot({ path: path.join(OUT, shot.file), clip: { x: 0, y, width: 375, height }, fullPage: true });
    console.log(`docs/screenshots/${shot.file}  ${shot.path}`);
    await page.close();
  }
} finally {
  await browser.close();
}
