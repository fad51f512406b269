import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { startMailbox, waitForMail, type Mailbox } from '../support/mailbox';
import { adminToken } from '../support/admin';

/**
 * The case view's admin routes (cms/src/cases, issue 15), as the roles that use them:
 * the Service team reads a case, downloads its files and sends its resident a sign-in
 * email; a content editor or author is refused; no login is 401; a bad id is 404.
 */
const CASEWORKER = { email: 'caseworker@case-view.example', password: 'Caseworker-password-1' };
const EDITOR = { email: 'editor@case-view.example', password: 'Editor-password-1' };
const AUTHOR = { email: 'author@case-view.example', password: 'Author-password-1' };
const SUBMISSIONS = 'api::form-submission.form-submission';

/** The smallest real PNG: a 1 by 1 pixel. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

let cms: TestCms;
let mailbox: Mailbox;
const filesDir = mkdtempSync(path.join(os.tmpdir(), 'doorstep-case-view-files-'));
const tokens: Record<'caseworker' | 'editor' | 'author', string> = { caseworker: '', editor: '', author: '' };
let withPhoto: { documentId: string; reference: string; photoId: string };

/** A verge problem with a photo, sent as a browser sends it. */
async function reportWithPhoto(email: string): Promise<string> {
  const form = new FormData();
  form.set(
    '_answers',
    JSON.stringify({
      problem: 'damaged',
      dangerous: 'no',
      street: 'Mill Lane',
      details: 'The verge is churned up by a van',
      'full-name': 'Robin Resident',
      email,
    }),
  );
  form.set('photo', new Blob([PNG], { type: 'image/png' }), 'verge.png');
  const response = await fetch(`${cms.url}/api/forms/report-a-verge-problem/submissions`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Idempotency-Key': randomUUID() },
    body: form,
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { data: { reference: string } }).data.reference;
}

const stored = (reference: string) =>
  cms.strapi.db.query(SUBMISSIONS).findOne({ where: { reference } }) as Promise<{
    documentId: string;
    answers: Record<string, unknown>;
    timeline: Array<{ status: string; by: string; note?: string; message?: string }>;
  }>;

const caseRoute = (suffix: string, token?: string, method = 'GET') =>
  fetch(`${cms.url}/doorstep/cases/${suffix}`, {
    method,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });

beforeAll(async () => {
  mailbox = await startMailbox();
  cms = await startCms({
    seed: true,
    env: {
      FORM_FILES_DIR: filesDir,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mailbox.smtpPort),
      SMTP_IGNORE_TLS: 'true',
      SMTP_FROM: 'forms@bramblewick.example',
      JOBS_POLL_MS: '100',
      SERVICE_TEAM_EMAIL: CASEWORKER.email,
      SERVICE_TEAM_PASSWORD: CASEWORKER.password,
      EDITOR_EMAIL: EDITOR.email,
      EDITOR_PASSWORD: EDITOR.password,
      AUTHOR_EMAIL: AUTHOR.email,
      AUTHOR_PASSWORD: AUTHOR.password,
    },
  });
  tokens.caseworker = await adminToken(cms.url, CASEWORKER);
  tokens.editor = await adminToken(cms.url, EDITOR);
  tokens.author = await adminToken(cms.url, AUTHOR);
  const reference = await reportWithPhoto('robin@example.com');
  const row = await stored(reference);
  withPhoto = { documentId: row.documentId, reference, photoId: (row.answers.photo as { id: string }).id };
});

afterAll(async () => {
  await cms?.stop();
  await mailbox?.close();
  rmSync(filesDir, { recursive: true, force: true });
});

