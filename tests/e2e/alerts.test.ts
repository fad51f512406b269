import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays } from '@doorstep/domain';
import { launchChromium } from '../support/chromium';
import { waitForMail, type ReceivedMail } from '../support/mailbox';
import { axeViolations, axeViolationsWithoutJavaScript } from './support/browser';
import { reportMissedBin } from './support/forms';
import { adminToken } from '../support/admin';

/**
 * Street alerts (issue 16), in Chromium without JavaScript (the pages need none): two
 * guests subscribe from a street's verge page and confirm from the emailed links; the
 * CMS's clock (cms/src/clock.ts, through global-setup's file) moves to the week before
 * the street's next cut and the daily run, every 5 seconds here, emails each of them
 * once; one stops with the one-click POST a mail client makes, the other with the
 * landing page's button, neither signed in; a week on, neither hears again. axe checks
 * every page and state on the way. And request alerts: a guest asks for a request's
 * status emails from the confirmation page, with JavaScript and without, confirms by
 * email, and hears of the caseworker's next update once.
 */
const siteUrl = inject('siteUrl');
const cmsUrl = inject('cmsUrl');
const mailboxUrl = inject('mailboxUrl');
const clockFile = inject('clockFile');
const logins = inject('logins');
let browser: Browser;

/** The daily run's period here (global-setup), and enough of them for a repeat to have shown. */
const DAILY_RUN_MS = 5_000;

async function expectAccessible(page: Page, state: string): Promise<void> {
  expect(await axeViolationsWithoutJavaScript(page), `axe on ${state}`).toEqual([]);
}

interface Street {
  usrn: number;
  path: string;
  cuts: string[];
}

