/**
 * A home page that knows you (issue 16), in Chromium against the built site and the
 * seeded CMS: a signed-in resident sees their open request first on the home page,
 * fetched by the home page's small script; with JavaScript off the home page shows
 * nothing of theirs and the account page shows the panel; a resident whose street's
 * bins were collected yesterday (or, on a Monday, on Friday: the time a missed bin can
 * be reported) sees "Report a missed bin" first; axe on the home page signed in and
 * out, and on the account page.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dayOfWeek, ukDate } from '@doorstep/domain';
import { reportableDays } from '../../cms/src/account/home-bins';
import { launchChromium } from '../support/chromium';
import type { ReceivedMail } from '../support/mailbox';
import { axeViolations, axeViolationsWithoutJavaScript, headings, skippedHeadingLevels } from './support/browser';
import { adminToken } from '../support/admin';

const siteUrl = inject('siteUrl');
const cmsUrl = inject('cmsUrl');
const mailboxUrl = inject('mailboxUrl');
const logins = inject('logins');
let browser: Browser;

async function codeFor(to: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const mails = ((await (await fetch(mailboxUrl)).json()) as ReceivedMail[]).filter(
      (mail) => mail.to.includes(to) && /sign-in code/.test(mail.subject),
    );
    const code = /^(\d{6})$/m.exec(mails[mails.length - 1]?.text ?? '')?.[1];
    if (code) return code;
    if (Date.now() > deadline) throw new Error(`No sign-in code for ${to} within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function signIn(page: Page, email: string, next: string): Promise<void> {
  await page.goto(`${siteUrl}/account/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Sign in to your account').fill(email);
  await page.getByRole('button', { name: 'Email me a code' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  await page.getByLabel('Code').fill(await codeFor(email));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.pathname === next);
}

interface Street {
  streetName: string;
  locality: string;
  postcode: string;
  usrn: number;
}

/** Streets the council cuts grass on, from the CMS's public API. */
async function vergeStreets(): Promise<Street[]> {
  const response = await fetch(`${cmsUrl}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      query:
        '{ verges(pagination: { pageSize: 40 }, sort: ["reference:asc"], filters: { postcodes: { notNull: true } }) { streetName locality postcodes usrn } }',
    }),
  });
  const { verges } = (
    (await response.json()) as { data: { verges: Array<Omit<Street, 'postcode'> & { postcodes: string }> } }
  ).data;
  return verges.map((verge) => ({ ...verge, postcode: verge.postcodes.split(', ')[0]! }));
}

/** A round for the street, published through the admin API as an editor would: its bins went out on `collected`. */
async function publishBinRound(street: Street, collected: string): Promise<void> {
  const token = await adminToken(cmsUrl, logins.admin);
  const firstCollection = new Date(Date.parse(`${collected}T12:00:00Z`) - 28 * 86_400_000).toISOString().slice(0, 10);
  const data = {
    usrn: street.usrn,
    streetName: street.streetName,
    locality: street.locality,
    postcodes: street.postcode,
    services: [{ bin: 'rubbish', colour: 'black', weekday: dayOfWeek(collected), everyWeeks: 1, firstCollection }],
    exceptions: [],
  };
  // The demo council has a round for most streets already: change it, as an editor would, or make one.
  const rounds = `${cmsUrl}/content-manager/collection-types/api::bin-round.bin-round`;
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
  const found = await fetch(`${rounds}?${new URLSearchParams({ 'filters[usrn][$eq]': String(street.usrn) })}`, {
    headers,
  });
  expect(found.status, await found.clone().text()).toBe(200);
  const existing = ((await found.json()) as { results: Array<{ documentId: string }> }).results[0];
  const published = await fetch(`${rounds}/${existing ? `${existing.documentId}/` : ''}actions/publish`, {
    method: 'POST',
    headers,
    body: JSON.stringify(data),
  });
  expect(published.status, await published.clone().text()).toBeLessThan(300);
}

async function signInWithAddress(page: Page, email: string, name: string, street: Street): Promise<void> {
  await signIn(page, email, '/account/details');
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Address line 1').fill(`8 ${street.streetName}`);
  await page.getByLabel('Town or city').fill(street.locality);
  await page.getByLabel('Postcode').fill(street.postcode);
  await page.getByRole('button', { name: 'Save your details' }).click();
  await page.getByText('Your details are saved').waitFor();
}

const axeOn = async (page: Page, where: string, javaScript = true) =>
  expect(await (javaScript ? axeViolations(page) : axeViolationsWithoutJavaScript(page)), where).toEqual([]);

describe.skipIf(!inject('chromium'))('a home page that knows you', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('puts a signed-in resident’s open request first on the home page; without JavaScript, only on the account page', async () => {
    const signedOut = await (await browser.newContext()).newPage();
    await signedOut.goto(`${siteUrl}/`);
    await expect(signedOut.locator('#home-panel').textContent()).resolves.toContain('Sign in to see your requests');
    await axeOn(signedOut, 'home page, signed out');

    const context = await browser.newContext();
    const page = await context.newPage();
    const email = `home-${randomUUID().slice(0, 8)}@residents.example`;
    const [street] = await vergeStreets();
    await signInWithAddress(page, email, 'Rowan Home-Panel', street!);
    const sent = await context.request.post(`${siteUrl}/api/forms/blue-badge-enquiry/submissions`, {
      headers: { 'Idempotency-Key': randomUUID(), Origin: siteUrl },
      data: { answers: { topic: 'renewal', question: 'When does my badge run out?', 'full-name': 'Rowan', email } },
    });
    expect(sent.status()).toBe(201);
    const { reference } = ((await sent.json()) as { data: { reference: string } }).data;

    await page.goto(`${siteUrl}/`);
    const panel = page.locator('section[data-home-panel]');
    await panel.waitFor();
    // First on the page: straight after the council's name, before the search and the top tasks.
    const order = await page.$$eval('main h1 ~ *', (elements) =>
      elements.map((element) => element.id || element.tagName),
    );
    expect(order[0]).toBe('home-panel');
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Your requests and your street');
    await expect(panel.getByRole('link', { name: new RegExp(reference) }).getAttribute('href')).resolves.toBe(
      `/account/requests/${reference}`,
    );
    await expect(panel.textContent()).resolves.toContain(`${street!.streetName}, ${street!.locality}`);
    // Nothing took the focus, and the headings still step down one level at a time.
    await expect(page.evaluate(() => document.activeElement === document.body)).resolves.toBe(true);
    expect(skippedHeadingLevels(await headings(page))).toEqual([]);
    await axeOn(page, 'home page, signed in');

    // The same resident without JavaScript: the static page, then the panel on the account page.
    const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState() });
    const plain = await noScript.newPage();
    await plain.goto(`${siteUrl}/`);
    const html = await plain.content();
    for (const secret of [reference, email, 'Rowan', street!.postcode]) expect(html).not.toContain(secret);
    await plain.getByRole('link', { name: 'Sign in to see your requests' }).click();
    await plain.waitForURL(`${siteUrl}/account/`);
    await expect(plain.locator('section[data-home-panel]').textContent()).resolves.toContain(reference);
    await axeOn(plain, 'account page with the panel, without JavaScript', false);
    await noScript.close();
    await context.close();
  });

  it('puts "Report a missed bin" first for a resident whose bins were collected in the time to report one', async () => {
    const streets = await vergeStreets();
    const first = streets[0]!;
    // Another street than the first test's, so its resident's panel starts with their request.
    const street = streets.find(
      (candidate) => candidate.usrn !== first.usrn && candidate.streetName !== first.streetName,
    )!;
    const collected = reportableDays(ukDate(new Date())).at(-1)!;
    await publishBinRound(street, collected);

    const context = await browser.newContext();
    const page = await context.newPage();
    await signInWithAddress(page, `bins-${randomUUID().slice(0, 8)}@residents.example`, 'Ash Bins', street);
    await page.goto(`${siteUrl}/`);
    const panel = page.locator('section[data-home-panel]');
    await panel.waitFor();
    // The first thing after the panel's heading: the button to report it.
    const opening = await panel.evaluate(
      (section) => section.querySelector('h2')?.nextElementSibling?.textContent ?? '',
    );
    expect(opening).toContain('Your bins were collected');
    await expect(panel.getByRole('button', { name: 'Report a missed bin' }).getAttribute('href')).resolves.toBe(
      '/forms/report-a-missed-bin/',
    );
    await expect(panel.textContent()).resolves.toContain('Your bin day');
    await axeOn(page, 'home page, signed in, bins collected yesterday');

    await page.goto(`${siteUrl}/account/`);
    await expect(page.locator('section[data-home-panel]').textContent()).resolves.toContain('Report a missed bin');
    await axeOn(page, 'account page with the panel');
    await context.close();
  });
});
