import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longDate, ukDate } from '@doorstep/domain';
import type * as Reminders from '../../cms/src/reviews/reminders';
import { addMonths } from '../../cms/src/reviews/dates';
import { CMS_DIR } from '../../scripts/lib/cms/paths';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { startMailbox, type Mailbox, type ReceivedMail } from '../support/mailbox';
import { adminToken } from '../support/admin';

/**
 * Review dates and owners (issue 17, item 4; cms/src/reviews): the default review-by
 * date on publish, "Mark as reviewed" as the roles that may and may not, the "Due for
 * review" list and the reminder emails, once each. The reminders are queued through
 * the compiled CMS's own module (the one Strapi loaded), with "today" chosen here.
 */
const require = createRequire(import.meta.url);
const reminders = require(path.join(CMS_DIR, 'dist/src/reviews/reminders.js')) as typeof Reminders;

const EDITOR = { email: 'editor@reviews.example', password: 'Editor-password-1' };
const AUTHOR = { email: 'author@reviews.example', password: 'Author-password-1' };
const CASEWORKER = { email: 'caseworker@reviews.example', password: 'Caseworker-password-1' };
const PAGES = 'api::service-page.service-page';
const INFO = 'api::info-page.info-page';
const paragraph = [{ type: 'paragraph', children: [{ type: 'text', text: 'Words' }] }];

let cms: TestCms;
let mailbox: Mailbox;
const tokens = { editor: '', author: '', caseworker: '' };
const today = ukDate(new Date());
const aYearOn = addMonths(today, 12);

const route = (suffix: string, token?: string, method = 'GET') =>
  fetch(`${cms.url}/doorstep/reviews/${suffix}`, {
    method,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });

/** Both versions of a document, as stored. */
const versions = async (uid: typeof PAGES | typeof INFO, documentId: string) =>
  (await cms.strapi.db.query(uid).findMany({ where: { documentId }, orderBy: { publishedAt: 'asc' } })) as Array<{
    reviewBy: string | null;
    publishedAt: string | null;
    updatedAt: string;
  }>;

