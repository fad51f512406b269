import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { waitForMail } from '../support/mailbox';
import { axeViolations, axeViolationsWithoutJavaScript } from './support/browser';
import { reportMissedBin } from './support/forms';

/**
 * The loop back to the resident (issue 15), in Chromium, with JavaScript and without:
 * a resident reports a missed bin as a guest, later signs in with the code (or the
 * link) the in-process SMTP server received, finds the request and adds it to the
 * account; a caseworker of the Service team, in the admin panel, sets it in progress
 * with a message; the resident sees the message in the account and got it by email.
 * axe checks every account page in every state the journey reaches.
 */
const siteUrl = inject('siteUrl');
const cmsUrl = inject('cmsUrl');
const logins = inject('logins');
const mailboxUrl = inject('mailboxUrl');
let browser: Browser;

interface Journey {
  javaScript: boolean;
  email: string;
  street: string;
}

async function expectAccessible(page: Page, javaScript: boolean, state: string): Promise<void> {
  // Its stylesheets applied first: axe once measured target sizes on an unstyled page under load in CI.
  await page.waitForLoadState('load');
  const violations = javaScript ? await axeViolations(page) : await axeViolationsWithoutJavaScript(page);
  expect(violations, `axe on ${state}`).toEqual([]);
}

/** WCAG 1.4.10: at 320 CSS pixels wide the page reflows, with nothing to scroll to sideways. */
async function expectNoSidewaysScroll(page: Page, state: string): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${state} at 320 pixels`).toBeLessThanOrEqual(0);
  if (size) await page.setViewportSize(size);
}

/** A caseworker of the Service team sets the request in progress with a message, in the admin panel. */
async function caseworkerReplies(reference: string, message: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${cmsUrl}/admin/auth/login`);
    await page.getByLabel('Email').fill(logins.serviceTeam.email);
    await page.getByLabel('Password').fill(logins.serviceTeam.password);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.waitForURL((url) => !url.pathname.includes('/auth/'));
    await page.goto(`${cmsUrl}/admin/content-manager/collection-types/api::form-submission.form-submission`);
    await page.getByRole('row', { name: new RegExp(reference) }).click();
    await page.getByRole('heading', { name: reference }).waitFor();
    await page.getByRole('combobox', { name: 'Case status' }).click();
    await page.getByRole('option', { name: 'In progress' }).click();
    await page.getByRole('textbox', { name: 'Message to the resident' }).fill(message);
    await page.getByRole('textbox', { name: 'Note for the timeline' }).fill('Crew radioed');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved document', { exact: true }).first().waitFor();
  } finally {
    await context.close();
  }
}

