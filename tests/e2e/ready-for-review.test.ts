import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { waitForMail } from '../support/mailbox';
import { axeViolations } from './support/browser';
import { adminToken, signInToAdmin, type AdminLogin } from '../support/admin';

/**
 * Authors and publishers (issue 17, item 5) in the real admin panel in Chromium, each
 * as itself: the Author edits their draft and asks for review with a note; the Editor,
 * in a browser context of their own, finds it in "Ready for review", opens it and
 * publishes it, and it leaves the list; or sends it back with a note the Author then
 * sees, beside the draft and by email. axe checks what Doorstep adds to the admin.
 */
const cmsUrl = inject('cmsUrl');
const logins = inject('logins');
const mailboxUrl = inject('mailboxUrl');
const INFO = 'api::info-page.info-page';
const suffix = Date.now().toString(36);
const TITLE = `Visiting the council offices ${suffix}`;
const SLUG = `visiting-the-council-offices-${suffix}`;
const NOTE = 'New opening hours from January.';
let browser: Browser;

const signIn = (login: AdminLogin): Promise<Page> => signInToAdmin(browser, cmsUrl, login);

/** The Author's admin token, for what they did before the test looks. */
const authorToken = (): Promise<string> => adminToken(cmsUrl, logins.author);

/** A draft information page the Author wrote earlier (saved in the content manager as them): its document id. */
async function authorsDraft(title: string, slug: string): Promise<string> {
  const created = await fetch(`${cmsUrl}/content-manager/collection-types/${INFO}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await authorToken()}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      title,
      slug,
      summary: 'When the council offices are open.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Open Monday to Friday.' }] }],
      showInFooter: false,
      owner: 'customer-services@bramblewick.example',
    }),
  });
  expect(created.status).toBe(201);
  return ((await created.json()) as { data: { documentId: string } }).data.documentId;
}

const editView = (documentId: string) => `${cmsUrl}/admin/content-manager/collection-types/${INFO}/${documentId}`;
const toast = (page: Page, text: string) => page.getByText(text, { exact: true }).first().waitFor();

describe.skipIf(!inject('chromium'))('authors and publishers in the admin panel', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('an Author asks for review with a note; the Editor finds it ready for review and publishes it', async () => {
    const documentId = await authorsDraft(TITLE, SLUG);

    const author = await signIn(logins.author);
    await author.goto(editView(documentId));
    await author.getByRole('textbox', { name: 'summary' }).fill('When the council offices are open, from January.');
    const ask = author.getByRole('button', { name: 'Ask for review' });
    // Unsaved edits are not what the Editor would see: save first.
    await ask.waitFor();
    expect(await ask.isDisabled()).toBe(true);
    await author.getByRole('button', { name: 'Save' }).click();
    await toast(author, 'Saved document');
    await author.getByRole('textbox', { name: 'Note for the reviewer (optional)' }).fill(NOTE);
    await ask.click();
    await author.getByRole('status').filter({ hasText: 'Asked for review.' }).waitFor();
    await author.getByText(/^Asked for review by Demo Author on /).waitFor();
    expect(await author.getByText(/Waiting for an Editor to review and publish it/).count()).toBe(1);
    expect(await axeViolations(author, { include: '#doorstep-review-request' })).toEqual([]);
    // Publishing, and the list of what is ready for review, are the Editor's.
    expect(await author.getByRole('button', { name: 'Publish' }).isDisabled()).toBe(true);
    expect(await author.getByRole('link', { name: 'Ready for review' }).count()).toBe(0);
    await author.context().close();

    const editor = await signIn(logins.editor);
    await editor.getByRole('link', { name: 'See everything ready for review' }).waitFor();
    await editor.getByRole('link', { name: 'Ready for review' }).first().click();
    await editor.getByRole('heading', { level: 1, name: 'Ready for review' }).waitFor();
    const table = editor.getByRole('table', { name: /ready for review/ });
    const row = table.getByRole('row', { name: new RegExp(TITLE) });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Title',
      'Type',
      'Asked by',
      'Asked on',
      'Note',
    ]);
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      'Information page',
      'Demo Author',
      expect.stringMatching(/^\d{1,2} \w+ \d{4} at \d{2}:\d{2}$/),
      NOTE,
    ]);
    expect(await axeViolations(editor, { include: '#doorstep-ready-for-review' })).toEqual([]);
    const around = await axeViolations(editor, { exclude: '#doorstep-ready-for-review' });
    if (around.length > 0) console.log(`Strapi's own admin around "Ready for review": ${around.join('; ')}`);

    await row.getByRole('link', { name: TITLE }).click();
    await editor.waitForURL(new RegExp(`collection-types/${INFO}/${documentId}`));
    await editor.getByText(/^Asked for review by Demo Author on /).waitFor();
    expect(await editor.getByText(`Note: ${NOTE}`).count()).toBe(1);
    expect(await axeViolations(editor, { include: '#doorstep-review-request' })).toEqual([]);
    await editor.getByRole('button', { name: 'Publish' }).click();
    await toast(editor, 'Published document');
    // Publishing cleared the request: the panel reads it again, and the list no longer has it.
    await expect.poll(() => editor.getByText(/^Asked for review by Demo Author/).count(), { timeout: 10_000 }).toBe(0);
    const live = await fetch(`${cmsUrl}/api/info-pages?filters[slug][$eq]=${SLUG}&fields[0]=summary`);
    expect(((await live.json()) as { data: Array<{ summary: string }> }).data[0]?.summary).toBe(
      'When the council offices are open, from January.',
    );

    await editor.getByRole('link', { name: 'Ready for review' }).first().click();
    await editor.getByRole('heading', { level: 1, name: 'Ready for review' }).waitFor();
    await editor
      .locator('#doorstep-ready-for-review')
      .getByText(/ready for review|Nothing is waiting/)
      .first()
      .waitFor();
    expect(await editor.getByRole('row', { name: new RegExp(TITLE) }).count()).toBe(0);
    await editor.context().close();
  });

  it('an Editor sends a draft back with a note, which its Author sees beside it, and may ask again', async () => {
    const title = `Council tax discounts ${suffix}`;
    const documentId = await authorsDraft(title, `council-tax-discounts-${suffix}`);
    const asked = await fetch(`${cmsUrl}/doorstep/review-requests/info-page/${documentId}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await authorToken()}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ note: 'Is the single person discount right?' }),
    });
    expect(asked.status).toBe(200);

    const editor = await signIn(logins.editor);
    await editor.goto(editView(documentId));
    await editor.getByText('Note: Is the single person discount right?').waitFor();
    await editor.getByRole('textbox', { name: 'What to change' }).fill('Say it is 25% off, and link to the form.');
    await editor.getByRole('button', { name: 'Send back' }).click();
    await editor.getByRole('status').filter({ hasText: 'Sent back to Demo Author.' }).waitFor();
    expect(await axeViolations(editor, { include: '#doorstep-review-request' })).toEqual([]);
    await editor.goto(`${cmsUrl}/admin/ready-for-review`);
    await editor
      .locator('#doorstep-ready-for-review')
      .getByText(/ready for review|Nothing is waiting/)
      .first()
      .waitFor();
    expect(await editor.getByRole('row', { name: new RegExp(title) }).count()).toBe(0);
    await editor.context().close();

    const author = await signIn(logins.author);
    await author.goto(editView(documentId));
    await author.getByText(/^Sent back by Demo Editor on .+: Say it is 25% off, and link to the form\.$/).waitFor();
    // And by email, to the address the Author asked from, with the link back to the draft.
    const mail = await waitForMail(mailboxUrl, logins.author.email, `Sent back: ${title}`);
    expect(mail.text).toContain('Say it is 25% off, and link to the form.');
    expect(mail.text).toContain(editView(documentId).replace(cmsUrl, ''));
    expect(await author.getByRole('button', { name: 'Ask for review' }).isEnabled()).toBe(true);
    expect(await axeViolations(author, { include: '#doorstep-review-request' })).toEqual([]);
    await author.context().close();
  });
});
