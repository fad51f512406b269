/**
 * The submission endpoint as a browser without JavaScript meets it (an HTML form
 * post, answered with an HTML page), and with files attached (multipart).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';

let cms: TestCms;
const filesDir = mkdtempSync(path.join(os.tmpdir(), 'doorstep-form-files-'));
const SUBMISSIONS = 'api::form-submission.form-submission';

beforeAll(async () => {
  cms = await startCms({
    seed: true,
    env: { FORM_SUBMISSIONS_PER_MINUTE: '100000', FORM_SUBMISSIONS_BURST: '100000', FORM_FILES_DIR: filesDir },
  });
});

afterAll(async () => {
  await cms?.stop();
  rmSync(filesDir, { recursive: true, force: true });
});

const count = () => cms.strapi.db.query(SUBMISSIONS).count();
const html = { Accept: 'text/html,application/xhtml+xml', 'Content-Type': 'application/x-www-form-urlencoded' };
/** The missed bin form's fields as a browser posts them; `changes` replace a field's value. */
function missedBinFields(changes: Record<string, string> = {}): URLSearchParams {
  const fields = new URLSearchParams([
    ['bin', 'recycling'],
    ['out-by-7am', 'yes'],
    ['address[line1]', '1 Market Street'],
    ['address[town]', 'Bramblewick'],
    ['address[postcode]', 'BW1 2AB'],
    ['full-name', 'Sam Resident'],
    ['email', 'sam@example.com'],
  ]);
  for (const [name, value] of Object.entries(changes)) fields.set(name, value);
  return fields;
}

function postForm(slug: string, body: URLSearchParams | FormData, headers: Record<string, string> = html) {
  return fetch(`${cms.url}/api/forms/${slug}/submissions`, { method: 'POST', body, headers });
}