/** What the admin's edit view shows beside the title: "Published", "Modified" or "Draft". */
async function adminStatus(documentId: string): Promise<string> {
  const response = await fetch(`${cms.url}/content-manager/collection-types/${PAGES}/${documentId}`, {
    headers: { Authorization: `Bearer ${tokens.editor}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { status: string } }).data.status;
}

async function newServicePage(slug: string, data: Record<string, unknown> = {}): Promise<string> {
  const [area] = await cms.strapi.documents('api::service-area.service-area').findMany({ status: 'published' });
  const [level] = await cms.strapi.documents('api::support-level.support-level').findMany({ status: 'published' });
  const created = await cms.strapi.documents(PAGES).create({
    data: {
      title: `Review test ${slug}`,
      slug,
      summary: 'A page to review',
      body: paragraph,
      taskType: 'information',
      isTopTask: false,
      serviceArea: area!.documentId,
      supportLevel: level!.documentId,
      owner: `${slug}@reviews.example`,
      ...data,
    } as never,
  });
  return created.documentId;
}

const mailTo = async (address: string): Promise<ReceivedMail[]> =>
  ((await (await fetch(mailbox.url)).json()) as ReceivedMail[]).filter((mail) => mail.to.includes(address));

/** Waits until every reminder queued so far has been sent (the job records each), then reads the owner's emails. */
async function sentTo(address: string): Promise<ReceivedMail[]> {
  const started = Date.now();
  const unsent = async () =>
    Number((await cms.strapi.db.connection('doorstep_review_reminders').whereNull('sent_at').count({ n: '*' }))[0]?.n);
  while ((await unsent()) !== 0) {
    if (Date.now() - started > 30_000) throw new Error('The reminders were not all sent');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // The mailbox has its copy once the job recorded the send.
  return mailTo(address);
}

beforeAll(async () => {
  mailbox = await startMailbox();
  cms = await startCms({
    seed: true,
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mailbox.smtpPort),
      SMTP_IGNORE_TLS: 'true',
      SMTP_FROM: 'forms@bramblewick.example',
      JOBS_POLL_MS: '100',
      EDITOR_EMAIL: EDITOR.email,
      EDITOR_PASSWORD: EDITOR.password,
      AUTHOR_EMAIL: AUTHOR.email,
      AUTHOR_PASSWORD: AUTHOR.password,
      SERVICE_TEAM_EMAIL: CASEWORKER.email,
      SERVICE_TEAM_PASSWORD: CASEWORKER.password,
    },
  });
  tokens.editor = await adminToken(cms.url, EDITOR);
  tokens.author = await adminToken(cms.url, AUTHOR);
  tokens.caseworker = await adminToken(cms.url, CASEWORKER);
});

afterAll(async () => {
  await cms?.stop();
  await mailbox?.close();
});

describe('the review-by date on publish', () => {
  it('is 12 months after the publish date when left empty, on both versions of a service page', async () => {
    const documentId = await newServicePage('default-review-date');
    await cms.strapi.documents(PAGES).publish({ documentId });
    expect((await versions(PAGES, documentId)).map((version) => version.reviewBy)).toEqual([aYearOn, aYearOn]);
    expect(await adminStatus(documentId)).toBe('published');
  });

  it('is kept when the editor set one, and given to an information page published in one step', async () => {
    const kept = await newServicePage('chosen-review-date', { reviewBy: '2027-09-01' });
    await cms.strapi.documents(PAGES).publish({ documentId: kept });
    expect((await versions(PAGES, kept)).map((version) => version.reviewBy)).toEqual(['2027-09-01', '2027-09-01']);
    const info = await cms.strapi.documents(INFO).create({
      data: {
        title: 'Cookies',
        slug: 'cookies-review-test',
        summary: 'Cookies',
        body: paragraph,
        showInFooter: false,
        owner: 'web@reviews.example',
      } as never,
      status: 'published',
    });
    expect((await versions(INFO, info.documentId)).map((version) => version.reviewBy)).toEqual([aYearOn, aYearOn]);
  });
});

describe('"Mark as reviewed"', () => {
  it('moves the date 12 months on for both versions, records who, and leaves the page unmodified', async () => {
    const documentId = await newServicePage('mark-reviewed', { reviewBy: '2026-01-31' });
    await cms.strapi.documents(PAGES).publish({ documentId });
    expect(await adminStatus(documentId)).toBe('published');
    const response = await route(`service-page/${documentId}/reviewed`, tokens.editor, 'POST');
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { reviewBy: string; lastReview: { by: string } } };
    expect(data).toMatchObject({ reviewBy: aYearOn, lastReview: { by: 'Demo Editor' } });
    expect((await versions(PAGES, documentId)).map((version) => version.reviewBy)).toEqual([aYearOn, aYearOn]);
    expect(await adminStatus(documentId)).toBe('published');
  });

  it('keeps a page with unpublished changes "Modified"', async () => {
    const documentId = await newServicePage('mark-reviewed-modified', { reviewBy: '2026-02-01' });
    await cms.strapi.documents(PAGES).publish({ documentId });
    await cms.strapi.documents(PAGES).update({ documentId, data: { summary: 'Changed, not yet published' } as never });
    expect(await adminStatus(documentId)).toBe('modified');
    expect((await route(`service-page/${documentId}/reviewed`, tokens.editor, 'POST')).status).toBe(200);
    expect(await adminStatus(documentId)).toBe('modified');
  });

  it('is open to an Author on their own page only, as the content manager lets them edit; so is the list', async () => {
    const created = await fetch(`${cms.url}/content-manager/collection-types/${INFO}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokens.author}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: 'The Author’s own page',
        slug: 'authors-own-reviewed-page',
        summary: 'Written by the Author',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'What the Author wrote.' }] }],
        showInFooter: false,
        owner: 'web@review.example',
        reviewBy: '2026-02-02',
      }),
    });
    expect(created.status).toBe(201);
    const own = ((await created.json()) as { data: { documentId: string } }).data.documentId;
    await cms.strapi.documents(INFO).publish({ documentId: own });
    // "Due for review" lists an Author only what they may open: their own page, not the council's others.
    const due = await route('due', tokens.author);
    expect(due.status).toBe(200);
    const listed = ((await due.json()) as { data: { pages: Array<{ documentId: string }> } }).data.pages;
    expect(listed.map((page) => page.documentId)).toEqual([own]);
    const editors = ((await (await route('due', tokens.editor)).json()) as { data: { pages: unknown[] } }).data.pages;
    expect(editors.length).toBeGreaterThan(1);
    expect((await route(`info-page/${own}`, tokens.author)).status).toBe(200);
    expect((await route(`info-page/${own}/reviewed`, tokens.author, 'POST')).status).toBe(200);
    expect((await versions(INFO, own)).map((version) => version.reviewBy)).toEqual([aYearOn, aYearOn]);

    const others = await newServicePage('mark-reviewed-not-authors', { reviewBy: '2026-02-03' });
    expect((await route(`service-page/${others}`, tokens.author)).status).toBe(403);
    expect((await route(`service-page/${others}/reviewed`, tokens.author, 'POST')).status).toBe(403);
    expect((await versions(PAGES, others))[0]?.reviewBy).toBe('2026-02-03');
  });

  it('is refused to the Service team and to a caller who is not signed in; an unknown page is 404', async () => {
    const documentId = await newServicePage('mark-reviewed-refused', { reviewBy: '2026-03-01' });
    expect((await route(`service-page/${documentId}/reviewed`, tokens.caseworker, 'POST')).status).toBe(403);
    expect((await route(`service-page/${documentId}/reviewed`, undefined, 'POST')).status).toBe(401);
    expect((await route('service-page/nosuchpage/reviewed', tokens.editor, 'POST')).status).toBe(404);
    expect((await route(`verge/${documentId}/reviewed`, tokens.editor, 'POST')).status).toBe(404);
    expect((await versions(PAGES, documentId))[0]?.reviewBy).toBe('2026-03-01');
  });
});