/** Scheduled cut dates on a street, from the public GraphQL API. */
async function scheduledCuts(usrn: number): Promise<string[]> {
  const response = await fetch(`${cmsUrl}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      query: `query ($usrn: Int) { verges(filters: { usrn: { eq: $usrn } }, pagination: { limit: 100 }) { cuts { scheduledFrom status } } }`,
      variables: { usrn },
    }),
  });
  const body = (await response.json()) as {
    data: { verges: Array<{ cuts: Array<{ scheduledFrom: string; status: string }> }> };
  };
  const dates = body.data.verges.flatMap((verge) =>
    verge.cuts.filter((cut) => cut.status === 'scheduled').map((cut) => cut.scheduledFrom),
  );
  return [...new Set(dates)].sort();
}

/** The first street in the A to Z whose page offers alerts and which has two cuts to come. */
async function aStreet(page: Page): Promise<Street> {
  await page.goto(`${siteUrl}/verges/streets/`);
  const paths = await page.$$eval('main a', (links) =>
    links.map((link) => link.getAttribute('href') ?? '').filter((href) => /^\/verges\/streets\/[^/]+\/$/.test(href)),
  );
  for (const path of paths.slice(0, 30)) {
    await page.goto(`${siteUrl}${path}`);
    const offered = page.locator('input[name="street"]');
    if ((await offered.count()) === 0) continue;
    const usrn = Number(await offered.getAttribute('value'));
    const cuts = await scheduledCuts(usrn);
    if (cuts.length >= 2) return { usrn, path, cuts };
  }
  throw new Error('No street in the first 30 offers alerts and has two cuts to come');
}

async function subscribeAsGuest(page: Page, street: Street, email: string, checkEveryState: boolean): Promise<void> {
  await page.goto(`${siteUrl}${street.path}`);
  if (checkEveryState) await expectAccessible(page, 'the street page with its alerts form');
  await page.getByRole('button', { name: 'Get email alerts for this street' }).click();
  await page.getByRole('heading', { name: /^Get email alerts for / }).waitFor();
  if (checkEveryState) {
    await expectAccessible(page, 'the subscribe page');
    await page.getByRole('button', { name: 'Get email alerts' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expectAccessible(page, 'the subscribe page with an error');
    await page.getByRole('link', { name: 'Enter your email address' }).waitFor();
  }
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Get email alerts' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  if (checkEveryState) await expectAccessible(page, 'check your email');

  const mail = await waitForMail(mailboxUrl, email, 'Confirm your email alerts');
  const link = /(https?:\/\/\S+\/account\/alerts\/confirm\?token=[A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  expect(link?.startsWith(siteUrl)).toBe(true);
  await page.goto(link!);
  await page.getByRole('heading', { name: 'Confirm your email alerts' }).waitFor();
  if (checkEveryState) await expectAccessible(page, 'the confirmation link’s page');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByRole('heading', { name: 'Your email alerts are on' }).waitFor();
  if (checkEveryState) await expectAccessible(page, 'alerts confirmed');
}

async function alertsTo(email: string): Promise<ReceivedMail[]> {
  const mails = (await (await fetch(mailboxUrl)).json()) as ReceivedMail[];
  return mails.filter((mail) => mail.to.includes(email) && / next week$/.test(mail.subject));
}

const unsubscribeLink = (mail: ReceivedMail) =>
  /(https?:\/\/\S+\/account\/alerts\/unsubscribe\/[A-Za-z0-9_-]{43})/.exec(mail.text)?.[1] ?? '';

describe.skipIf(!inject('chromium'))('street alerts, end to end', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    writeFileSync(clockFile, '');
    await browser?.close();
  });

  it(
    'a guest subscribes and confirms; a week before the cut the email comes once; one-click and the landing page both stop it',
    { timeout: 180_000 },
    async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        // Until the test says, a day after the season: no cut is due, so confirming sends nothing yet.
        writeFileSync(clockFile, '2030-01-07');
        const street = await aStreet(page);
        expect(street.cuts.length).toBeGreaterThanOrEqual(2);
        const [first, second] = street.cuts as [string, string];
        const oneClick = `alerts-one-click-${Date.now()}@example.com`;
        const landing = `alerts-landing-${Date.now()}@example.com`;
        await subscribeAsGuest(page, street, oneClick, true);
        await subscribeAsGuest(page, street, landing, false);

        // The week before the street's first scheduled cut: each hears once, however often the run goes.
        writeFileSync(clockFile, addDays(first, -6));
        const [mail] = await Promise.all(
          [oneClick, landing].map((email) => waitForMail(mailboxUrl, email, 'next week', 30_000)),
        );
        await new Promise((resolve) => setTimeout(resolve, 3 * DAILY_RUN_MS));
        expect(await alertsTo(oneClick)).toHaveLength(1);
        expect(await alertsTo(landing)).toHaveLength(1);

        // RFC 8058 one-click, as a mail client sends it: no cookie, no form token, no sign-in.
        const stopped = await fetch(unsubscribeLink(mail!), {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: 'List-Unsubscribe=One-Click',
        });
        expect(stopped.status).toBe(200);
        expect(await stopped.text()).toContain('You will not get these alerts any more');

        // The landing page: a GET shows a button, which stops them.
        const [landingMail] = await alertsTo(landing);
        await page.goto(unsubscribeLink(landingMail!));
        await page.getByRole('heading', { name: 'Stop email alerts' }).waitFor();
        await expectAccessible(page, 'the unsubscribe landing page');
        await page.getByRole('button', { name: 'Stop these alerts' }).click();
        await page.getByRole('heading', { name: 'You will not get these alerts any more' }).waitFor();
        await expectAccessible(page, 'unsubscribed');

        // A week on, the next cut: neither hears again.
        writeFileSync(clockFile, addDays(second, -6));
        await new Promise((resolve) => setTimeout(resolve, 3 * DAILY_RUN_MS));
        expect(await alertsTo(oneClick)).toHaveLength(1);
        expect(await alertsTo(landing)).toHaveLength(1);
      } finally {
        await context.close();
      }
    },
  );

  it('offers a street’s alerts from its postcode page too, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const street = await aStreet(page);
      await page.goto(`${siteUrl}${street.path}`);
      const title = (await page.getByRole('heading', { level: 1 }).innerText()).replace(/^Grass verges on /, '');
      await page.locator('main a[href^="/verges/postcodes/"]').first().click();
      await page.getByRole('heading', { name: /^Grass verges in / }).waitFor();
      await expectAccessible(page, 'a postcode page with its streets’ alerts');
      const offer = page.getByRole('link', { name: `email alerts for ${title}` }).first();
      expect(await offer.getAttribute('href')).toBe(`/account/alerts/subscribe?street=${street.usrn}`);
      await offer.click();
      await page.getByRole('heading', { name: `Get email alerts for ${title}` }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('a guest asks for status emails from the confirmation page, with JavaScript and without, and hears of the next update once', async () => {
    const caseworker = await adminToken(cmsUrl, logins.serviceTeam);
    for (const javaScript of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled: javaScript });
      try {
        const page = await context.newPage();
        const email = `request-alerts-${javaScript ? 'js' : 'nojs'}@example.com`;
        const reference = await reportMissedBin(page, siteUrl, { javaScript, email, street: '12 Mill Lane' });
        const state = `the confirmation page offering updates (${javaScript ? 'with' : 'without'} JavaScript)`;
        await page.getByRole('heading', { name: 'Get updates by email' }).waitFor();
        expect(javaScript ? await axeViolations(page) : await axeViolationsWithoutJavaScript(page), state).toEqual([]);
        await page.getByRole('link', { name: 'Get email updates on this request' }).click();
        await page.getByRole('heading', { name: 'Get email updates on your request' }).waitFor();
        expect(await page.locator('main').innerText()).toContain(reference);
        await expectAccessible(page, 'the offer’s page');
        await page.getByRole('button', { name: 'Send me the link' }).click();
        await page.getByRole('heading', { name: 'Check your email' }).waitFor();

        const mail = await waitForMail(mailboxUrl, email, `updates your request ${reference}`);
        const link = /(https?:\/\/\S+\/account\/alerts\/confirm\?token=[A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
        expect(link?.startsWith(siteUrl)).toBe(true);
        await page.goto(link!);
        await page.getByRole('button', { name: 'Confirm' }).click();
        await page.getByRole('heading', { name: 'Your email alerts are on' }).waitFor();
        expect(await page.locator('main').innerText()).toContain('We will email you each time we update this request');
        await expectAccessible(page, 'request alerts confirmed');

        await setInProgress(caseworker, reference, 'A crew is on its way back to Mill Lane.');
        const update = await waitForMail(mailboxUrl, email, 'Status: In progress');
        expect(update.text).toContain('A crew is on its way back to Mill Lane.');
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        const updates = ((await (await fetch(mailboxUrl)).json()) as ReceivedMail[]).filter(
          (sent) => sent.to.includes(email) && sent.text.includes('Status: In progress'),
        );
        expect(updates).toHaveLength(1);
      } finally {
        await context.close();
      }
    }
  });
});

/** A caseworker's save, through the content manager's own API as the Service team (the admin UI's path is tests/e2e/case-view). */
async function setInProgress(token: string, reference: string, messageToResident: string): Promise<void> {
  const uid = 'api::form-submission.form-submission';
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const found = await fetch(
    `${cmsUrl}/content-manager/collection-types/${uid}?filters[$and][0][reference][$eq]=${reference}`,
    { headers },
  );
  const { results } = (await found.json()) as { results: Array<{ documentId: string }> };
  expect(results).toHaveLength(1);
  const saved = await fetch(`${cmsUrl}/content-manager/collection-types/${uid}/${results[0]!.documentId}`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({ caseStatus: 'in-progress', messageToResident }),
  });
  expect(saved.status, await saved.clone().text()).toBe(200);
}
