import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { waitForMail } from '../support/mailbox';
import { followRequestUpdates } from '../support/request-updates';
import { ResidentBrowser } from '../support/resident';
import { signInToAdmin } from '../support/admin';

/**
 * A case, not JSON (issue 15), worked in the real admin panel in Chromium as the
 * Service team role, not as Super Admin (issue 12's lesson): the list with its
 * columns and a status filter, the answers as a summary list, the timeline as a list,
 * a file downloaded, a status change with a message and a note saved and emailed,
 * and a sign-in email sent again for the resident.
 */
const cmsUrl = inject('cmsUrl');
const siteUrl = inject('siteUrl');
const logins = inject('logins');
const mailboxUrl = inject('mailboxUrl');
const SUBMISSIONS = `${cmsUrl}/admin/content-manager/collection-types/api::form-submission.form-submission`;
let browser: Browser;

/** The smallest real PNG: a 1 by 1 pixel. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** A damaged verge reported with a photo, as a browser posts it: its reference. */
async function vergeProblemWithPhoto(email: string): Promise<string> {
  const form = new FormData();
  form.set(
    '_answers',
    JSON.stringify({
      problem: 'damaged',
      dangerous: 'no',
      street: 'Mill Lane',
      details: 'Tyre ruts across the verge by the school gate',
      'full-name': 'Jo Resident',
      email,
    }),
  );
  form.set('photo', new Blob([PNG], { type: 'image/png' }), 'verge.png');
  const response = await fetch(`${cmsUrl}/api/forms/report-a-verge-problem/submissions`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Idempotency-Key': randomUUID() },
    body: form,
  });
  expect(response.status, await response.clone().text()).toBe(201);
  const receipt = ((await response.json()) as { data: { reference: string; updatesLink: string | null } }).data;
  // The resident asks for its status emails, as the confirmation page offers (issue 16).
  await followRequestUpdates(new ResidentBrowser(siteUrl, '/account'), receipt, email, mailboxUrl);
  return receipt.reference;
}

const signInAsServiceTeam = (): Promise<Page> => signInToAdmin(browser, cmsUrl, logins.serviceTeam);

/** The list filtered by case status, as the list's Filters menu writes it in the address. */
const filteredByStatus = (status: string) => `${SUBMISSIONS}?page=1&filters[$and][0][caseStatus][$eq]=${status}`;

describe.skipIf(!inject('chromium'))('a case worked by the Service team in the admin panel', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists cases with their columns, filters by status, and works one from its answers to a saved, emailed status', async () => {
    const email = `jo.${randomUUID().slice(0, 8)}@example.com`;
    const reference = await vergeProblemWithPhoto(email);
    const page = await signInAsServiceTeam();

    // The list: reference, form, status, submitted, reply-by and late.
    await page.goto(filteredByStatus('received'));
    const row = page.getByRole('row', { name: new RegExp(reference) });
    await row.waitFor();
    const headers = await page.locator('thead').innerText();
    for (const column of ['Reference', 'Form', 'Status', 'Submitted', 'Reply by', 'Late']) {
      expect(headers, column).toMatch(new RegExp(`^${column}$`, 'im'));
    }
    expect(await row.innerText()).toContain('Report a problem with a grass verge');
    // Filtered to closed cases, the admin asks for closed ones only, and this one is not among them.
    const closedList = page.waitForResponse((response) =>
      /^[^:]+:\/\/[^/]+\/content-manager\/.*form-submission\?.*caseStatus.*closed/.test(
        decodeURIComponent(response.url()),
      ),
    );
    await page.goto(filteredByStatus('closed'));
    expect(JSON.stringify(await (await closedList).json())).not.toContain(reference);
    expect(await page.getByRole('row', { name: new RegExp(reference) }).count()).toBe(0);

    // The case: the answers as a summary list, in the questions' words.
    await page.goto(filteredByStatus('received'));
    await page.getByRole('row', { name: new RegExp(reference) }).click();
    await page.getByRole('heading', { name: reference }).waitFor();
    const answers = page.locator('dl[aria-labelledby="case-field-answers"]');
    await answers.getByText('Street name').waitFor();
    const answersText = await answers.innerText();
    expect(answersText).toContain('Verge is damaged, for example by vehicles');
    expect(answersText).toContain('Mill Lane');
    expect(answersText).not.toContain('{');

    // The photo, downloaded through the admin route.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download verge\.png/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('verge.png');
    expect((await readFile(await download.path())).equals(PNG)).toBe(true);

    // A status, a message to the resident and an internal note, saved.
    await page.getByRole('combobox', { name: 'Case status' }).click();
    await page.getByRole('option', { name: 'In progress' }).click();
    await page.getByRole('textbox', { name: 'Message to the resident' }).fill('We will repair the verge on Friday.');
    await page.getByRole('textbox', { name: 'Note for the timeline' }).fill('Ruts from the delivery van, charge them');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved document', { exact: true }).first().waitFor();

    await page.reload();
    await page.getByRole('heading', { name: reference }).waitFor();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByText('We will repair the verge on Friday.').waitFor();
    const timelineText = await timeline.innerText();
    expect(timelineText).toContain('In progress');
    expect(timelineText).toContain('Internal note: Ruts from the delivery van, charge them');
    expect(await timeline.getByRole('listitem').count()).toBe(2);

    const mail = await waitForMail(mailboxUrl, email, 'Status: In progress');
    expect(mail.text).toContain('We will repair the verge on Friday.');
    expect(mail.text).not.toContain('charge them');

    await page.goto(filteredByStatus('in-progress'));
    await page.getByRole('row', { name: new RegExp(reference) }).waitFor();
  });

  it('sends the resident a new sign-in email from the case, and says so', async () => {
    const email = `sam.${randomUUID().slice(0, 8)}@example.com`;
    const reference = await vergeProblemWithPhoto(email);
    const page = await signInAsServiceTeam();
    await page.goto(filteredByStatus('received'));
    await page.getByRole('row', { name: new RegExp(reference) }).click();
    await page.getByRole('heading', { name: reference }).waitFor();

    await page.getByRole('button', { name: 'Resend sign-in email' }).click();
    await page.getByRole('status').getByText(`Sign-in email sent to ${email}`).waitFor();
    const mail = await waitForMail(mailboxUrl, email, 'Your sign-in code');
    expect(mail.text).toMatch(/\b\d{6}\b/);

    await page.reload();
    await page
      .getByRole('list', { name: 'Timeline' })
      .getByText('Internal note: Sent the resident a sign-in email')
      .waitFor();
  });
});
