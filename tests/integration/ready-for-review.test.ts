import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { startMailbox, waitForMail, type Mailbox, type ReceivedMail } from '../support/mailbox';
import { adminCall, adminToken } from '../support/admin';

/**
 * Authors and publishers (issue 17, item 5; cms/src/review-requests): the review
 * request routes as the Author who asks and the Editor who publishes or sends back,
 * each signed in as itself; what each may not do; and bad input, never a 5xx.
 * Documents are written through the content manager's own routes, as the admin
 * writes them, so an Author's drafts are theirs ("is creator").
 */
const EDITOR = { email: 'editor@ready.example', password: 'Editor-password-1' };
const AUTHOR = { email: 'author@ready.example', password: 'Author-password-1' };
const CASEWORKER = { email: 'caseworker@ready.example', password: 'Caseworker-password-1' };
const EDITORS_EMAIL = 'web-team@ready.example';
const INFO = 'api::info-page.info-page';
const HUB = 'api::community-hub.community-hub';
const body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Words' }] }];

let cms: TestCms;
let mailbox: Mailbox;
const tokens = { editor: '', author: '', caseworker: '' };
type Role = keyof typeof tokens;

interface Request {
  state: 'waiting' | 'sent-back';
  askedBy: string;
  askedAt: string;
  note: string | null;
  sentBack: { by: string; at: string; note: string } | null;
}
interface Waiting {
  type: string;
  typeLabel: string;
  documentId: string;
  title: string;
  askedBy: string;
  note: string | null;
}

/** A call to the admin API as `role` (or signed out); `raw` is sent as it is. */
const call = (role: Role | null, method: string, path: string, payload?: unknown, raw?: string) =>
  adminCall(cms.url, role ? tokens[role] : null, method, path, payload, raw);

const requests = (suffix = '') => `/doorstep/review-requests${suffix}`;
const ask = (role: Role | null, documentId: string, payload: unknown = {}, type = 'info-page') =>
  call(role, 'POST', requests(`/${type}/${documentId}`), payload);
const stateOf = async (role: Role, documentId: string, type = 'info-page') => {
  const response = await call(role, 'GET', requests(`/${type}/${documentId}`));
  expect(response.status).toBe(200);
  return response.body.data as { request: Request | null; mayAsk: boolean; mayPublish: boolean };
};
const waiting = async (): Promise<Waiting[]> => {
  const response = await call('editor', 'GET', requests());
  expect(response.status).toBe(200);
  return (response.body.data as { documents: Waiting[] }).documents;
};

/** A draft information page saved by `role` in the content manager: its document id. */
async function draftInfoPage(role: Role, slug: string, complete = true): Promise<string> {
  const data = complete
    ? {
        title: `Ready ${slug}`,
        slug,
        summary: 'A page to review',
        body,
        showInFooter: false,
        owner: 'web@ready.example',
      }
    : { title: `Ready ${slug}` };
  const response = await call(role, 'POST', `/content-manager/collection-types/${INFO}`, data);
  expect(response.status).toBe(201);
  return (response.body.data as { documentId: string }).documentId;
}

const publish = (role: Role, documentId: string, uid = INFO) =>
  call(role, 'POST', `/content-manager/collection-types/${uid}/${documentId}/actions/publish`, {});