describe('a case in the admin panel, as the Service team', () => {
  it('reads the answers as the questions put them, in order, with the photo to download', async () => {
    const response = await caseRoute(withPhoto.documentId, tokens.caseworker);
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as {
      data: {
        reference: string;
        answers: Array<{ question: string; answer: string[]; file: { id: string } | null }>;
        residentEmail: string | null;
      };
    };
    expect(data.reference).toBe(withPhoto.reference);
    expect(data.answers.find((line) => line.question === 'Street name')?.answer).toEqual(['Mill Lane']);
    expect(data.answers.find((line) => line.question === 'Photo')?.file?.id).toBe(withPhoto.photoId);
    expect(data.residentEmail).toBe('robin@example.com');
  });

  it('downloads a resident’s file as an attachment, never for a browser to run', async () => {
    const response = await caseRoute(`${withPhoto.documentId}/files/${withPhoto.photoId}`, tokens.caseworker);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename\*=UTF-8''/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('sends the resident a sign-in email, to the address they gave, and notes it in the timeline for staff', async () => {
    const response = await caseRoute(`${withPhoto.documentId}/sign-in-email`, tokens.caseworker, 'POST');
    expect(response.status, await response.clone().text()).toBe(202);
    expect(await response.json()).toEqual({ data: { sentTo: 'robin@example.com' } });
    const mail = await waitForMail(mailbox.url, 'robin@example.com', 'Your sign-in code');
    expect(mail.text).toMatch(/\b\d{6}\b/);
    const timeline = (await stored(withPhoto.reference)).timeline;
    expect(timeline.at(-1)).toMatchObject({
      status: 'received',
      by: 'Demo Caseworker',
      note: 'Sent the resident a sign-in email',
    });
    expect(timeline.at(-1)?.message).toBeUndefined();
  });
});

describe('a case is the Service team’s alone', () => {
  it.each(['editor', 'author'] as const)('refuses a content %s every case route', async (role) => {
    const token = tokens[role];
    expect((await caseRoute(withPhoto.documentId, token)).status).toBe(403);
    expect((await caseRoute(`${withPhoto.documentId}/files/${withPhoto.photoId}`, token)).status).toBe(403);
    expect((await caseRoute(`${withPhoto.documentId}/sign-in-email`, token, 'POST')).status).toBe(403);
  });

  it('asks anyone not signed in to sign in, before anything else', async () => {
    expect((await caseRoute(withPhoto.documentId)).status).toBe(401);
    expect((await caseRoute(`${withPhoto.documentId}/files/${withPhoto.photoId}`)).status).toBe(401);
    expect((await caseRoute(`${withPhoto.documentId}/sign-in-email`, undefined, 'POST')).status).toBe(401);
    expect((await caseRoute(withPhoto.documentId, 'not-a-token')).status).toBe(401);
  });

  it('serves a file only with its own submission', async () => {
    const other = await stored(await reportWithPhoto('sam@example.com'));
    const otherPhoto = (other.answers.photo as { id: string }).id;
    expect((await caseRoute(`${withPhoto.documentId}/files/${otherPhoto}`, tokens.caseworker)).status).toBe(404);
    expect((await caseRoute(`${other.documentId}/files/${otherPhoto}`, tokens.caseworker)).status).toBe(200);
  });

  it('answers 404 for a case or file that does not exist, and 409 with no address to write to', async () => {
    expect((await caseRoute('abcdefghijklmnopqrstuvwx', tokens.caseworker)).status).toBe(404);
    expect((await caseRoute(`${withPhoto.documentId}/files/${'0'.repeat(32)}`, tokens.caseworker)).status).toBe(404);
    expect((await caseRoute(`nope/sign-in-email`, tokens.caseworker, 'POST')).status).toBe(404);
    await cms.strapi.db
      .query(SUBMISSIONS)
      .update({ where: { documentId: withPhoto.documentId }, data: { residentEmail: null } });
    const response = await caseRoute(`${withPhoto.documentId}/sign-in-email`, tokens.caseworker, 'POST');
    expect(response.status).toBe(409);
    await cms.strapi.db
      .query(SUBMISSIONS)
      .update({ where: { documentId: withPhoto.documentId }, data: { residentEmail: 'robin@example.com' } });
  });

  it('never fails on whatever ids it is given: 404, never 500', async () => {
    // "." and ".." alone are resolved by the URL before it is sent: they are not ids.
    const id = fc.oneof(
      fc.string().filter((text) => text !== '.' && text !== '..'),
      fc.constantFrom('', '../..', '%00', '%2e%2e%2f', 'x'.repeat(2000), withPhoto.documentId, withPhoto.photoId),
    );
    await fc.assert(
      fc.asyncProperty(id, id, async (documentId, fileId) => {
        const suffix = `${encodeURIComponent(documentId)}/files/${encodeURIComponent(fileId)}`;
        const response = await caseRoute(suffix, tokens.caseworker);
        await response.arrayBuffer();
        const real = documentId === withPhoto.documentId && fileId === withPhoto.photoId;
        expect(response.status).toBe(real ? 200 : 404);
      }),
      { numRuns: 80 },
    );
  });
});