describe('"Due for review"', () => {
  it('lists live pages due within a month or past, most overdue first, and is refused to the Service team', async () => {
    const response = await route('due', tokens.editor);
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as {
      data: { today: string; pages: Array<{ title: string; reviewBy: string; overdue: boolean; type: string }> };
    };
    expect(data.today).toBe(today);
    const dates = data.pages.map((page) => page.reviewBy);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((date) => date <= addMonths(today, 1))).toBe(true);
    // The demo council has pages overdue and due soon, of both types.
    expect(data.pages.some((page) => page.overdue)).toBe(true);
    expect(data.pages.some((page) => !page.overdue)).toBe(true);
    expect(data.pages.find((page) => page.title === 'Accessibility statement')?.type).toBe('info-page');
    expect((await route('due', tokens.caseworker)).status).toBe(403);
    expect((await route('due')).status).toBe(401);
  });
});

describe('reminders to the owner', () => {
  it('sends one email a month before and one when overdue, however often the job runs', async () => {
    const documentId = await newServicePage('reminded', { reviewBy: '2027-03-15' });
    await cms.strapi.documents(PAGES).publish({ documentId });
    const owner = 'reminded@reviews.example';
    expect(await reminders.queueReminders(cms.strapi, '2027-02-20')).toBeGreaterThan(0);
    await reminders.queueReminders(cms.strapi, '2027-02-21');
    const monthBefore = await sentTo(owner);
    expect(monthBefore.map((mail) => mail.subject)).toEqual(['Review due by 15 March 2027: Review test reminded']);
    expect(monthBefore[0]?.text).toContain(`/content-manager/collection-types/${PAGES}/${documentId}`);
    await reminders.queueReminders(cms.strapi, '2027-03-16');
    await reminders.queueReminders(cms.strapi, '2027-03-17');
    expect((await sentTo(owner)).map((mail) => mail.subject)).toEqual([
      'Review due by 15 March 2027: Review test reminded',
      'Review overdue: Review test reminded',
    ]);
  });

  it('sends nothing for a page not yet due, and reminds again after "Mark as reviewed" moves the date', async () => {
    const documentId = await newServicePage('not-due', { reviewBy: addMonths(today, 3) });
    await cms.strapi.documents(PAGES).publish({ documentId });
    const owner = 'not-due@reviews.example';
    await reminders.queueReminders(cms.strapi, today);
    expect(await sentTo(owner)).toEqual([]);
    await route(`service-page/${documentId}/reviewed`, tokens.editor, 'POST');
    await reminders.queueReminders(cms.strapi, addMonths(aYearOn, -1));
    expect((await sentTo(owner)).map((mail) => mail.subject)).toEqual([
      `Review due by ${longDate(aYearOn)}: Review test not-due`,
    ]);
  });
});
