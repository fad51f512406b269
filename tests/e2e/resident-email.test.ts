import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { waitForMail } from '../support/mailbox';

/**
 * "We will send your reference number here" is a promise (issue 12): a resident who
 * gives an email address gets a confirmation with the reference and the date to expect
 * a reply, with JavaScript and without; the confirmation page says so.
 */
const siteUrl = inject('siteUrl');
const mailboxUrl = inject('mailboxUrl');
let browser: Browser;

async function fillMissedBin(page: Page): Promise<void> {
  await page.getByLabel('Recycling (blue bin)').check();
  await page
    .getByRole('group', { name: /out by 7am/ })
    .getByLabel('Yes')
    .check();
}

describe.skipIf(!inject('chromium'))('the resident’s confirmation email', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('arrives with the reference and the reply-by date the confirmation page gave (with JavaScript)', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${siteUrl}/forms/report-a-missed-bin/`);
    await fillMissedBin(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Address line 1').fill('4 Mill Lane');
    await page.getByLabel('Town or city').fill('Bramblewick');
    await page.getByLabel('Postcode').fill('BW1 2AB');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Full name').fill('Jo Resident');
    await page.getByLabel('Email address').fill('js-resident@example.com');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Accept and send' }).click();
    await page.locator('#submission-reference').waitFor();
    const reference = (await page.locator('#submission-reference').textContent())!;
    const replyBy = (await page.locator('#reply-by').textContent())!;
    expect(await page.locator('#confirmation-email').textContent()).toContain(
      'We are sending a confirmation email to js-resident@example.com',
    );
    const mail = await waitForMail(mailboxUrl, 'js-resident@example.com', reference);
    expect(mail.subject).toBe(`Report a missed bin: your reference is ${reference}`);
    expect(mail.text).toContain(replyBy);
    expect(mail.text).toContain('Which bin was missed?: Recycling (blue bin)');
    expect(mail.text).not.toContain('Jo Resident');
    expect(mail.text).not.toContain('4 Mill Lane');
  });

  it('arrives the same without JavaScript', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${siteUrl}/forms/report-a-missed-bin/`);
    await fillMissedBin(page);
    await page.getByLabel('Address line 1').fill('5 Mill Lane');
    await page.getByLabel('Town or city').fill('Bramblewick');
    await page.getByLabel('Postcode', { exact: true }).fill('BW1 2AB');
    await page.getByLabel('Full name').fill('Nojs Resident');
    await page.getByLabel('Email address').fill('nojs-resident@example.com');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('heading', { name: 'Form sent' }).waitFor();
    const reference = (await page.locator('#submission-reference').textContent())!;
    expect(await page.locator('#confirmation-email').textContent()).toContain('nojs-resident@example.com');
    const mail = await waitForMail(mailboxUrl, 'nojs-resident@example.com', reference);
    expect(mail.text).toMatch(/We aim to reply by \d{1,2} [A-Z][a-z]+ \d{4}\./);
  });
});
