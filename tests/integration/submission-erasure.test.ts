/**
 * A submission's files go with it on every path that deletes it (issue 11): the admin
 * panel (one, and many at once), the nightly retention, the Document Service that a
 * future account deletion uses, and a plain query.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { deleteExpiredSubmissions } from '../../cms/src/forms/retention';
import { adminToken as tokenFor } from '../support/admin';

const SUBMISSIONS = 'api::form-submission.form-submission';
const ADMIN = { email: 'admin@bramblewick.example', password: 'Erasure-test-1' };
const filesDir = mkdtempSync(path.join(os.tmpdir(), 'doorstep-erasure-'));
let cms: TestCms;
let adminToken: string;

beforeAll(async () => {
  cms = await startCms({
    seed: true,
    env: {
      FORM_SUBMISSIONS_PER_MINUTE: '1000',
      FORM_SUBMISSIONS_BURST: '1000',
      FORM_FILES_DIR: filesDir,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    },
  });
  adminToken = await tokenFor(cms.url, ADMIN);
});

afterAll(async () => {
  await cms?.stop();
  rmSync(filesDir, { recursive: true, force: true });
});

/** The smallest real PNG: a 1 by 1 pixel. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const answers = {
  'full-name': 'Sam Resident',
  email: 'sam@example.com',
  'date-of-birth': { day: '27', month: '3', year: '1980' },
  postcode: 'BW1 2AB',
  address: { line1: '1 Market Street', town: 'Bramblewick', postcode: 'BW1 2AB' },
  'problem-type': 'litter',
  area: 'north',
  'contact-by': ['email'],
  'how-many': '3',
  dangerous: 'no',
};

/** Sends the every-field-type form with a photo; returns the stored submission and its file. */
async function submitWithFile(): Promise<{ documentId: string; id: number; file: string }> {
  const form = new FormData();
  form.set('_answers', JSON.stringify(answers));
  form.set('photo', new Blob([PNG], { type: 'image/png' }), 'photo.png');
  const response = await fetch(`${cms.url}/api/forms/every-field-type/submissions`, {
    method: 'POST',
    headers: { 'Idempotency-Key': randomUUID() },
    body: form,
  });
  expect(response.status).toBe(201);
  const { reference } = ((await response.json()) as { data: { reference: string } }).data;
  const stored = (await cms.strapi.db.query(SUBMISSIONS).findOne({ where: { reference } })) as {
    id: number;
    documentId: string;
    answers: { photo: { id: string } };
  };
  const file = path.join(filesDir, stored.answers.photo.id);
  expect(existsSync(file)).toBe(true);
  return { documentId: stored.documentId, id: stored.id, file };
}

const admin = (method: string, url: string, body?: unknown) =>
  fetch(`${cms.url}${url}`, {
    method,
    headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

const gone = async (id: number) => (await cms.strapi.db.query(SUBMISSIONS).findOne({ where: { id } })) === null;

describe('erasing a submission erases its files', () => {
  it('deleting one in the admin panel', async () => {
    const submission = await submitWithFile();
    const response = await admin('DELETE', `/content-manager/collection-types/${SUBMISSIONS}/${submission.documentId}`);
    expect(response.status).toBe(200);
    expect(await gone(submission.id)).toBe(true);
    expect(existsSync(submission.file)).toBe(false);
  });

  it('deleting several at once in the admin panel', async () => {
    const submissions = [await submitWithFile(), await submitWithFile()];
    const response = await admin('POST', `/content-manager/collection-types/${SUBMISSIONS}/actions/bulkDelete`, {
      documentIds: submissions.map((submission) => submission.documentId),
    });
    expect(response.status).toBe(200);
    for (const submission of submissions) {
      expect(await gone(submission.id)).toBe(true);
      expect(existsSync(submission.file)).toBe(false);
    }
  });

  it('the nightly retention', async () => {
    const submission = await submitWithFile();
    const kept = await submitWithFile();
    await cms.strapi.db.query(SUBMISSIONS).update({ where: { id: kept.id }, data: { retainUntil: '2999-01-01' } });
    const removed = await deleteExpiredSubmissions(cms.strapi, new Date('2999-01-01T12:00:00Z'));
    expect(removed).toBeGreaterThanOrEqual(1);
    expect(await gone(submission.id)).toBe(true);
    expect(existsSync(submission.file)).toBe(false);
    expect(existsSync(kept.file)).toBe(true);
  });

  it('the Document Service, as account deletion will use it', async () => {
    const submission = await submitWithFile();
    await cms.strapi.documents(SUBMISSIONS).delete({ documentId: submission.documentId });
    expect(await gone(submission.id)).toBe(true);
    expect(existsSync(submission.file)).toBe(false);
  });

  it('a plain query', async () => {
    const submission = await submitWithFile();
    await cms.strapi.db.query(SUBMISSIONS).delete({ where: { id: submission.id } });
    expect(existsSync(submission.file)).toBe(false);
  });

  it('keeps the files when the deletion is rolled back', async () => {
    const submission = await submitWithFile();
    await expect(
      cms.strapi.db.transaction(async () => {
        await cms.strapi.db.query(SUBMISSIONS).delete({ where: { id: submission.id } });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await gone(submission.id)).toBe(false);
    expect(existsSync(submission.file)).toBe(true);
  });
});
