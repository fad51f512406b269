import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { followRequestUpdates } from '../support/request-updates';
import { ResidentBrowser } from '../support/resident';
import { launchChromium } from '../support/chromium';
import { waitForMail } from '../support/mailbox';

/**
 * Every staff feature tested as the role that uses it, in the real admin panel in
 * Chromium (issue 12): not as Super Admin, not through the Document Service. A
 * caseworker of the Service team works a submission; an Editor publishes; an Author
 * saves a draft. And the admin panel talks to nothing but its own server.
 */
const cmsUrl = inject('cmsUrl');
const siteUrl = inject('siteUrl');
const logins = inject('logins');
const mailboxUrl = inject('mailboxUrl');
let browser: Browser;
const outside: string[] = [];

async function signIn(login: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(cmsUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  await page.goto(`${cmsUrl}/admin/auth/login`);
  await page.getByLabel('Email').fill(login.email);
  await page.getByLabel('Password').fill(login.password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
  return page;
}

/** A missed bin reported through the site, as a resident would, who asks for its status emails: its reference. */
async function missedBin(email: string): Promise<string> {
  const response = await fetch(`${siteUrl}/api/forms/report-a-missed-bin/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify({
      answers: {
        bin: 'recycling',
        'out-by-7am': 'yes',
        address: { line1: '3 Mill Lane', town: 'Bramblewick', postcode: 'BW1 2AB' },
        'full-name': 'Casey Resident',
        email,
      },
    }),
  });
  const receipt = ((await response.json()) as { data: { reference: string; updatesLink: string | null } }).data;
  await followRequestUpdates(new ResidentBrowser(siteUrl, '/account'), receipt, email, mailboxUrl);
  return receipt.reference;
}

const collection = (uid: string) => `${cmsUrl}/admin/content-manager/collection-types/${uid}`;
const toast = (page: Page, text: string) => page.getByText(text, { exact: true }).first().waitFor();

async function publishedServicePage(slug: string): Promise<{ documentId: string; summary: string }> {
  const response = await fetch(`${cmsUrl}/api/service-pages?filters[slug][$eq]=${slug}&fields[0]=summary`);
  const body = (await response.json()) as { data: Array<{ documentId: string; summary: string }> };
  return body.data[0]!;
}

describe.skipIf(!inject('chromium'))('staff features, each as the role that uses it', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a caseworker of the Service team changes a submission’s status with a note, and the timeline grows', async () => {
    const reference = await missedBin('casey@example.com');

    const page = await signIn(logins.serviceTeam);
    await page.goto(collection('api::form-submission.form-submission'));
    await page.getByRole('row', { name: new RegExp(reference) }).click();
    await page.getByRole('heading', { name: reference }).waitFor();
    await page.getByRole('combobox', { name: 'Case status' }).click();
    await page.getByRole('option', { name: 'In progress' }).click();
    await page.getByRole('textbox', { name: 'Note for the timeline' }).fill('Crew sent back to Mill Lane');
    await page.getByRole('button', { name: 'Save' }).click();
    await toast(page, 'Saved document');

    await page.reload();
    await page.getByRole('heading', { name: reference }).waitFor();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByText('Crew sent back to Mill Lane').waitFor();
    expect(await timeline.innerText()).toContain('In progress');
    // The note went into the timeline; the field is empty for the next one.
    expect(await page.getByRole('textbox', { name: 'Note for the timeline' }).inputValue()).toBe('');
  });

  it('a caseworker of the Service team writes to the resident: refused without a message when waiting for them, saved with one, emailed', async () => {
    const reference = await missedBin('robin@example.com');
    const page = await signIn(logins.serviceTeam);
    await page.goto(collection('api::form-submission.form-submission'));
    await page.getByRole('row', { name: new RegExp(reference) }).click();
    await page.getByRole('heading', { name: reference }).waitFor();
    const message = page.getByRole('textbox', { name: 'Message to the resident' });
    expect(await message.isEditable()).toBe(true);

    // "Waiting for the resident" must say what is needed: the error is shown on the message field, nothing is saved.
    await page.getByRole('combobox', { name: 'Case status' }).click();
    await page.getByRole('option', { name: 'Waiting for the resident' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByText(/Enter a message to the resident saying what you need from them/)
      .first()
      .waitFor();

    await page.getByRole('combobox', { name: 'Case status' }).click();
    await page.getByRole('option', { name: 'In progress' }).click();
    await message.fill('A crew will come back to Mill Lane tomorrow morning.');
    await page.getByRole('textbox', { name: 'Note for the timeline' }).fill('Driver missed the lane');
    await page.getByRole('button', { name: 'Save' }).click();
    await toast(page, 'Saved document');

    await page.reload();
    await page.getByRole('heading', { name: reference }).waitFor();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByText('Driver missed the lane', { exact: false }).waitFor();
    expect(await timeline.innerText()).toContain('A crew will come back to Mill Lane tomorrow morning.');
    expect(await message.inputValue()).toBe('');

    const mail = await waitForMail(mailboxUrl, 'robin@example.com', 'Status: In progress');
    expect(mail.subject).toContain(reference);
    expect(mail.text).toContain('A crew will come back to Mill Lane tomorrow morning.');
    expect(mail.text).not.toContain('Driver missed the lane');
  });

  it('an Editor changes a published page and publishes it; dates are typed day first', async () => {
    const before = await publishedServicePage('report-a-missed-bin');
    const page = await signIn(logins.editor);
    await page.goto(`${collection('api::service-page.service-page')}/${before.documentId}`);
    // Options in words, not stored keys.
    expect(await page.getByRole('combobox', { name: 'Of what' }).first().textContent()).toContain('Working days');
    const summary = page.getByRole('textbox', { name: 'Summary' });
    await summary.fill('Tell us if your bin was not emptied on your collection day, and we will come back.');
    // British order: 1 June 2027, not 6 January.
    const reviewBy = page.locator('input[name="reviewBy"]');
    // Typed as an editor types it, key by key, into the date field. Strapi's date picker
    // can drop keys typed while it is still opening on a busy machine (CI once kept the
    // old date): as an editor would, type it again, up to three times.
    for (let attempt = 1; ; attempt += 1) {
      await reviewBy.click();
      await reviewBy.press('ControlOrMeta+a');
      await reviewBy.pressSequentially('01/06/2027', { delay: 20 });
      await reviewBy.press('Tab');
      if (attempt === 3) {
        await expect.poll(() => reviewBy.inputValue()).toBe('01/06/2027');
        break;
      }
      const typed = await expect
        .poll(() => reviewBy.inputValue(), { timeout: 3_000 })
        .toBe('01/06/2027')
        .then(
          () => true,
          () => false,
        );
      if (typed) break;
    }
    await page.getByRole('button', { name: 'Save' }).click();
    await toast(page, 'Saved document');
    await page.getByRole('button', { name: 'Publish' }).click();
    await toast(page, 'Published document');
    const after = await publishedServicePage('report-a-missed-bin');
    expect(after.summary).toBe('Tell us if your bin was not emptied on your collection day, and we will come back.');
    // Read back from the server: the same day, 1 June 2027, shown day first.
    await page.reload();
    await expect
      .poll(() => page.locator('input[name="reviewBy"]').inputValue(), { timeout: 10_000 })
      .toBe('01/06/2027');
  });

  it('an Editor cannot publish a community hub the site could not show: the publish rule names the field', async () => {
    const hubs = async () =>
      (
        (await (
          await fetch(`${cmsUrl}/api/community-hubs?filters[slug][$eq]=kestrel-vale-community-centre&fields[0]=town`)
        ).json()) as { data: Array<{ documentId: string; town: string }> }
      ).data[0]!;
    const before = await hubs();
    const page = await signIn(logins.editor);
    await page.goto(`${collection('api::community-hub.community-hub')}/${before.documentId}`);
    // Spaces pass Strapi's own "required" check; the site could not show a hub with no town.
    await page.getByRole('textbox', { name: 'Town' }).fill('   ');
    await page.getByRole('button', { name: 'Save' }).click();
    await toast(page, 'Saved document');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page
      .getByText(/cannot be published yet/)
      .first()
      .waitFor();
    expect(await page.getByText(/Town: Enter the town/).count()).toBeGreaterThan(0);
    expect((await hubs()).town).toBe(before.town);
  });

  it('an Author writes a draft and saves it; its address follows the title; publishing is not theirs', async () => {
    const page = await signIn(logins.author);
    await page.goto(`${collection('api::service-page.service-page')}/create`);
    await page.getByRole('textbox', { name: 'Title' }).fill('Apply for a street party licence');
    await page.getByRole('textbox', { name: 'Summary' }).fill('Close your road for a street party.');
    await page.getByRole('button', { name: 'Save' }).click();
    await toast(page, 'Saved document');
    await page.waitForURL((url) => !url.pathname.endsWith('/create'));
    await page.reload();
    await page.getByRole('textbox', { name: 'Title' }).waitFor();
    expect(await page.locator('input[name="slug"]').inputValue()).toBe('apply-for-a-street-party-licence');
    expect(await page.getByRole('button', { name: 'Publish' }).isDisabled()).toBe(true);
  });

  it('the admin panel called nothing outside its own server', () => {
    expect(outside).toEqual([]);
  });
});