beforeAll(async () => {
  mailbox = await startMailbox();
  cms = await startCms({
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mailbox.smtpPort),
      SMTP_IGNORE_TLS: 'true',
      SMTP_FROM: 'cms@bramblewick.example',
      JOBS_POLL_MS: '100',
      EDITORS_EMAIL,
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

describe('an Author asks for review', () => {
  it('of their own draft, with a note, recording who and when; they may not publish it', async () => {
    const documentId = await draftInfoPage('author', 'ask-with-note');
    expect(await stateOf('author', documentId)).toEqual({ request: null, mayAsk: true, mayPublish: false });
    const before = Date.now();
    const asked = await ask('author', documentId, { note: '  New opening hours from January.  ' });
    expect(asked.status).toBe(200);
    const request = asked.body.data as Request;
    expect(request).toMatchObject({
      state: 'waiting',
      askedBy: 'Demo Author',
      note: 'New opening hours from January.',
      sentBack: null,
    });
    expect(Date.parse(request.askedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect((await stateOf('author', documentId)).request).toEqual(request);
    // Authors cannot publish, by Strapi's own permissions (the seeded role), and that stays true.
    expect((await publish('author', documentId)).status).toBe(403);
  });

  it('without a note, of any of the five types: a community hub is listed by its name', async () => {
    const created = await call('author', 'POST', `/content-manager/collection-types/${HUB}`, {
      name: 'Ready Hall',
      slug: 'ready-hall',
    });
    expect(created.status).toBe(201);
    const documentId = (created.body.data as { documentId: string }).documentId;
    expect((await ask('author', documentId, {}, 'community-hub')).status).toBe(200);
    expect((await waiting()).find((document) => document.documentId === documentId)).toMatchObject({
      type: 'community-hub',
      typeLabel: 'Community hub',
      title: 'Ready Hall',
      note: null,
    });
  });

  it('is refused on a document the Author did not create, to the Service team, and signed out', async () => {
    const editors = await draftInfoPage('editor', 'editors-own');
    expect(await stateOf('author', editors)).toMatchObject({ mayAsk: false, mayPublish: false });
    expect((await ask('author', editors, { note: 'Mine now?' })).status).toBe(403);
    expect((await ask('caseworker', editors)).status).toBe(403);
    expect((await call('caseworker', 'GET', requests(`/info-page/${editors}`))).status).toBe(403);
    expect((await ask(null, editors)).status).toBe(401);
    expect((await stateOf('editor', editors)).request).toBeNull();
  });

  it('answers bad input with a 4xx, never a 5xx, and records nothing', async () => {
    const documentId = await draftInfoPage('author', 'bad-input');
    const path = requests(`/info-page/${documentId}`);
    const refused: Array<[unknown, string | undefined, number]> = [
      [{ note: 42 }, undefined, 400],
      [{ note: 'x'.repeat(1001) }, undefined, 400],
      [{ note: 'fine', extra: true }, undefined, 400],
      [['a list'], undefined, 400],
      [undefined, '{"note": "not closed', 400],
    ];
    for (const [payload, raw, status] of refused) {
      const response = await call('author', 'POST', path, payload, raw);
      expect(response.status, JSON.stringify(payload ?? raw)).toBe(status);
    }
    expect((await stateOf('author', documentId)).request).toBeNull();
    for (const [suffix, status] of [
      ['/info-page/nosuchdocument', 404],
      ['/info-page/NOT-AN-ID!', 404],
      ['/verge/abc', 404],
      [`/info-page/${'a'.repeat(65)}`, 404],
    ] as const) {
      expect((await call('author', 'POST', requests(suffix), {})).status, suffix).toBe(status);
      expect((await call('editor', 'GET', requests(suffix))).status, suffix).toBe(status);
      expect((await call('editor', 'POST', requests(`${suffix}/send-back`), { note: 'No' })).status).toBe(status);
    }
  });
});

describe('Editors and "Ready for review"', () => {
  it('lists what waits, the longest waiting first, and only to those who publish', async () => {
    const first = await draftInfoPage('author', 'waiting-first');
    const second = await draftInfoPage('author', 'waiting-second');
    await ask('author', first, { note: 'First' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await ask('author', second, { note: 'Second' });
    const ids = (await waiting()).map((document) => document.documentId);
    expect(ids.indexOf(first)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
    expect((await waiting()).find((document) => document.documentId === second)).toEqual({
      type: 'info-page',
      typeLabel: 'Information page',
      documentId: second,
      title: 'Ready waiting-second',
      askedBy: 'Demo Author',
      askedAt: expect.any(String) as string,
      note: 'Second',
    });
    expect((await call('author', 'GET', requests())).status).toBe(403);
    expect((await call('caseworker', 'GET', requests())).status).toBe(403);
    expect((await call(null, 'GET', requests())).status).toBe(401);
  });

  it('publishing clears the request; a publish the rules refuse leaves it waiting', async () => {
    const documentId = await draftInfoPage('author', 'to-publish');
    await ask('author', documentId, { note: 'Ready' });
    expect(await stateOf('editor', documentId)).toMatchObject({ mayAsk: true, mayPublish: true });
    expect((await publish('editor', documentId)).status).toBe(200);
    expect((await stateOf('author', documentId)).request).toBeNull();
    expect((await waiting()).map((document) => document.documentId)).not.toContain(documentId);

    const unfinished = await draftInfoPage('author', 'unfinished', false);
    await ask('author', unfinished);
    const refused = await publish('editor', unfinished);
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    expect((await waiting()).map((document) => document.documentId)).toContain(unfinished);
  });

  it('"Send back" needs a note, which the Author sees; asking again replaces it; only Editors send back', async () => {
    const documentId = await draftInfoPage('author', 'sent-back');
    await ask('author', documentId, { note: 'Please check' });
    const path = requests(`/info-page/${documentId}/send-back`);
    expect((await call('author', 'POST', path, { note: 'Self-approved' })).status).toBe(403);
    expect((await call('editor', 'POST', path, {})).status).toBe(400);
    expect((await call('editor', 'POST', path, { note: '   ' })).status).toBe(400);
    expect((await call('editor', 'POST', path, { note: 7 })).status).toBe(400);
    const sent = await call('editor', 'POST', path, { note: 'Add the new phone number.' });
    expect(sent.status).toBe(200);
    const { request } = await stateOf('author', documentId);
    expect(request).toMatchObject({
      state: 'sent-back',
      note: 'Please check',
      sentBack: { by: 'Demo Editor', note: 'Add the new phone number.' },
    });
    expect((await waiting()).map((document) => document.documentId)).not.toContain(documentId);
    // Nothing waits now: sending back again is a conflict, not a second note.
    expect((await call('editor', 'POST', path, { note: 'Again' })).status).toBe(409);

    expect((await ask('author', documentId, { note: 'Phone number added' })).body.data).toMatchObject({
      state: 'waiting',
      note: 'Phone number added',
      sentBack: null,
    });
    expect((await waiting()).find((document) => document.documentId === documentId)?.note).toBe('Phone number added');
  });

  it('a deleted draft leaves the list', async () => {
    const documentId = await draftInfoPage('author', 'deleted');
    await ask('author', documentId);
    expect((await call('author', 'DELETE', `/content-manager/collection-types/${INFO}/${documentId}`)).status).toBe(
      200,
    );
    expect((await waiting()).map((document) => document.documentId)).not.toContain(documentId);
    expect(await cms.strapi.db.connection('doorstep_review_requests').where({ document_id: documentId })).toEqual([]);
  });
});

describe("the Editors' team email", () => {
  const toEditors = async (subject: string): Promise<ReceivedMail[]> =>
    ((await (await fetch(mailbox.url)).json()) as ReceivedMail[]).filter(
      (mail) => mail.to.includes(EDITORS_EMAIL) && mail.subject === subject,
    );

  it('says who asked, their note and where the draft is, once per request', async () => {
    const documentId = await draftInfoPage('author', 'emailed');
    await ask('author', documentId, { note: 'Bin day changes for the new year.' });
    const mail = await waitForMail(mailbox.url, EDITORS_EMAIL, 'Ready for review: Ready emailed');
    expect(mail.text).toContain('Demo Author has asked for a review of “Ready emailed” (information page).');
    expect(mail.text).toContain('Bin day changes for the new year.');
    expect(mail.text).toContain(`/content-manager/collection-types/${INFO}/${documentId}`);
    // Asked again after being sent back: a second email, for the second request.
    await call('editor', 'POST', requests(`/info-page/${documentId}/send-back`), { note: 'Say which bins.' });
    await ask('author', documentId, { note: 'Both bins.' });
    await waitForMail(mailbox.url, EDITORS_EMAIL, 'Both bins.');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await toEditors('Ready for review: Ready emailed')).toHaveLength(2);
  });

  it('tells the Author once when their draft is sent back, with the note, and not after they ask again', async () => {
    const documentId = await draftInfoPage('author', 'sent-back-emailed');
    await ask('author', documentId, { note: 'New opening hours.' });
    const note = 'Say which day the new hours start.';
    expect((await call('editor', 'POST', requests(`/info-page/${documentId}/send-back`), { note })).status).toBe(200);
    const mail = await waitForMail(mailbox.url, AUTHOR.email, 'Sent back: Ready sent-back-emailed');
    expect(mail.text).toContain('Demo Editor has sent “Ready sent-back-emailed” (information page) back to you');
    expect(mail.text).toContain(note);
    expect(mail.text).toContain(`/content-manager/collection-types/${INFO}/${documentId}`);
    // Asked again at once: the job for the second send-back is the only other one.
    await ask('author', documentId, { note: 'Start day added.' });
    await call('editor', 'POST', requests(`/info-page/${documentId}/send-back`), { note: 'Add the end day too.' });
    await waitForMail(mailbox.url, AUTHOR.email, 'Add the end day too.');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const toAuthor = ((await (await fetch(mailbox.url)).json()) as ReceivedMail[]).filter(
      (sent) => sent.to.includes(AUTHOR.email) && sent.subject === 'Sent back: Ready sent-back-emailed',
    );
    expect(toAuthor).toHaveLength(2);
    // The Editors' team is not sent the Author's email.
    expect(toAuthor.every((sent) => !sent.to.includes(EDITORS_EMAIL))).toBe(true);
  });
});