/** Signs in at /account/ with the emailed code typed in, or through the emailed link's Continue page. */
async function signIn(page: Page, { javaScript, email }: Journey, by: 'code' | 'link'): Promise<void> {
  await page.goto(`${siteUrl}/`);
  await page.getByRole('link', { name: 'Your account' }).first().click();
  await page.getByRole('heading', { name: 'Sign in to your account' }).waitFor();
  // The account's address answers with the sign-in page to someone signed out.
  expect(new URL(page.url()).pathname).toBe('/account/');
  await expectAccessible(page, javaScript, 'the sign-in page');

  // Nothing typed: the error is on the field, and said in the summary.
  await page.getByRole('button', { name: 'Email me a code' }).click();
  await page.getByText('There is a problem').waitFor();
  await expectAccessible(page, javaScript, 'the sign-in page with an error');

  await page.getByLabel('Sign in to your account').fill(email);
  await page.getByRole('button', { name: 'Email me a code' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  await expectAccessible(page, javaScript, 'the check-your-email page');
  const mail = await waitForMail(mailboxUrl, email, 'Your sign-in code');
  const code = /\b(\d{6})\b/.exec(mail.subject)![1]!;
  expect(mail.text).toContain(code);

  if (by === 'code') {
    await page.getByLabel('Code').fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('There is a problem').waitFor();
    await expectAccessible(page, javaScript, 'the check-your-email page with a wrong code');
    await page.getByLabel('Code').fill(code);
    await page.getByRole('button', { name: 'Continue' }).click();
  } else {
    const link = /https?:\/\/\S+\/account\/continue\?\S+/.exec(mail.text)![0];
    expect(link.startsWith(`${siteUrl}/account/continue?`)).toBe(true);
    await page.goto(link);
    // Opening the link signs no one in: a mail scanner would have spent it.
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expectAccessible(page, javaScript, 'the emailed link’s Continue page');
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.getByRole('heading', { name: 'Your account', level: 1 }).waitFor();
}

async function journey(context: BrowserContext, options: Journey, by: 'code' | 'link'): Promise<void> {
  const { javaScript, email } = options;
  const guest = await context.newPage();
  const reference = await reportMissedBin(guest, siteUrl, options);
  await waitForMail(mailboxUrl, email, reference);

  // Later, on the same browser: sign in, find the guest request offered, add it.
  const page = await context.newPage();
  await signIn(page, options, by);
  const cookies = await context.cookies(siteUrl);
  const session = cookies.find((cookie) => cookie.name === '__Host-doorstep_session')!;
  expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
  await page.getByText(`(${reference})`).waitFor();
  await expectAccessible(page, javaScript, 'the account with an earlier request offered');
  await page.getByRole('button', { name: 'Add them to your account' }).click();
  await page.getByText('1 request was added to your account.').waitFor();
  await expectAccessible(page, javaScript, 'the account after adding the request');
  const row = page.locator('.govuk-summary-card', { hasText: reference });
  expect(await row.innerText()).toContain('Received');
  await expectNoSidewaysScroll(page, 'the account');

  const message = `A crew will come back to ${options.street} tomorrow morning.`;
  await caseworkerReplies(reference, message);

  await page.reload();
  expect(await row.innerText()).toContain('In progress');
  await row.getByRole('link', { name: reference }).click();
  await page.getByRole('heading', { name: 'Report a missed bin', level: 1 }).waitFor();
  const request = await page.locator('main').innerText();
  expect(request).toContain(message);
  expect(request).not.toContain('Crew radioed');
  expect(request).toContain(options.street);
  await expectAccessible(page, javaScript, 'a request page with the council’s message');
  await expectNoSidewaysScroll(page, 'a request page');
  const mail = await waitForMail(mailboxUrl, email, 'Status: In progress');
  expect(mail.subject).toContain(reference);
  expect(mail.text).toContain(message);

  // The rest of the account: details, data, the delete confirmation; then sign out.
  for (const [link, heading] of [
    ['Your details', 'Your details'],
    ['Your data: see it, download it or delete your account', 'Your data'],
  ] as const) {
    await page.goto(`${siteUrl}/account/`);
    await page.getByRole('link', { name: link }).click();
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    await expectAccessible(page, javaScript, `the ${heading} page`);
  }
  await page.goto(`${siteUrl}/account/delete`);
  await page.getByRole('heading', { name: 'Delete your account', level: 1 }).waitFor();
  await expectAccessible(page, javaScript, 'the delete confirmation');

  await page.goto(`${siteUrl}/account/`);
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.goto(`${siteUrl}/account/requests/${reference}`);
  await page.getByRole('heading', { name: 'Sign in to your account' }).waitFor();
}

describe.skipIf(!inject('chromium'))('a resident’s account, end to end', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('with JavaScript: a guest report, signing in with the emailed code, the caseworker’s message seen and emailed', async () => {
    const context = await browser.newContext();
    try {
      await journey(context, { javaScript: true, email: 'account-js@example.com', street: '8 Mill Lane' }, 'code');
    } finally {
      await context.close();
    }
  });

  it('without JavaScript: the same, signing in through the emailed link’s Continue page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      await journey(context, { javaScript: false, email: 'account-nojs@example.com', street: '9 Mill Lane' }, 'link');
    } finally {
      await context.close();
    }
  });

  it('with JavaScript: the account’s details fill the form in, and a changed address goes back to the account when ticked', async () => {
    const context = await browser.newContext();
    try {
      const options = { javaScript: true, email: 'account-details@example.com', street: '10 Mill Lane' };
      const page = await context.newPage();
      await signIn(page, options, 'code');
      await page.getByRole('link', { name: 'Your details' }).click();
      await page.getByLabel('Full name').fill('Dana Resident');
      await page.getByLabel('Address line 1').fill('10 Mill Lane');
      await page.getByLabel('Town or city').fill('Bramblewick');
      await page.getByLabel('Postcode').fill('BW1 2AB');
      await page.getByRole('button', { name: 'Save your details' }).click();
      await page.getByText('Your details are saved.').waitFor();

      await page.goto(`${siteUrl}/forms/report-a-missed-bin/`);
      await page.getByText('We have filled in your details from your account.').waitFor();
      await page.getByLabel('Recycling (blue bin)').check();
      await page
        .getByRole('group', { name: /out by 7am/ })
        .getByLabel('Yes')
        .check();
      await page.getByRole('button', { name: 'Continue' }).click();
      expect(await page.getByLabel('Address line 1').inputValue()).toBe('10 Mill Lane');
      await page.getByLabel('Address line 1').fill('11 Mill Lane');
      await page.getByRole('button', { name: 'Continue' }).click();
      expect(await page.getByLabel('Full name').inputValue()).toBe('Dana Resident');
      expect(await page.getByLabel('Email address').inputValue()).toBe(options.email);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByLabel('Save the name, phone number and address I give here to my account').check();
      await expectAccessible(page, true, 'check your answers, signed in');
      await page.getByRole('button', { name: 'Accept and send' }).click();
      const reference = (await page.locator('#submission-reference').textContent())!.trim();

      await page.goto(`${siteUrl}/account/details`);
      expect(await page.getByLabel('Address line 1').inputValue()).toBe('11 Mill Lane');
      await page.goto(`${siteUrl}/account/`);
      await page.locator('.govuk-summary-card', { hasText: reference }).waitFor();
    } finally {
      await context.close();
    }
  });
});
