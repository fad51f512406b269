import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountCleanUpJob } from '../../cms/src/account/index';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { startMailbox, waitForMail, type Mailbox } from '../support/mailbox';
import { ResidentBrowser } from '../support/resident';

/**
 * Save and come back later (issue 15): a signed-in resident's saved form, resumed on
 * another device and deleted once sent; a guest's, by an emailed link and code that
 * work once; without JavaScript through the form's own second button; and that one
 * resident can never read, change or resume another's, by any route.
 */
const PROXY_SECRET = 'drafts-test-proxy-secret-0123456789';
const FORM = 'every-field-type';
const DAY_MS = 24 * 60 * 60_000;
let cms: TestCms;
let mailbox: Mailbox;
let clients = 0;

const browser = () =>
  new ResidentBrowser(cms.url, '/api/account', {
    'x-doorstep-proxy': PROXY_SECRET,
    'x-forwarded-for': `198.51.100.${(clients += 1)}`,
  });
const address = (who: string) => `${who}-${randomUUID().slice(0, 8)}@residents.example`;
const drafts = () => cms.strapi.db.connection('doorstep_form_drafts');

const partial = {
  'full-name': 'Sam Saver',
  'date-of-birth': { day: '27', month: '3', year: '1980' },
  address: { line1: '1 Market Street', town: 'Bramblewick', postcode: 'BW1 2AB' },
  'contact-by': ['email', 'post'],
};
const complete = (email: string) => ({
  ...partial,
  email,
  postcode: 'BW1 2AB',
  'problem-type': 'litter',
  area: 'north',
  'how-many': '3',
  dangerous: 'no',
});

