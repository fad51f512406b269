/**
 * A resident completing the every-field-type form in Chromium against the built
 * site and the seeded CMS: with JavaScript (the form runner island), and without
 * it (the HTML form and the CMS's own pages), with axe on every step.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { axeViolations, axeViolationsWithoutJavaScript } from './support/browser';

const siteUrl = inject('siteUrl');
const FORM = `${siteUrl}/forms/every-field-type/`;
let browser: Browser;

/** A 1 by 1 PNG, as a resident's photo. */
const photo = path.join(os.tmpdir(), 'doorstep-e2e-photo.png');
writeFileSync(
  photo,
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
);

const axeOn = async (page: Page, where: string) => expect(await axeViolations(page), where).toEqual([]);
const axeWithoutJsOn = async (page: Page, where: string) =>
  expect(await axeViolationsWithoutJavaScript(page), where).toEqual([]);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const continueButton = (page: Page) => page.getByRole('button', { name: 'Continue' }).click();

describe.skipIf(!inject('chromium'))('web forms in the browser', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('takes a resident through every kind of question, with errors, a reload, a change and a receipt', async () => {
    const page = await (await browser.newContext({ viewport: { width: 375, height: 800 } })).newPage();
    await page.goto(FORM);
    await page.getByRole('heading', { name: 'About you' }).waitFor();
    await axeOn(page, 'first page');

    // A wrong answer first: the error summary takes focus and links to the question.
    await page.getByLabel('Full name').fill('Sam Resident');
    await page.getByLabel('Email address').fill('sam@');
    await page.getByLabel('Day').fill('27');
    await page.getByLabel('Month').fill('3');
    await page.getByLabel('Year').fill('1980');
    await continueButton(page);
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await focusedId(page)).toBe('error-summary');
    expect(await page.title()).toMatch(/^Error: /);
    expect(await summary.textContent()).toContain(
      'Enter an email address in the correct format, like name@example.com',
    );
    expect(await page.locator('#f-email-error').textContent()).toContain(
      'Enter an email address in the correct format',
    );
    await axeOn(page, 'first page with an error');
    await summary.getByRole('link', { name: /email address/ }).click();
    expect(await focusedId(page)).toBe('f-email');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('sam@example.com');
    await continueButton(page);

    await page.getByRole('heading', { name: 'Where' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.getByLabel('Postcode', { exact: true }).first().fill('bw1 2ab');
    await page.getByLabel('Address line 1').fill('1 Market Street');
    await page.getByLabel('Town or city').fill('Bramblewick');
    await page.locator('#f-address-postcode').fill('BW1 2AB');
    await axeOn(page, 'address page');
    await continueButton(page);

    await page.getByRole('heading', { name: 'The problem' }).waitFor();
    await page.getByLabel('Something else').check();
    await page.getByLabel('Area').selectOption('north');
    await page.getByLabel('Email', { exact: true }).check();
    await page.getByLabel('Post', { exact: true }).check();
    await page.getByLabel('How many times has this happened?').fill('3');
    await page.getByRole('group', { name: 'Is it dangerous?' }).getByLabel('No').check();
    await axeOn(page, 'choices page');
    await continueButton(page);

    // "Something else" routes through a page only some residents see.
    await page.getByRole('heading', { name: 'Tell us more' }).waitFor();
    await page.getByLabel('Describe the problem').fill('Broken bench on the verge');

    // A reload mid-form loses nothing: same page, earlier answers still there.
    await page.reload();
    await page.getByRole('heading', { name: 'Tell us more' }).waitFor();
    await page.getByLabel('Describe the problem').fill('Broken bench on the verge');
    await page.getByRole('link', { name: 'Back' }).click();
    await page.getByRole('heading', { name: 'The problem' }).waitFor();
    expect(await page.getByLabel('Something else').isChecked()).toBe(true);
    expect(await page.getByLabel('How many times has this happened?').inputValue()).toBe('3');
    await continueButton(page);
    await page.getByRole('heading', { name: 'Tell us more' }).waitFor();
    expect(await page.getByLabel('Describe the problem').inputValue()).toBe('Broken bench on the verge');
    await continueButton(page);

    await page.getByRole('heading', { name: 'Photo' }).waitFor();
    await page.getByLabel('Upload a photo').setInputFiles(photo);
    await continueButton(page);

    // Check your answers, then change one answer and come straight back.
    await page.getByRole('heading', { name: 'Check your answers before sending your form' }).waitFor();
    await axeOn(page, 'check your answers');
    const row = (question: string) => page.locator('.govuk-summary-list__row', { hasText: question });
    expect(await row('Date of birth').locator('dd').first().textContent()).toBe('27 March 1980');
    expect(await row('How can we contact you?').locator('dd').first().textContent()).toBe('EmailPost');
    await row('Postcode').getByRole('link', { name: 'Change postcode' }).click();
    await page.getByRole('heading', { name: 'Where' }).waitFor();
    await page.getByLabel('Postcode', { exact: true }).first().fill('BW2 3CD');
    await continueButton(page);
    await page.getByRole('heading', { name: 'Check your answers before sending your form' }).waitFor();
    expect(await row('Postcode').locator('dd').first().textContent()).toBe('BW2 3CD');

    await page.getByRole('button', { name: 'Accept and send' }).click();
    await page.getByRole('heading', { name: 'Form sent' }).waitFor();
    expect(await page.locator('#submission-reference').textContent()).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(await page.locator('#reply-by').textContent()).toMatch(/^We aim to reply by \d{1,2} \w+ \d{4}\.$/);
    await axeOn(page, 'confirmation');
    // Sent answers are not left on the device.
    expect(await page.evaluate(() => localStorage.getItem('doorstep.form.every-field-type'))).not.toContain('Sam');
  });

  it('stops at an exit page when an answer means the form cannot be used', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${siteUrl}/forms/report-a-missed-bin/`);
    await page.getByLabel('Recycling (blue bin)').check();
    await page
      .getByRole('group', { name: /out by 7am/ })
      .getByLabel('No')
      .check();
    await continueButton(page);
    await page.getByRole('heading', { name: 'We cannot collect bins that were not out by 7am' }).waitFor();
    await axeOn(page, 'exit page');
    // What to do instead is a link, not a path written out.
    expect(await page.getByRole('link', { name: '/services/check-your-bin-collection-day/' }).count()).toBe(1);
    // Opening the form again: the question that led there, answer kept, not the exit page again.
    await page.goto(`${siteUrl}/forms/report-a-missed-bin/`);
    await page.getByRole('group', { name: /out by 7am/ }).waitFor();
    expect(await page.getByRole('heading', { name: 'We cannot collect bins that were not out by 7am' }).count()).toBe(
      0,
    );
    expect(
      await page
        .getByRole('group', { name: /out by 7am/ })
        .getByLabel('No')
        .isChecked(),
    ).toBe(true);
  });

  it('works without JavaScript: errors come back with the answers kept, then a confirmation', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(FORM);
    await axeWithoutJsOn(page, 'form without JavaScript');
    await page.getByLabel('Full name').fill('Nojs Resident');
    await page.getByLabel('Email address').fill('nojs@example.com');
    await page.getByLabel('Day').fill('1');
    await page.getByLabel('Month').fill('2');
    await page.getByLabel('Year').fill('1990');
    await page.getByLabel('Postcode', { exact: true }).first().fill('not a postcode');
    await page.getByLabel('Address line 1').fill('2 Mill Lane');
    await page.getByLabel('Town or city').fill('Bramblewick');
    await page.locator('#f-address-postcode').fill('BW1 2AB');
    await page.getByLabel('Litter').check();
    await page.getByLabel('Area').selectOption('south');
    await page.getByLabel('Phone', { exact: true }).check();
    await page.getByLabel('How many times has this happened?').fill('2');
    await page.locator('#f-dangerous-2').check();
    await page.getByRole('button', { name: 'Send' }).click();

    await page.locator('.govuk-error-summary').waitFor();
    expect(await page.title()).toMatch(/^Error: /);
    // The CMS's answer is still the site: its menu and its footer, a way on from here.
    expect(await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Contact us' }).count()).toBe(
      1,
    );
    expect(await page.locator('footer').getByRole('link', { name: 'A to Z of services' }).count()).toBe(1);
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Enter a real postcode, like AA1 1AA');
    expect(await page.getByLabel('Full name').inputValue()).toBe('Nojs Resident');
    expect(await page.getByLabel('Litter').isChecked()).toBe(true);
    await axeWithoutJsOn(page, 'errors without JavaScript');

    await page.getByLabel('Postcode', { exact: true }).first().fill('BW1 2AB');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('heading', { name: 'Form sent' }).waitFor();
    expect(await page.locator('#submission-reference').textContent()).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await axeWithoutJsOn(page, 'confirmation without JavaScript');
  });

  it('fills in what the page that links to a form already knows', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${siteUrl}/forms/report-a-verge-problem/?verge-reference=BW-V-0042&street=Mill+Lane`);
    await page.getByLabel('Grass is overgrown or blocking a view').check();
    await page
      .getByRole('group', { name: /dangerous/ })
      .getByLabel('No')
      .check();
    await continueButton(page);
    expect(await page.getByLabel('Street name').inputValue()).toBe('Mill Lane');
  });
});
