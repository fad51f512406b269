/**
 * `npm run screenshots`: the README's pictures, from the real build of the demo
 * council at phone width. Run `npm start` first (or set SITE_URL, CMS_URL and
 * MAILBOX_URL to a running site, CMS and the mailbox `npm start` runs): the account's
 * pictures sign a resident in with the code from the mailbox, and the case view's
 * sign in as the Service team with the login in cms/.env.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../tests/support/chromium';
import { REPO_ROOT } from './lib/cms/paths';
import { parseEnv } from './lib/local-env';
import { waitForMail } from './lib/mailbox';

const SITE_URL = (process.env.SITE_URL ?? 'http://127.0.0.1:4321').replace(/\/$/, '');
const CMS_URL = (process.env.CMS_URL ?? 'http://127.0.0.1:1337').replace(/\/$/, '');
const MAILBOX_URL = process.env.MAILBOX_URL ?? 'http://127.0.0.1:1080/';
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 1 };
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

/** A phone's view of the page as it is, from `from` (or the top), taller than one screen. */
async function picture(page: Page, file: string, from?: string): Promise<void> {
  const top = from ? ((await page.locator(from).boundingBox())?.y ?? 0) - 16 : 0;
  const scrolled = await page.evaluate(() => window.scrollY);
  const y = Math.max(0, top + scrolled);
  const height = Math.min(HEIGHT, (await page.evaluate(() => document.documentElement.scrollHeight)) - y);
  await page.screenshot({ path: path.join(OUT, file), clip: { x: 0, y, width: 375, height }, fullPage: true });
  console.log(`docs/screenshots/${file}  ${new URL(page.url()).pathname}`);
}

/**
 * A resident reports a missed bin as a guest, signs in with the emailed code and adds
 * it to the account; a caseworker replies; the account, the request and the case view.
 */
async function accountPictures(browser: Browser): Promise<void> {
  const email = `screenshot-${randomUUID().slice(0, 8)}@example.com`;
  const sent = await fetch(`${SITE_URL}/api/forms/report-a-missed-bin/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify({
      answers: {
        bin: 'recycling',
        'out-by-7am': 'yes',
        address: { line1: '3 Mill Lane', town: 'Bramblewick', postcode: 'BW1 2AB' },
        'full-name': 'Sam Resident',
        email,
      },
    }),
  });
  const { data } = (await sent.json()) as { data: { reference: string } };

  const staff = parseEnv(readFileSync(path.join(REPO_ROOT, 'cms/.env'), 'utf8'));
  const admin = await (await browser.newContext(PHONE)).newPage();
  await admin.goto(`${CMS_URL}/admin/auth/login`);
  await admin.getByLabel('Email').fill(staff.SERVICE_TEAM_EMAIL ?? '');
  await admin.getByLabel('Password').fill(staff.SERVICE_TEAM_PASSWORD ?? '');
  await admin.getByRole('button', { name: 'Login' }).click();
  await admin.waitForURL((url) => !url.pathname.includes('/auth/'));
  await admin.goto(`${CMS_URL}/admin/content-manager/collection-types/api::form-submission.form-submission`);
  await admin.getByRole('row', { name: new RegExp(data.reference) }).click();
  await admin.getByRole('heading', { name: data.reference }).waitFor();
  await admin.getByRole('combobox', { name: 'Case status' }).click();
  await admin.getByRole('option', { name: 'In progress' }).click();
  await admin
    .getByRole('textbox', { name: 'Message to the resident' })
    .fill('A crew will come back to Mill Lane tomorrow morning.');
  await admin.getByRole('button', { name: 'Save' }).click();
  await admin.getByText('Saved document', { exact: true }).first().waitFor();
  await admin.reload();
  await admin.getByRole('heading', { name: data.reference }).waitFor();
  await picture(admin, 'case-view-phone.png');

  const page = await (await browser.newContext(PHONE)).newPage();
  await page.goto(`${SITE_URL}/account/`);
  await page.getByLabel('Sign in to your account').fill(email);
  await page.getByRole('button', { name: 'Email me a code' }).click();
  const mail = await waitForMail(MAILBOX_URL, email, 'Your sign-in code');
  await page.getByLabel('Code').fill(/\b(\d{6})\b/.exec(mail.subject)?.[1] ?? '');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Add them to your account' }).click();
  await page.getByText('1 request was added to your account.').waitFor();
  await picture(page, 'account-phone.png');
  await page.getByRole('link', { name: data.reference }).click();
  await page.getByRole('heading', { name: 'What the council has said' }).waitFor();
  await picture(page, 'account-request-phone.png');
}

const browser = await launchChromium();
try {
  const context = await browser.newContext(PHONE);
  for (const shot of shots) {
    const page = await context.newPage();
    await page.goto(`${SITE_URL}${shot.path}`);
    await shot.prepare?.(page);
    await picture(page, shot.file, shot.from);
    await page.close();
  }
  await accountPictures(browser);
} finally {
  await browser.close();
}
