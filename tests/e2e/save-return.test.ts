/**
 * Save and come back later (issue 15), in Chromium against the built site and the
 * seeded CMS: a long form started in one browser, saved, then resumed and sent from a
 * fresh one, by signing in and by a guest's emailed link; with JavaScript and
 * without; axe on every account and saved-form page on the way.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import type { ReceivedMail } from '../support/mailbox';
import { axeViolations, axeViolationsWithoutJavaScript } from './support/browser';

const siteUrl = inject('siteUrl');
const mailboxUrl = inject('mailboxUrl');
const FORM = `${siteUrl}/forms/every-field-type/`;
let browser: Browser;

const address = (who: string) => `${who}-${randomUUID().slice(0, 8)}@residents.example`;
const axeOn = async (page: Page, where: string, javaScript: boolean) =>
  expect(await (javaScript ? axeViolations(page) : axeViolationsWithoutJavaScript(page)), where).toEqual([]);

/** The newest email to an address whose subject says `about`, after `since` of them. */
async function mailTo(to: string, about: RegExp, since = 0): Promise<ReceivedMail> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const mails = ((await (await fetch(mailboxUrl)).json()) as ReceivedMail[]).filter(
      (mail) => mail.to.includes(to) && about.test(mail.subject),
    );
    const latest = mails[mails.length - 1];
    if (mails.length > since && latest) return latest;
    if (Date.now() > deadline) throw new Error(`No email to ${to} about ${about} within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const codeIn = (mail: ReceivedMail) => /^(\d{6})$/m.exec(mail.text)?.[1] ?? '';
const resumeLinkIn = (mail: ReceivedMail) => /(https?:\/\/\S+\/account\/resume\?\S+)/.exec(mail.text)?.[1] ?? '';

async function newContext(javaScript: boolean): Promise<BrowserContext> {
  return browser.newContext({ javaScriptEnabled: javaScript });
}

/** Signs in with the emailed code, landing on `next`. */
async function signIn(page: Page, email: string, next: string, javaScript: boolean): Promise<void> {
  await page.goto(`${siteUrl}/account/sign-in?next=${encodeURIComponent(next)}`);
  await axeOn(page, 'sign-in page', javaScript);
  await page.getByLabel('Sign in to your account').fill(email);
  await page.getByRole('button', { name: 'Email me a code' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  await axeOn(page, 'check your email', javaScript);
  const mail = await mailTo(email, /sign-in code/);
  await page.getByLabel('Code').fill(codeIn(mail));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.pathname === next);
}

/** The first page of the form, in the island or on the one-page form without JavaScript. */
async function fillAboutYou(page: Page, name: string): Promise<void> {
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Email address').fill('resident@example.com');
  await page.getByLabel('Day').fill('27');
  await page.getByLabel('Month').fill('3');
  await page.getByLabel('Year').fill('1980');
}

async function fillWhere(page: Page): Promise<void> {
  await page.getByLabel('Postcode', { exact: true }).first().fill('BW1 2AB');
  await page.getByLabel('Address line 1').fill('1 Market Street');
  await page.getByLabel('Town or city').fill('Bramblewick');
  await page.locator('#f-address-postcode').fill('BW1 2AB');
}

async function fillProblem(page: Page): Promise<void> {
  await page.getByLabel('Litter').check();
  await page.getByLabel('Area').selectOption('south');
  await page.getByLabel('Phone', { exact: true }).check();
  await page.getByLabel('How many times has this happened?').fill('2');
  await page.locator('#f-dangerous-2').check();
}

const cont = (page: Page) => page.getByRole('button', { name: 'Continue', exact: true }).click();

/** With JavaScript: from wherever the island is, on through the pages to the receipt. */
async function finishInIsland(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'About you' }).waitFor();
  await cont(page);
  await page.getByRole('heading', { name: 'Where' }).waitFor();
  await fillWhere(page);
  await cont(page);
  await page.getByRole('heading', { name: 'The problem' }).waitFor();
  await fillProblem(page);
  await cont(page);
  await page.getByRole('heading', { name: 'Photo' }).waitFor();
  await cont(page);
  await page.getByRole('button', { name: 'Accept and send' }).click();
  await page.locator('#submission-reference').waitFor();
}

describe.skipIf(!inject('chromium'))('save and come back later', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('with JavaScript, signed in: saved on one browser, resumed and sent on a fresh one', async () => {
    const email = address('js-account');
    const first = await (await newContext(true)).newPage();
    await signIn(first, email, '/forms/every-field-type/', true);
    await first.getByRole('heading', { name: 'About you' }).waitFor();
    await fillAboutYou(first, 'Jess Account');
    // Saved to the account as the resident goes, without pressing anything.
    const savedName = () =>
      first.evaluate(async () => {
        const response = await fetch('/account/drafts/every-field-type', { headers: { Accept: 'application/json' } });
        return response.ok
          ? ((await response.json()) as { data: { answers: Record<string, unknown> } }).data.answers['full-name']
          : null;
      });
    await expect.poll(savedName, { timeout: 10_000 }).toBe('Jess Account');
    await first.getByRole('button', { name: 'Save and come back later' }).click();
    await first.getByRole('heading', { name: 'Save your answers and come back later' }).waitFor();
    await axeOn(first, 'save step, signed in', true);
    await first.getByRole('button', { name: 'Save your answers' }).click();
    await first.getByRole('heading', { name: 'Your answers have been saved' }).waitFor();
    await axeOn(first, 'saved, signed in', true);

    const second = await (await newContext(true)).newPage();
    await signIn(second, email, '/account/', true);
    expect(await second.getByText('Forms you have not finished').count()).toBe(1);
    await axeOn(second, 'account home with a saved form', true);
    await second.goto(FORM);
    await second.getByText(/We have filled in the answers you saved/).waitFor();
    expect(await second.getByLabel('Full name').inputValue()).toBe('Jess Account');
    await axeOn(second, 'form with the saved answers', true);
    await finishInIsland(second);
    await second.goto(`${siteUrl}/account/`);
    expect(await second.getByText('Forms you have not finished').count()).toBe(0);
  });

  it('with JavaScript, as a guest: saved with an email address, resumed from the link on a fresh browser', async () => {
    const email = address('js-guest');
    const first = await (await newContext(true)).newPage();
    await first.goto(FORM);
    await first.getByRole('heading', { name: 'About you' }).waitFor();
    await fillAboutYou(first, 'Gwen Guest');
    await first.getByRole('button', { name: 'Save and come back later' }).click();
    await first.getByLabel('Email address').fill(email);
    await axeOn(first, 'save step, guest', true);
    await first.getByRole('button', { name: 'Save and send the link' }).click();
    await first.getByRole('heading', { name: 'Check your email' }).waitFor();
    await axeOn(first, 'link sent, guest', true);

    const link = resumeLinkIn(await mailTo(email, /go back to your form/));
    const second = await (await newContext(true)).newPage();
    await second.goto(link);
    await axeOn(second, 'resume page', true);
    await second.getByRole('button', { name: 'Continue' }).click();
    await second.getByText('These are the answers you saved').waitFor();
    expect(await second.getByLabel('Full name').inputValue()).toBe('Gwen Guest');
    await axeOn(second, 'resumed form', true);
    await fillWhere(second);
    await fillProblem(second);
    await second.getByRole('button', { name: 'Send' }).click();
    await second.locator('#submission-reference').waitFor();
  });

  it('without JavaScript, signed in: saved from the form, resumed from the account on a fresh browser and sent', async () => {
    const email = address('nojs-account');
    const first = await (await newContext(false)).newPage();
    await signIn(first, email, '/forms/every-field-type/', false);
    await fillAboutYou(first, 'Nico Account');
    await first.getByLabel('Address line 1').fill('2 Mill Lane');
    await first.getByRole('button', { name: 'Save and come back later' }).click();
    await first.getByRole('heading', { name: 'Your answers have been saved' }).waitFor();
    await axeOn(first, 'saved without JavaScript', false);

    const second = await (await newContext(false)).newPage();
    await signIn(second, email, '/account/', false);
    await axeOn(second, 'account home with a saved form, without JavaScript', false);
    await second.getByRole('link', { name: /Continue.*Every field type/ }).click();
    await second.getByText('These are the answers you saved').waitFor();
    expect(await second.getByLabel('Full name').inputValue()).toBe('Nico Account');
    expect(await second.getByLabel('Address line 1').inputValue()).toBe('2 Mill Lane');
    await axeOn(second, 'form from the account, without JavaScript', false);
    await fillWhere(second);
    await fillProblem(second);
    await second.getByRole('button', { name: 'Send' }).click();
    await second.locator('#submission-reference').waitFor();
    await second.goto(`${siteUrl}/account/`);
    expect(await second.getByText('Forms you have not finished').count()).toBe(0);
  });

  it('without JavaScript, as a guest: an email address, then the link on a fresh browser, once', async () => {
    const email = address('nojs-guest');
    const first = await (await newContext(false)).newPage();
    await first.goto(FORM);
    await fillAboutYou(first, 'Nell Guest');
    await first.getByRole('button', { name: 'Save and come back later' }).click();
    await first.getByRole('heading', { name: 'Save your answers and come back later' }).waitFor();
    await axeOn(first, 'email address for the link', false);
    await first.getByRole('button', { name: 'Save and send the link' }).click();
    await first.locator('.govuk-error-summary').waitFor();
    await axeOn(first, 'email address missing', false);
    await first.getByLabel('Email address').fill(email);
    await first.getByRole('button', { name: 'Save and send the link' }).click();
    await first.getByRole('heading', { name: 'Check your email' }).waitFor();
    await axeOn(first, 'link sent without JavaScript', false);

    const link = resumeLinkIn(await mailTo(email, /go back to your form/));
    const second = await (await newContext(false)).newPage();
    await second.goto(link);
    await axeOn(second, 'resume page without JavaScript', false);
    await second.getByRole('button', { name: 'Continue' }).click();
    expect(await second.getByLabel('Full name').inputValue()).toBe('Nell Guest');
    await fillWhere(second);
    await fillProblem(second);
    await second.getByRole('button', { name: 'Send' }).click();
    await second.locator('#submission-reference').waitFor();

    const third = await (await newContext(false)).newPage();
    await third.goto(link);
    await third.getByRole('button', { name: 'Continue' }).click();
    await third.locator('.govuk-error-summary').waitFor();
    expect(await third.getByText('The code is not right, or it has expired').count()).toBeGreaterThan(0);
    await axeOn(third, 'a used link', false);
  });
});
