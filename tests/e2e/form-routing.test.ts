import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { axeViolations } from './support/browser';
import { adminToken, signInToAdmin } from '../support/admin';

/**
 * Routing conditions chosen, not typed (issue 17, item 6), in the real admin panel as
 * the Editor: a page's condition offers the form's earlier questions with a fixed list
 * of answers, by their labels, then that question's answers; the choice is saved as
 * the names and values the form has always stored.
 */
const cmsUrl = inject('cmsUrl');
const logins = inject('logins');
const FORMS = 'api::form-definition.form-definition';
const suffix = Date.now().toString(36);
const TITLE = `Garden waste problems ${suffix}`;
let browser: Browser;
let token = '';

async function adminApi(method: string, path: string, body?: unknown) {
  const response = await fetch(`${cmsUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data: Record<string, unknown> } };
}

/** A draft form whose second page shows only for garden waste: its document id. */
async function draftForm(): Promise<string> {
  const created = await adminApi('POST', `/content-manager/collection-types/${FORMS}`, {
    title: TITLE,
    slug: `garden-waste-problems-${suffix}`,
    checkAnswers: true,
    confirmation: 'We have your report.',
    retentionDays: 365,
    questions: [
      {
        __component: 'form.radios',
        name: 'bin-type',
        label: 'Which bin was missed?',
        optional: false,
        options: [
          { value: 'garden-waste', label: 'Garden waste' },
          { value: 'recycling', label: 'Recycling' },
        ],
      },
      { __component: 'form.short-text', name: 'street', label: 'Your street', optional: false },
      {
        __component: 'form.page-break',
        pageId: 'garden',
        title: 'About your garden waste',
        showIf: [{ field: 'bin-type', equals: 'garden-waste' }],
      },
      { __component: 'form.short-text', name: 'bin-size', label: 'Bin size', optional: false },
    ],
  });
  expect(created.status).toBe(201);
  return String(created.body.data.documentId);
}

const signInAsEditor = (): Promise<Page> =>
  signInToAdmin(browser, cmsUrl, logins.editor, { width: 1280, height: 1000 });

describe.skipIf(!inject('chromium'))('routing conditions in the admin panel, as the Editor', () => {
  beforeAll(async () => {
    browser = await launchChromium();
    token = await adminToken(cmsUrl, logins.editor);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('offers the earlier questions and their answers by label, and saves the choice', async () => {
    const documentId = await draftForm();
    const page = await signInAsEditor();
    await page.goto(`${cmsUrl}/admin/content-manager/collection-types/${FORMS}/${documentId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await openCondition(page);

    const question = page.getByRole('combobox', { name: /^Question/ });
    await question.waitFor();
    // Only the question with a fixed list of answers above the page: not the street, nor the later bin size.
    expect(await question.locator('option').allTextContents()).toEqual([
      'Choose a question',
      'Which bin was missed? (bin-type)',
    ]);
    expect(await question.inputValue()).toBe('bin-type');
    const answer = page.getByRole('combobox', { name: /^Answer/ });
    expect(await answer.locator('option').allTextContents()).toEqual([
      'Choose an answer',
      'Garden waste (garden-waste)',
      'Recycling (recycling)',
    ]);
    expect(await axeViolations(page, { include: '[id^="routing-questions"]' })).toEqual([]);

    await answer.selectOption('recycling');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved document', { exact: true }).first().waitFor();
    const saved = await adminApi('GET', `/content-manager/collection-types/${FORMS}/${documentId}`);
    const questions = saved.body.data.questions as Array<{ showIf?: Array<{ field: string; equals: string }> }>;
    expect(questions[2]?.showIf).toEqual([expect.objectContaining({ field: 'bin-type', equals: 'recycling' })]);
    await page.context().close();
  });
});

/** Opens the page break's entry in the questions, then its condition. */
async function openCondition(page: Page): Promise<void> {
  await page
    .getByRole('button', { name: /About your garden waste|garden/ })
    .first()
    .click();
  await page
    .getByRole('button', { name: /bin-type/ })
    .first()
    .click();
}
