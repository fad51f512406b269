import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { axeViolations } from './support/browser';
import { keepScreenshot } from '../support/screenshots';
import { adminToken, signInToAdmin, type AdminLogin } from '../support/admin';

/**
 * History (issue 17, item 3) in the real admin panel in Chromium, as the Editor: edit a
 * page and save it; open its history from the side panel; compare the two versions
 * side by side (the changed summary shown both ways); restore the older one and find
 * its words back in the draft. axe checks what Doorstep adds; Strapi's own violations
 * around it are listed, not failed.
 */
const cmsUrl = inject('cmsUrl');
const logins = inject('logins');
const INFO = 'api::info-page.info-page';
const suffix = Date.now().toString(36);
const TITLE = `Registering a birth ${suffix}`;
const OLD_SUMMARY = 'How to register a birth in Bramblewick.';
const NEW_SUMMARY = 'How to register a birth in Bramblewick, and what to bring.';
let browser: Browser;

const signIn = (login: AdminLogin): Promise<Page> => signInToAdmin(browser, cmsUrl, login);

/** A draft information page the Editor saved earlier, through the content manager: its document id. */
async function editorsDraft(): Promise<string> {
  const token = await adminToken(cmsUrl, logins.editor);
  const created = await fetch(`${cmsUrl}/content-manager/collection-types/${INFO}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      title: TITLE,
      slug: `registering-a-birth-${suffix}`,
      summary: OLD_SUMMARY,
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Book an appointment first.' }] }],
      showInFooter: false,
      owner: 'registrars@bramblewick.example',
    }),
  });
  expect(created.status).toBe(201);
  return ((await created.json()) as { data: { documentId: string } }).data.documentId;
}

async function strapisOwn(page: Page, doorstepPart: string, what: string): Promise<void> {
  const around = await axeViolations(page, { exclude: doorstepPart });
  if (around.length > 0) console.log(`Strapi's own admin around ${what}: ${around.join('; ')}`);
}

describe.skipIf(!inject('chromium'))('history in the admin panel', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the Editor saves an edit, compares it with the version before, and restores the older one', async () => {
    const documentId = await editorsDraft();
    const editor = await signIn(logins.editor);
    // Strapi's own history address (a paid feature, "Whoops!" in Community Edition) opens Doorstep's.
    await editor.goto(`${cmsUrl}/admin/content-manager/collection-types/${INFO}/${documentId}/history`);
    await editor.getByRole('heading', { level: 1, name: `History: ${TITLE}` }).waitFor();
    expect(await editor.getByText('Whoops').count()).toBe(0);
    await editor.goto(`${cmsUrl}/admin/content-manager/collection-types/${INFO}/${documentId}`);
    const summary = editor.getByRole('textbox', { name: 'summary' });
    await summary.fill(NEW_SUMMARY);
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.getByText('Saved document', { exact: true }).first().waitFor();
    // Dismissed, as an editor would, so it does not sit over the pages that follow.
    await editor.getByRole('button', { name: 'Close' }).first().click();
    await editor.getByText('Saved document', { exact: true }).waitFor({ state: 'detached' });

    // The side panel, where Strapi's paid History would be, leads to Doorstep's.
    const panel = editor.locator('#doorstep-history-panel');
    await panel
      .getByText(/^Saved by Demo Editor, /)
      .first()
      .waitFor();
    expect(await axeViolations(editor, { include: '#doorstep-history-panel' })).toEqual([]);
    await panel.getByRole('link', { name: 'See the history, compare versions or restore one' }).click();

    await editor.getByRole('heading', { level: 1, name: `History: ${TITLE}` }).waitFor();
    const versions = editor.getByRole('table', { name: '2 versions' });
    await versions.waitFor();
    expect(await versions.getByRole('row').count()).toBe(3);
    expect(await versions.getByRole('checkbox', { checked: true }).count()).toBe(2);
    expect(await axeViolations(editor, { include: '#doorstep-document-history' })).toEqual([]);
    await strapisOwn(editor, '#doorstep-document-history', 'the history');
    await editor.getByRole('button', { name: 'Compare the 2 chosen versions' }).click();

    await editor.getByRole('heading', { level: 1, name: `Compare versions: ${TITLE}` }).waitFor();
    const row = editor.locator('tr[data-field="summary"]');
    await row.waitFor();
    expect(await row.getByRole('rowheader').textContent()).toBe('SummaryChanged');
    const [older, newer] = await row.getByRole('cell').allTextContents();
    expect(older).toBe(`Removed: ${OLD_SUMMARY}`);
    expect(newer).toBe(`Added: ${NEW_SUMMARY}`);
    expect(await row.locator('del').textContent()).toContain(OLD_SUMMARY);
    expect(await row.locator('ins').textContent()).toContain(NEW_SUMMARY);
    // Rich text reads as words, and an unchanged field is not marked.
    const body = editor.locator('tr[data-field="body"]');
    expect(await body.getByRole('cell').allTextContents()).toEqual([
      'Book an appointment first.',
      'Book an appointment first.',
    ]);
    expect(await editor.getByText('1 field changed: Summary.', { exact: false }).count()).toBe(1);
    expect(await axeViolations(editor, { include: '#doorstep-compare' })).toEqual([]);
    await strapisOwn(editor, '#doorstep-compare', 'the comparison');
    await keepScreenshot(editor, 'history-compare.png');

    const olderColumn = editor.getByRole('columnheader', { name: /^Older version/ });
    await olderColumn.getByRole('button', { name: 'Restore this version' }).click();
    await olderColumn
      .getByRole('status')
      .getByText(/^Restored as the draft\./)
      .waitFor();
    await olderColumn.getByRole('link', { name: 'Open the draft' }).click();
    await editor.waitForURL(new RegExp(`collection-types/${INFO}/${documentId}`));
    await expect.poll(() => editor.getByRole('textbox', { name: 'summary' }).inputValue()).toBe(OLD_SUMMARY);
    await editor
      .locator('#doorstep-history-panel')
      .getByText(/^Restored an earlier version by Demo Editor, /)
      .waitFor();
    // "History" in the edit view's menu, where Strapi's paid Content History would be, opens Doorstep's.
    await editor.getByRole('button', { name: 'More actions' }).click();
    await editor.getByRole('menuitem', { name: 'History' }).click();
    await editor.getByRole('heading', { level: 1, name: `History: ${TITLE}` }).waitFor();
    const three = editor.getByRole('table', { name: '3 versions' });
    await three.waitFor();
    // Restored from the list (the edited version again): the list shows the new version at once.
    const edited = three.getByRole('row').filter({ hasText: 'Saved' }).first();
    const editedAt = await edited.getByRole('rowheader').textContent();
    await edited.getByRole('button', { name: 'Restore this version' }).click();
    const four = editor.getByRole('table', { name: '4 versions' });
    await four.waitFor();
    expect(await four.getByRole('row').nth(1).getByRole('cell').nth(1).textContent()).toBe(
      'Restored an earlier version',
    );
    const restoredRow = four.getByRole('row').filter({ has: editor.getByRole('rowheader', { name: editedAt! }) });
    await restoredRow
      .getByRole('status')
      .getByText(/^Restored as the draft\./)
      .waitFor();
    expect(await axeViolations(editor, { include: '#doorstep-document-history' })).toEqual([]);
    await editor.context().close();
  });
});