/** A JSON request as the form runner sends it, on the site's own origin. */
async function json(resident: ResidentBrowser, method: 'GET' | 'POST', rest: string, body?: unknown) {
  const response = await fetch(resident.path(rest), {
    method,
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Cookie: resident.cookieHeader(),
      'Sec-Fetch-Site': 'same-origin',
      ...resident.extraHeaders,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    text,
    body: (text ? JSON.parse(text) : null) as { data?: Record<string, unknown> },
  };
}

/** The form without JavaScript, posted to the submission endpoint; keeps the cookies and form token it gets. */
async function postForm(
  resident: ResidentBrowser,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${cms.url}/api/forms/${FORM}/submissions`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      Accept: 'text/html',
      'Content-Type': 'application/x-www-form-urlencoded',
      Cookie: resident.cookieHeader(),
      ...resident.extraHeaders,
      ...headers,
    },
    body: new URLSearchParams(fields).toString(),
  });
  for (const line of response.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    resident.cookies.set(pair.slice(0, at), pair.slice(at + 1));
  }
  const html = await response.text();
  resident.formToken = /name="formToken" value="([0-9a-f]{64})"/.exec(html)?.[1] ?? resident.formToken;
  return { status: response.status, html };
}

async function send(resident: ResidentBrowser | null, answers: Record<string, unknown>) {
  const response = await fetch(`${cms.url}/api/forms/${FORM}/submissions`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': randomUUID(),
      ...(resident ? { Cookie: resident.cookieHeader(), ...resident.extraHeaders } : {}),
    },
    body: JSON.stringify({ answers }),
  });
  return response.status;
}

const unescapeHtml = (html: string) =>
  html
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/** Saves as a guest without JavaScript and reads the link and code from the email. */
async function saveAsGuest(email: string, name: string): Promise<{ draft: string; code: string; link: string }> {
  const guest = browser();
  const asked = await postForm(guest, { 'full-name': name, 'address[line1]': '2 Mill Lane', _action: 'save' });
  expect(asked.status).toBe(200);
  const answers = unescapeHtml(/name="answers" value="([^"]*)"/.exec(asked.html)?.[1] ?? '');
  const sent = await guest.post(`/drafts/${FORM}/guest`, { email, answers });
  expect(sent.status).toBe(200);
  expect(sent.html).toContain('Check your email');
  const mail = await waitForMail(mailbox.url, email, 'go back to your saved form');
  const code = /^(\d{6})$/m.exec(mail.text)?.[1] ?? '';
  const link = /(https:\/\/\S+\/account\/resume\?\S+)/.exec(mail.text)?.[1] ?? '';
  const draft = new URL(link).searchParams.get('draft') ?? '';
  expect(new URL(link).searchParams.get('code')).toBe(code);
  return { draft, code, link };
}

beforeAll(async () => {
  mailbox = await startMailbox();
  cms = await startCms({
    seed: true,
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mailbox.smtpPort),
      SMTP_IGNORE_TLS: 'true',
      SMTP_FROM: 'account@bramblewick.example',
      JOBS_POLL_MS: '100',
      PUBLIC_SITE_URL: 'https://www.bramblewick.example',
      PROXY_SECRET,
      AUTH_RATE_LIMIT: 'true',
      FORM_SUBMISSIONS_PER_MINUTE: '1000',
      FORM_SUBMISSIONS_BURST: '1000',
    },
  });
});

afterAll(async () => {
  await cms?.stop();
  await mailbox?.close();
});

describe('signed in', () => {
  it('saves as the resident goes on one device, lists and resumes on another, and deletes the copy once sent', async () => {
    const email = address('sam');
    const laptop = browser();
    await laptop.signIn(email, mailbox.url);
    const saved = await json(laptop, 'POST', `/drafts/${FORM}`, {
      answers: { ...partial, photo: { name: 'me.png', size: 10, type: 'image/png' }, 'not-a-question': 'x' },
    });
    expect(saved.status).toBe(200);
    // Only the form's own questions, and never a file.
    expect(saved.body.data?.answers).toEqual(partial);

    const phone = browser();
    await phone.signIn(email, mailbox.url);
    const read = await json(phone, 'GET', `/drafts/${FORM}`);
    expect(read.status).toBe(200);
    expect(read.body.data).toMatchObject({ form: FORM, answers: partial });
    const home = await phone.get('');
    expect(home.html).toContain('Forms you have not finished');
    expect(home.html).toContain('Every field type (test form)');
    expect(home.html).toContain(`/account/forms/${FORM}`);
    const form = await phone.get(`/forms/${FORM}`);
    expect(form.html).toContain('These are the answers you saved');
    expect(form.html).toContain('value="Sam Saver"');
    expect(form.html).toContain('Save and come back later');

    expect(await send(phone, complete(email))).toBe(201);
    expect((await json(phone, 'GET', `/drafts/${FORM}`)).status).toBe(404);
    expect((await phone.get('')).html).not.toContain('Forms you have not finished');
  });

  it('tells the form runner someone is signed in with a cookie that holds nothing secret, cleared at sign-out', async () => {
    const resident = browser();
    await resident.signIn(address('hint'), mailbox.url);
    const line = resident.lastSetCookies.find((cookie) => cookie.startsWith('__Host-doorstep_signed_in='));
    expect(line).toMatch(/^__Host-doorstep_signed_in=1;/);
    expect(line).toMatch(/; Secure/);
    expect(line).not.toMatch(/HttpOnly/);
    await resident.get('');
    await resident.post('/sign-out', {});
    expect(resident.cookies.has('__Host-doorstep_signed_in')).toBe(false);
    expect(resident.cookies.has('__Host-doorstep_session')).toBe(false);
  });

  it('keeps a saved form for the form’s retention or 30 days, whichever is sooner, then deletes it', async () => {
    const resident = browser();
    await resident.signIn(address('expiry'), mailbox.url);
    await json(resident, 'POST', `/drafts/${FORM}`, { answers: partial });
    await json(resident, 'POST', '/drafts/blue-badge-enquiry', { answers: { question: 'When?' } });
    const rows = (await drafts().whereIn('form_slug', [FORM, 'blue-badge-enquiry'])) as Array<{
      id: string;
      updated_at: number;
      expires_at: number;
    }>;
    for (const row of rows) expect(Number(row.expires_at) - Number(row.updated_at)).toBeLessThanOrEqual(30 * DAY_MS);

    const before = (await json(resident, 'GET', `/drafts/${FORM}`)).body.data as { deleteAfter: string };
    expect(new Date(before.deleteAfter).getTime()).toBeGreaterThan(Date.now() + 29 * DAY_MS);
    const mine = (await json(resident, 'GET', '/data.json')).body.data as { savedForms: unknown[] };
    expect(mine.savedForms).toHaveLength(2);

    const residentId = (
      (await drafts().where({ form_slug: FORM }).whereNotNull('resident_id').first()) as {
        resident_id: string;
      }
    ).resident_id;
    await drafts()
      .where({ resident_id: residentId, form_slug: FORM })
      .update({ expires_at: Date.now() - 1 });
    expect((await json(resident, 'GET', `/drafts/${FORM}`)).status).toBe(404);
    await accountCleanUpJob.run(cms.strapi, {});
    expect(await drafts().where({ resident_id: residentId, form_slug: FORM })).toHaveLength(0);
    expect(await drafts().where({ resident_id: residentId })).toHaveLength(1);
  });

  it('deletes a saved form from the account, and all of them with the account', async () => {
    const resident = browser();
    const email = address('deleter');
    await resident.signIn(email, mailbox.url);
    await json(resident, 'POST', `/drafts/${FORM}`, { answers: partial });
    await resident.get('');
    expect((await resident.post(`/drafts/${FORM}/delete`, {})).status).toBe(303);
    expect((await json(resident, 'GET', `/drafts/${FORM}`)).status).toBe(404);
    await json(resident, 'POST', '/drafts/blue-badge-enquiry', { answers: { question: 'Kept?' } });
    expect((await json(browser(), 'POST', `/drafts/${FORM}/guest`, { email, answers: partial })).status).toBe(202);
    await resident.get('/delete');
    expect((await resident.post('/delete', {})).status).toBe(200);
    expect(
      await drafts().where({ form_title: 'Ask about a Blue Badge' }).andWhere('answers', 'like', '%Kept?%'),
    ).toHaveLength(0);
    expect(await drafts().where({ guest_email: email })).toHaveLength(0);
  });
});

describe('without JavaScript', () => {
  it('saves to the account from the form’s own button, checking nothing and sending nothing', async () => {
    const resident = browser();
    await resident.signIn(address('nojs'), mailbox.url);
    const before = await cms.strapi.db.connection('form_submissions').count({ count: '*' });
    const saved = await postForm(resident, { 'full-name': 'Nora', 'address[line1]': '2 Mill Lane', _action: 'save' });
    expect(saved.status).toBe(200);
    expect(saved.html).toContain('Your answers have been saved');
    expect(await cms.strapi.db.connection('form_submissions').count({ count: '*' })).toEqual(before);
    const read = await json(resident, 'GET', `/drafts/${FORM}`);
    expect(read.body.data?.answers).toMatchObject({ 'full-name': 'Nora', address: { line1: '2 Mill Lane' } });
    // From another site, the account is not touched: the page asks for an email address instead.
    const forged = await postForm(
      resident,
      { 'full-name': 'Mallory', _action: 'save' },
      { 'Sec-Fetch-Site': 'cross-site' },
    );
    expect(forged.html).toContain('Save your answers and come back later');
    expect((await json(resident, 'GET', `/drafts/${FORM}`)).body.data?.answers).toMatchObject({ 'full-name': 'Nora' });
  });

  it('asks a guest for an email address, keeps every answer through a mistake, and makes no account', async () => {
    const guest = browser();
    const asked = await postForm(guest, { 'full-name': 'Gale', 'how-many': '4', _action: 'save' });
    expect(asked.html).toContain('Save your answers and come back later');
    const answers = unescapeHtml(/name="answers" value="([^"]*)"/.exec(asked.html)?.[1] ?? '');
    expect(JSON.parse(answers)).toEqual({ 'full-name': 'Gale', 'how-many': '4' });
    const wrong = await guest.post(`/drafts/${FORM}/guest`, { email: 'not an address', answers });
    expect(wrong.status).toBe(422);
    expect(wrong.html).toContain('Enter an email address in the correct format');
    expect(wrong.html).toContain('Gale');
    const email = address('gale');
    expect((await guest.post(`/drafts/${FORM}/guest`, { email, answers })).status).toBe(200);
    expect(await cms.strapi.db.connection('doorstep_residents').where({ email })).toHaveLength(0);
    expect(await drafts().where({ guest_email: email })).toHaveLength(1);
  });

  it('resumes a guest’s form on a fresh device from the emailed link, once; the link’s page spends nothing', async () => {
    const email = address('guest');
    const { draft, code, link } = await saveAsGuest(email, 'Gus Guest');
    expect(link).toMatch(/^https:\/\/www\.bramblewick\.example\/account\/resume\?draft=/);
    const fresh = browser();
    for (let opened = 0; opened < 2; opened += 1) {
      const page = await fresh.get(`/resume${new URL(link).search}`);
      expect(page.status).toBe(200);
      expect(page.html).toContain('Press Continue');
    }
    const resumed = await fresh.post('/resume', { draft, code });
    expect(resumed.status).toBe(200);
    expect(resumed.html).toContain('value="Gus Guest"');
    expect(resumed.html).toContain('value="2 Mill Lane"');
    expect(await drafts().where({ id: draft })).toHaveLength(0);

    const again = browser();
    await again.get(`/resume?draft=${draft}`);
    const replay = await again.post('/resume', { draft, code });
    expect(replay.status).toBe(422);
    expect(replay.html).not.toContain('Gus Guest');
  });

  it('saves a guest’s answers from the form runner too (JSON)', async () => {
    const guest = browser();
    const email = address('island');
    const saved = await json(guest, 'POST', `/drafts/${FORM}/guest`, { email, answers: partial });
    expect(saved.status).toBe(202);
    const mail = await waitForMail(mailbox.url, email, 'go back to your saved form');
    expect(mail.text).toMatch(/It works once, until \d{1,2} [A-Z][a-z]+ \d{4}/);
  });
});

describe("one resident, another's saved forms", () => {
  it('never reads, changes, deletes or resumes them, by form, id, link or code', async () => {
    const aliceEmail = address('alice');
    const alice = browser();
    await alice.signIn(aliceEmail, mailbox.url);
    await json(alice, 'POST', `/drafts/${FORM}`, { answers: { ...partial, 'full-name': 'Alice Secret' } });
    const alicesId = (
      (await drafts().where({ form_slug: FORM }).andWhere('answers', 'like', '%Alice Secret%').first()) as {
        id: string;
      }
    ).id;
    const guestLink = await saveAsGuest(aliceEmail, 'Alice Guest Secret');

    const bob = browser();
    await bob.signIn(address('bob'), mailbox.url);
    for (const rest of [`/drafts/${FORM}`, `/drafts/${alicesId}`, `/drafts/${guestLink.draft}`]) {
      const read = await json(bob, 'GET', rest);
      expect(read.status).toBe(404);
      expect(read.text).not.toContain('Secret');
    }
    expect((await bob.get('')).html).not.toContain('Every field type');
    expect((await bob.get(`/forms/${FORM}`)).html).not.toContain('Secret');
    await bob.get('');
    expect((await bob.post(`/drafts/${FORM}/delete`, {})).status).toBe(404);
    expect((await bob.post(`/drafts/${alicesId}/delete`, {})).status).toBe(404);
    for (const draft of [alicesId, guestLink.draft]) {
      for (const code of ['000000', '123456']) {
        const tried = await bob.post('/resume', { draft, code });
        expect(tried.status).toBe(422);
        expect(tried.html).not.toContain('Secret');
      }
    }
    // Bob's own saving never touches Alice's copy.
    await json(bob, 'POST', `/drafts/${FORM}`, { answers: { 'full-name': 'Bob' } });
    expect((await json(alice, 'GET', `/drafts/${FORM}`)).body.data?.answers).toMatchObject({
      'full-name': 'Alice Secret',
    });
    // Signed out: nothing; from another site: refused.
    const anonymous = browser();
    expect((await json(anonymous, 'GET', `/drafts/${FORM}`)).status).toBe(401);
    expect((await json(anonymous, 'POST', `/drafts/${FORM}`, { answers: {} })).status).toBe(401);
    const crossSite = await fetch(alice.path(`/drafts/${FORM}`), {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Cookie: alice.cookieHeader(),
        'Sec-Fetch-Site': 'cross-site',
        ...alice.extraHeaders,
      },
      body: JSON.stringify({ answers: { 'full-name': 'Mallory' } }),
    });
    expect(crossSite.status).toBe(403);
    // Alice's guest link still works for Alice, once: Bob's wrong tries did not spend it.
    const fresh = browser();
    await fresh.get(`/resume${new URL(guestLink.link).search}`);
    expect((await fresh.post('/resume', { draft: guestLink.draft, code: guestLink.code })).html).toContain(
      'Alice Guest Secret',
    );
  });
});

describe('fuzzing the saved-form endpoints', () => {
  it('answers any request with a 4xx or a page, never a 5xx, and never another resident’s answers', async () => {
    const owner = browser();
    await owner.signIn(address('owner'), mailbox.url);
    await json(owner, 'POST', `/drafts/${FORM}`, { answers: { 'full-name': 'Owner Only Answer' } });
    const ownersId = ((await drafts().andWhere('answers', 'like', '%Owner Only Answer%').first()) as { id: string }).id;
    const prober = browser();
    await prober.signIn(address('prober'), mailbox.url);
    await prober.get('');
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom('', '000000', ownersId, FORM, '../../', '%', '\u0000', 'x'.repeat(70_000), '{"full-name":1}'),
    );
    const answers = fc.oneof(
      value,
      fc.dictionary(fc.constantFrom('full-name', 'address', 'contact-by', 'photo', '__proto__'), fc.jsonValue()),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          `/drafts/${FORM}`,
          `/drafts/${FORM}/delete`,
          `/drafts/${FORM}/guest`,
          `/drafts/${ownersId}`,
          '/drafts/%2e%2e',
          '/resume',
        ),
        fc.boolean(),
        fc.record({ email: value, draft: value, code: value, answers }, { requiredKeys: [] }),
        fc.boolean(),
        async (path, post, fields, asJson) => {
          const query = post
            ? ''
            : `?${new URLSearchParams(Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]))}`;
          const response = await fetch(`${prober.path(path)}${query}`, {
            method: post ? 'POST' : 'GET',
            redirect: 'manual',
            headers: {
              Cookie: prober.cookieHeader(),
              'Sec-Fetch-Site': 'same-origin',
              'Content-Type': asJson ? 'application/json' : 'application/x-www-form-urlencoded',
              Accept: asJson ? 'application/json' : 'text/html',
              ...prober.extraHeaders,
            },
            body: !post
              ? undefined
              : asJson
                ? JSON.stringify(fields)
                : new URLSearchParams({
                    formToken: prober.formToken,
                    ...Object.fromEntries(
                      Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
                    ),
                  }).toString(),
          });
          const text = await response.text();
          expect(response.status).toBeLessThan(500);
          expect(text).not.toContain('Owner Only Answer');
        },
      ),
      { numRuns: 150 },
    );
    expect((await json(owner, 'GET', `/drafts/${FORM}`)).body.data?.answers).toEqual({
      'full-name': 'Owner Only Answer',
    });
  });
});
