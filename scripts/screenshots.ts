/**
 * `npm run screenshots`: the README's pictures, from the real build of the demo
 * council at phone width. Run `npm start` first (or set SITE_URL to a running site).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/support/chromium';
import { REPO_ROOT } from '../tests/support/paths';

const SITE_URL = (process.env.SITE_URL ?? 'http://127.0.0.1:4321').replace(/\/$/, '');
const OUT = path.join(REPO_ROOT, 'docs/screenshots');

const shots: Array<{ file: string; path: string; prepare?: (page: Page) => Promise<void> }> = [
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
];

const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 1 });
  for (const shot of shots) {
    const page = await context.newPage();
    await page.goto(`${SITE_URL}${shot.path}`);
    await shot.prepare?.(page);
    await page.screenshot({ path: path.join(OUT, shot.file) });
    console.log(`docs/screenshots/${shot.file}  ${shot.path}`);
    await page.close();
  }
} finally {
  await browser.close();
}