/** The smallest real PNG: a 1 by 1 pixel. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const everyFieldAnswers = {
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

function multipart(answers: unknown, files: Record<string, Blob>): FormData {
  const form = new FormData();
  form.set('_answers', JSON.stringify(answers));
  for (const [name, file] of Object.entries(files)) form.set(name, file, `${name}.bin`);
  return form;
}

describe('a web form posted without JavaScript', () => {
  it('answers with the confirmation page: the reference, the reply-by date, what happens next', async () => {
    const response = await postForm('report-a-missed-bin', missedBinFields());
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const page = await response.text();
    expect(page).toMatch(/<h1 class="govuk-panel__title">Form sent<\/h1>/);
    expect(page).toMatch(/<strong id="submission-reference">[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}<\/strong>/);
    expect(page).toMatch(/We aim to reply by \d{1,2} \w+ \d{4}\./);
    expect(page).toContain('Leave it out until we have emptied it');
  });

  it('stores a double-clicked Send once, though a static page has no key to send', async () => {
    const body = missedBinFields({ 'full-name': 'Double Clicker' });
    const before = await count();
    const [first, second] = await Promise.all([
      postForm('report-a-missed-bin', body),
      postForm('report-a-missed-bin', body),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 201]);
    const reference = (text: string) => /submission-reference">([^<]+)</.exec(text)?.[1];
    expect(reference(await first.text())).toBe(reference(await second.text()));
    expect(await count()).toBe(before + 1);
  });

  it('answers wrong answers with the form again: error summary, messages at the questions, answers kept as text', async () => {
    const before = await count();
    const response = await postForm(
      'report-a-missed-bin',
      missedBinFields({
        email: 'not-an-email',
        'address[postcode]': 'nowhere',
        'full-name': '<script>alert("x")</script>',
      }),
    );
    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toMatch(/<title>Error: Report a missed bin - /);
    expect(page).toContain('<h2 class="govuk-error-summary__title">There is a problem</h2>');
    expect(page).toContain(
      '<a href="#f-email">Enter an email address in the correct format, like name@example.com</a>',
    );
    expect(page).toContain('<a href="#f-address-postcode">Enter a real postcode, like AA1 1AA</a>');
    expect(page).toContain('id="f-email-error"');
    // Every answer is still there, and what was typed as markup stays text.
    expect(page).toContain('value="1 Market Street"');
    expect(page).toContain('value="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"');
    expect(page).not.toContain('<script>alert');
    expect(page).toMatch(/<input type="hidden" name="_idempotencyKey" value="[0-9a-f]{32}">/);
    expect(page).toContain(
      '<input class="govuk-radios__input" id="f-bin-2" name="bin" type="radio" value="recycling" checked>',
    );
    expect(await count()).toBe(before);
  });

  it('explains refusals in a page too', async () => {
    const response = await postForm('no-such-form', missedBinFields());
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/There is no form called &quot;no-such-form&quot;/);
  });
});

describe('files attached to a web form', () => {
  const stored = (reference: string) =>
    cms.strapi.db.query(SUBMISSIONS).findOne({ where: { reference } }) as Promise<{ answers: Record<string, unknown> }>;

  it('keeps a photo privately, outside the public media library, recorded by its real type', async () => {
    const response = await fetch(`${cms.url}/api/forms/every-field-type/submissions`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Idempotency-Key': randomUUID() },
      body: multipart(everyFieldAnswers, { photo: new Blob([PNG], { type: 'image/png' }) }),
    });
    expect(response.status).toBe(201);
    const { data } = (await response.json()) as { data: { reference: string } };
    const photo = (await stored(data.reference)).answers.photo as { id: string; size: number; type: string };
    expect(photo).toMatchObject({ size: PNG.length, type: 'image/png' });
    expect(readdirSync(filesDir)).toContain(photo.id);
    expect((await fetch(`${cms.url}/uploads/${photo.id}`)).status).toBe(404);
  });

  it.each([
    ['a script named as a PNG', new Blob(['#!/bin/sh\nrm -rf /'], { type: 'image/png' }), /must be a JPG or PNG/],
    [
      'a file over the question’s limit',
      new Blob([PNG, Buffer.alloc(6 * 1024 * 1024)], { type: 'image/png' }),
      /smaller than 5MB/,
    ],
  ])('refuses %s and keeps nothing', async (_what, file, message) => {
    const before = { rows: await count(), files: readdirSync(filesDir).length };
    const response = await fetch(`${cms.url}/api/forms/every-field-type/submissions`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Idempotency-Key': randomUUID() },
      body: multipart(everyFieldAnswers, { photo: file }),
    });
    expect(response.status).toBe(422);
    expect(JSON.stringify(await response.json())).toMatch(message);
    expect({ rows: await count(), files: readdirSync(filesDir).length }).toEqual(before);
  });

  it('never takes a file claimed in JSON that was not uploaded', async () => {
    const response = await fetch(`${cms.url}/api/forms/every-field-type/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify({
        answers: { ...everyFieldAnswers, photo: { id: '0'.repeat(32), name: 'x.png', size: 10, type: 'image/png' } },
      }),
    });
    expect(response.status).toBe(201);
    const { data } = (await response.json()) as { data: { reference: string } };
    expect((await stored(data.reference)).answers.photo).toBeUndefined();
  });

  it('refuses a body over the upload limit with a 413', async () => {
    const response = await fetch(`${cms.url}/api/forms/every-field-type/submissions`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Idempotency-Key': randomUUID() },
      body: multipart(everyFieldAnswers, { photo: new Blob([Buffer.alloc(21 * 1024 * 1024)], { type: 'image/png' }) }),
    });
    expect(response.status).toBe(413);
  });

  it('deletes the files with their submission when its retention period ends', async () => {
    const response = await fetch(`${cms.url}/api/forms/every-field-type/submissions`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Idempotency-Key': randomUUID() },
      body: multipart(everyFieldAnswers, { photo: new Blob([PNG], { type: 'image/png' }) }),
    });
    const { data } = (await response.json()) as { data: { reference: string } };
    const photo = (await stored(data.reference)).answers.photo as { id: string };
    const { deleteExpiredSubmissions } = await import('../../cms/src/forms/retention');
    const removed = await deleteExpiredSubmissions(cms.strapi, new Date(Date.now() + 40 * 86_400_000));
    expect(removed).toBeGreaterThanOrEqual(1);
    expect(existsSync(path.join(filesDir, photo.id))).toBe(false);
    expect(await stored(data.reference)).toBeNull();
  });
});
