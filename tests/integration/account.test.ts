import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_DIGITS } from '../../cms/src/account/secrets';
import { CODE_ATTEMPTS, SIGN_IN_CODE_LIMITS, verifyCode } from '../../cms/src/account/sign-in';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { startMailbox, type Mailbox } from '../support/mailbox';
import { ResidentBrowser } from '../support/resident';
import accountRoutes from '../../cms/src/api/account/routes/account';

/**
 * Residents' accounts (issue 15, ADR 0014) through the CMS's own routes: signing in
 * with an emailed code, sessions and their cookie, CSRF, the limits on codes, and
 * that one resident can never reach another's requests.
 */
const PROXY_SECRET = 'account-test-proxy-secret-0123456789';
let cms: TestCms;
let mailbox: Mailbox;
let clients = 0;

/** A browser on its own client address (the site server vouches for it), so limits count each apart. */
const browser = () =>
  new ResidentBrowser(cms.url, '/api/account', {
    'x-doorstep-proxy': PROXY_SECRET,
    'x-forwarded-for': `203.0.113.${(clients += 1)}`,
  });

const address = (who: string) => `${who}-${randomUUID().slice(0, 8)}@residents.example`;

async function submitAsGuest(email: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(`${cms.url}/api/forms/blue-badge-enquiry/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), ...headers },
    body: JSON.stringify({
      answers: { topic: 'renewal', question: 'When does my badge run out?', 'full-name': 'Sam', email },
    }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { data: { reference: string } }).data.reference;
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
      // The account's own limits are under test here.
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

describe('signing in with an emailed code', () => {
  it('emails a six-digit code and a link whose page posts it; the first sign-in makes the account', async () => {
    const resident = browser();
    const email = address('first');
    const page = await resident.get('');
    expect(page.status).toBe(200);
    expect(page.html).toContain('Sign in to your account');
    const { code, link } = await resident.requestCode(email, mailbox.url);
    expect(code).toMatch(/^\d{6}$/);
    expect(link).toMatch(/^https:\/\/www\.bramblewick\.example\/account\/continue\?/);

    // The link's page spends nothing: opening it twice (a mail scanner, then the resident) still signs in once.
    const query = new URL(link ?? '').search;
    for (let opened = 0; opened < 2; opened += 1) {
      const continuePage = await resident.get(`/continue${query}`);
      expect(continuePage.status).toBe(200);
      expect(continuePage.html).toContain('Press Continue to sign in');
    }
    const signedIn = await resident.post('/verify', { email, code });
    expect(signedIn.status).toBe(303);
    expect(signedIn.response.headers.get('location')).toBe('/account/');
    const home = await resident.get('');
    expect(home.html).toContain('Your account');
    expect(home.html).toContain(email);

    const stored = await cms.strapi.db.connection('doorstep_sign_in_codes').where({ email });
    expect(stored).toHaveLength(1);
    // Only a keyed hash is kept: the code itself is nowhere in the row.
    expect(JSON.stringify(stored)).not.toContain(code);
    expect(await cms.strapi.db.connection('doorstep_residents').where({ email })).toHaveLength(1);
  });

  it('sets the session cookie __Host-, HttpOnly, Secure and SameSite=Lax, and keeps only its hash', async () => {
    const resident = browser();
    const email = address('cookie');
    await resident.signIn(email, mailbox.url);
    const line = resident.lastSetCookies.find((cookie) => cookie.startsWith('__Host-doorstep_session='));
    expect(line).toBeDefined();
    expect(line).toMatch(/; Path=\//);
    expect(line).toMatch(/; Secure/);
    expect(line).toMatch(/; HttpOnly/);
    expect(line).toMatch(/; SameSite=Lax/);
    expect(line).not.toMatch(/Domain=/i);
    const token = resident.cookies.get('__Host-doorstep_session') ?? '';
    expect(token.length).toBeGreaterThanOrEqual(40);
    const sessions = await cms.strapi.db.connection('doorstep_resident_sessions').select('token_hash');
    expect(JSON.stringify(sessions)).not.toContain(token);
  });

  it('answers the same whether or not the address has an account', async () => {
    const known = address('known');
    await browser().signIn(known, mailbox.url);
    const unknown = address('unknown');
    const answers = [];
    for (const email of [known, unknown]) {
      const resident = browser();
      await resident.get('/sign-in');
      const answer = await resident.post('/sign-in', { email });
      answers.push({
        status: answer.status,
        page: answer.html.replaceAll(email, 'EMAIL').replace(/value="[0-9a-f]{64}"/g, ''),
      });
    }
    expect(answers[0]).toEqual(answers[1]);
  });

  it('spends a code once', async () => {
    const resident = browser();
    const email = address('once');
    const { code } = await resident.requestCode(email, mailbox.url);
    expect((await resident.post('/verify', { email, code })).status).toBe(303);
    const again = browser();
    await again.get('/sign-in');
    const replay = await again.post('/verify', { email, code });
    expect(replay.status).toBe(422);
    expect(replay.html).toContain('The code is not right, or it has expired');
    expect(again.cookies.has('__Host-doorstep_session')).toBe(false);
  });

  it(`ends a code after ${CODE_ATTEMPTS} wrong tries, even for the right code after`, async () => {
    const resident = browser();
    const email = address('guesser');
    const { code } = await resident.requestCode(email, mailbox.url);
    const wrong = String((Number(code) + 1) % 10 ** CODE_DIGITS).padStart(CODE_DIGITS, '0');
    for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt += 1) {
      expect((await resident.post('/verify', { email, code: wrong })).status).toBe(422);
    }
    expect((await resident.post('/verify', { email, code })).status).toBe(422);
  });

  it(`counts guesses made all at once: no more than ${CODE_ATTEMPTS} are ever compared`, async () => {
    const email = address('racer');
    const { code } = await browser().requestCode(email, mailbox.url);
    const wrong = (offset: number) => String((Number(code) + offset) % 10 ** CODE_DIGITS).padStart(CODE_DIGITS, '0');
    // Started together in the CMS's own process, every check reads the row before any
    // has counted its try: only a try claimed in the same statement as the count holds.
    const guesses = Array.from({ length: 24 }, (_, index) => wrong(index + 1)).concat(code);
    const results = await Promise.all(guesses.map((guess) => verifyCode(cms.strapi, email, guess, ['sign-in'])));
    const [row] = (await cms.strapi.db.connection('doorstep_sign_in_codes').where({ email })) as Array<{
      attempts: number;
    }>;
    expect(row!.attempts).toBe(CODE_ATTEMPTS);
    // The right code came last, after the tries ran out.
    expect(results.filter((result) => result.ok)).toHaveLength(0);
  });

  it('cannot be guessed within the limits: the arithmetic, and the limit on codes per address', async () => {
    const perAddress = SIGN_IN_CODE_LIMITS.codesPerAddress;
    const windowMinutes = perAddress.burst / perAddress.perMinute;
    const codesPerDay = perAddress.burst * ((24 * 60) / windowMinutes);
    const guessesPerDay = codesPerDay * CODE_ATTEMPTS;
    const chancePerDay = guessesPerDay / 10 ** CODE_DIGITS;
    // 3 codes an hour, 5 tries each: 360 guesses a day at one address, a 1 in 2,778 chance.
    expect(codesPerDay).toBe(72);
    expect(chancePerDay).toBeLessThan(1 / 2500);

    // And the limit holds: a fourth code for one address within the hour is refused, from any client.
    const email = address('limited');
    for (let asked = 0; asked < perAddress.burst; asked += 1) {
      const resident = browser();
      await resident.get('/sign-in');
      expect((await resident.post('/sign-in', { email })).status).toBe(200);
    }
    const another = browser();
    await another.get('/sign-in');
    const refused = await another.post('/sign-in', { email });
    expect(refused.status).toBe(429);
    expect(refused.response.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

describe('sessions', () => {
  it('signs out this device, and a copy of the old cookie signs in no one', async () => {
    const resident = browser();
    await resident.signIn(address('leaver'), mailbox.url);
    const stolen = resident.cookies.get('__Host-doorstep_session') ?? '';
    await resident.get('');
    expect((await resident.post('/sign-out', {})).status).toBe(200);
    const thief = browser();
    thief.cookies.set('__Host-doorstep_session', stolen);
    const page = await thief.get('');
    expect(page.html).toContain('Sign in to your account');
    const me = await fetch(`${cms.url}/api/account/me`, { headers: { Cookie: `__Host-doorstep_session=${stolen}` } });
    expect(me.status).toBe(401);
  });

  it('signs out of every device', async () => {
    const email = address('two-devices');
    const phone = browser();
    const laptop = browser();
    await phone.signIn(email, mailbox.url);
    await laptop.signIn(email, mailbox.url);
    await phone.get('');
    await phone.post('/sign-out-everywhere', {});
    expect((await laptop.get('')).html).toContain('Sign in to your account');
  });

  it('never adopts a session fixed by someone else: signing in makes a new one and ends the old', async () => {
    const attacker = browser();
    await attacker.signIn(address('attacker'), mailbox.url);
    const planted = attacker.cookies.get('__Host-doorstep_session') ?? '';
    const victim = browser();
    victim.cookies.set('__Host-doorstep_session', planted);
    await victim.signIn(address('victim'), mailbox.url);
    const victimToken = victim.cookies.get('__Host-doorstep_session');
    expect(victimToken).toBeDefined();
    expect(victimToken).not.toBe(planted);
    expect((await attacker.get('')).html).toContain('Sign in to your account');
  });

  it('ends a session left unused for the idle time', async () => {
    const resident = browser();
    await resident.signIn(address('idle'), mailbox.url);
    await cms.strapi.db
      .connection('doorstep_resident_sessions')
      .update({ last_seen_at: Date.now() - 2 * 60 * 60_000 })
      .whereNotNull('token_hash');
    expect((await resident.get('')).html).toContain('Sign in to your account');
  });
});

describe('cross-site requests', () => {
  it('refuses a post from another site, one without the form token, and one with another browser’s token', async () => {
    const resident = browser();
    await resident.signIn(address('csrf'), mailbox.url);
    await resident.get('');
    const crossSite = await resident.post('/sign-out', {}, { 'Sec-Fetch-Site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    const otherOrigin = await resident.post('/sign-out', {}, { 'Sec-Fetch-Site': '', Origin: 'https://evil.example' });
    expect(otherOrigin.status).toBe(403);
    const noToken = await resident.post('/sign-out', { formToken: '' });
    expect(noToken.status).toBe(403);
    const other = browser();
    await other.get('/sign-in');
    const borrowed = await resident.post('/sign-out', { formToken: other.formToken });
    expect(borrowed.status).toBe(403);
    // Still signed in after all four.
    expect((await resident.get('')).html).toContain('Signed in as');
  });
});

describe('my requests', () => {
  it('lists what was sent signed in, offers earlier guest requests with the same address, and attaches them on request', async () => {
    const email = address('sam');
    const guestReference = await submitAsGuest(email);
    const resident = browser();
    await resident.signIn(email, mailbox.url);
    const home = await resident.get('');
    expect(home.html).toContain('1 earlier request');
    expect(home.html).toContain(guestReference);
    expect(home.html).not.toContain(`/account/requests/${guestReference}`);

    const attached = await resident.post('/requests/attach', {});
    expect(attached.status).toBe(303);
    const after = await resident.get(`?attached=1`);
    expect(after.html).toContain('1 request was added to your account');
    expect(after.html).toContain(`/account/requests/${guestReference}`);
    expect(after.html).toContain('Received');

    const signedInReference = await submitAsGuest(email, { Cookie: resident.cookieHeader() });
    const request = await resident.get(`/requests/${signedInReference}`);
    expect(request.status).toBe(200);
    expect(request.html).toContain('When does my badge run out?');
    expect(request.html).toContain('What the council has said');
    expect(request.html).toContain('Received');
  });

  it("never shows one resident another's request, by reference, whether it was attached or not", async () => {
    const alice = browser();
    const aliceEmail = address('alice');
    await alice.signIn(aliceEmail, mailbox.url);
    const alicesReference = await submitAsGuest(aliceEmail, { Cookie: alice.cookieHeader() });
    const guestReference = await submitAsGuest(aliceEmail);

    const bob = browser();
    await bob.signIn(address('bob'), mailbox.url);
    for (const reference of [alicesReference, guestReference, 'DS-0000-0000', '../me', '%00']) {
      const page = await bob.get(`/requests/${encodeURIComponent(reference)}`);
      expect(page.status).toBe(404);
      expect(page.html).not.toContain('When does my badge run out?');
      const json = await bob.get(`/requests/${encodeURIComponent(reference)}`, { Accept: 'application/json' });
      expect(json.status).toBe(404);
    }
    const bobsHome = await bob.get('');
    expect(bobsHome.html).not.toContain(alicesReference);
    expect(bobsHome.html).not.toContain(guestReference);
    await bob.post('/requests/attach', {});
    const still: unknown = await cms.strapi.db
      .connection('form_submissions')
      .where({ reference: guestReference })
      .first();
    expect(still).toMatchObject({ account_id: null });
    // Signed out, nothing at all.
    const anonymous = browser();
    expect((await anonymous.get(`/requests/${alicesReference}`)).status).toBe(303);
    expect((await fetch(`${cms.url}/api/account/me`)).status).toBe(401);
  });
});

describe('fuzzing the account endpoints', () => {
  /** Every route the account has, read from its routes file: a route added later is fuzzed too. */
  const routes = accountRoutes.routes.map((route) => ({
    method: route.method,
    path: route.path.replace(/^\/account/, ''),
  }));

  it('knows every account route', () => {
    expect(routes.length).toBeGreaterThanOrEqual(17);
  });

  it('answers anything, signed in or not, with a 4xx, a redirect or a page: never a 5xx, never another resident’s data', async () => {
    const owner = browser();
    const ownerEmail = address('owner');
    await owner.signIn(ownerEmail, mailbox.url);
    await owner.post('/details', {
      name: 'Owner Person',
      phone: '07700 900123',
      line1: '1 Owner Row',
      town: 'Bramblewick',
      postcode: 'BW1 2AB',
    });
    const ownersReference = await submitAsGuest(ownerEmail, { Cookie: owner.cookieHeader() });
    const signedOut = browser();
    await signedOut.get('/sign-in');
    const signedIn = browser();
    await signedIn.signIn(address('prober'), mailbox.url);
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom('', '000000', ownerEmail, ownersReference, '../../', 'a@b', '%', '\u0000', 'x'.repeat(5000)),
    );
    const param = fc.oneof(
      fc.string({ minLength: 1 }),
      fc.constantFrom(
        ownersReference,
        ownersReference.toLowerCase(),
        'blue-badge-enquiry',
        '..',
        '%00',
        'x'.repeat(300),
      ),
    );
    const names = fc.constantFrom(
      'email',
      'code',
      'next',
      'formToken',
      'reference',
      'name',
      'phone',
      'line1',
      'postcode',
      'confirm',
      'answers',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        param,
        fc.dictionary(names, value),
        fc.boolean(),
        fc.boolean(),
        async (route, parameter, fields, asJson, asProber) => {
          const who = asProber ? signedIn : signedOut;
          const path = route.path.replace(/:[a-zA-Z]+/g, () => encodeURIComponent(parameter));
          const get = route.method === 'GET';
          const response = await fetch(`${who.path(path)}${get ? `?${new URLSearchParams(fields)}` : ''}`, {
            method: route.method,
            redirect: 'manual',
            headers: {
              Cookie: who.cookieHeader(),
              'Sec-Fetch-Site': 'same-origin',
              'Content-Type': asJson ? 'application/json' : 'application/x-www-form-urlencoded',
              Accept: asJson ? 'application/json' : 'text/html',
              ...who.extraHeaders,
            },
            body: get
              ? undefined
              : asJson
                ? JSON.stringify(fields)
                : new URLSearchParams({ formToken: who.formToken, ...fields }).toString(),
          });
          const text = await response.text();
          expect(response.status, `${route.method} ${path}`).toBeLessThan(500);
          expect(text).not.toContain(ownersReference);
          expect(text).not.toContain('When does my badge run out?');
          expect(text).not.toContain('1 Owner Row');
          expect(text).not.toContain('07700 900123');
        },
      ),
      { numRuns: 300 },
    );
    // The owner's account is untouched by all that.
    const mine = await owner.get('/');
    expect(mine.html).toContain(ownersReference);
  });
});

describe('your details and your data', () => {
  it('keeps details the resident gives, refusing a postcode that is not one, and fills a form in with them', async () => {
    const resident = browser();
    const email = address('details');
    await resident.signIn(email, mailbox.url);
    await resident.get('/details');
    const refused = await resident.post('/details', {
      name: 'Sam Pike',
      phone: '01632 960 001',
      line1: '1 Mill Lane',
      town: 'Bramblewick',
      postcode: 'not a postcode',
    });
    expect(refused.status).toBe(422);
    expect(refused.html).toContain('Enter a full UK postcode');
    expect(refused.html).toContain('value="1 Mill Lane"');
    const saved = await resident.post('/details', {
      name: 'Sam Pike',
      phone: '01632 960 001',
      line1: '1 Mill Lane',
      line2: '',
      town: 'Bramblewick',
      postcode: 'bw1 1aa',
    });
    expect(saved.status).toBe(303);
    expect((await resident.get('/details?saved=1')).html).toContain('value="BW1 1AA"');

    const form = await resident.get('/forms/blue-badge-enquiry');
    expect(form.status).toBe(200);
    expect(form.html).toContain('We have filled in your details from your account');
    expect(form.html).toMatch(/name="full-name"[^>]*value="Sam Pike"|value="Sam Pike"[^>]*name="full-name"/);
    expect(form.html).toContain(`value="${email}"`);
    // Signed out, the prefilled form is behind sign-in and shows nothing.
    const anonymous = browser();
    const page = await anonymous.get('/forms/blue-badge-enquiry');
    expect(page.status).toBe(303);
    expect(page.response.headers.get('location')).toBe('/account/sign-in?next=%2Faccount%2Fforms%2Fblue-badge-enquiry');
  });

  it('saves the details a form gave to the account only when the resident ticks the box', async () => {
    const resident = browser();
    const email = address('ticker');
    await resident.signIn(email, mailbox.url);
    const send = async (name: string, tick: boolean) => {
      const response = await fetch(`${cms.url}/api/forms/blue-badge-enquiry/submissions`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'text/html',
          Cookie: resident.cookieHeader(),
        },
        body: new URLSearchParams({
          topic: 'renewal',
          question: 'When?',
          'full-name': name,
          email,
          _idempotencyKey: randomUUID(),
          ...(tick ? { _saveToAccount: 'yes' } : {}),
        }).toString(),
      });
      expect(response.status).toBe(201);
    };
    await send('Not Saved', false);
    expect((await resident.get('/details')).html).not.toContain('Not Saved');
    await send('Ticked Name', true);
    expect((await resident.get('/details')).html).toContain('value="Ticked Name"');

    // A page on another origin (another site, or another subdomain, which SameSite=Lax
    // lets send the cookie) may send the form only as a guest's: not linked, no details saved.
    const before = (await resident.get('/')).html;
    const foreign: Array<Record<string, string>> = [
      { 'Sec-Fetch-Site': 'same-site' },
      { Origin: 'https://evil.bramblewick.example' },
    ];
    for (const headers of foreign) {
      const response = await fetch(`${cms.url}/api/forms/blue-badge-enquiry/submissions`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json',
          Cookie: resident.cookieHeader(),
          ...headers,
        },
        body: new URLSearchParams({
          topic: 'renewal',
          question: 'Forged?',
          'full-name': 'Forged Name',
          email,
          _idempotencyKey: randomUUID(),
          _saveToAccount: 'yes',
        }).toString(),
      });
      expect(response.status).toBe(201);
      const { reference } = ((await response.json()) as { data: { reference: string } }).data;
      expect((await resident.get('/details')).html).not.toContain('Forged Name');
      expect((await resident.get('/')).html).not.toContain(`>${reference}<`);
      expect(before).not.toContain(reference);
    }
  });

  it('shows and downloads everything the account holds, and deletes the account but keeps its requests for their retention', async () => {
    const resident = browser();
    const email = address('leaving');
    await resident.signIn(email, mailbox.url);
    const reference = await submitAsGuest(email, { Cookie: resident.cookieHeader() });
    const other = browser();
    const othersEmail = address('stays');
    await other.signIn(othersEmail, mailbox.url);
    const othersReference = await submitAsGuest(othersEmail, { Cookie: other.cookieHeader() });

    const page = await resident.get('/data');
    expect(page.html).toContain(email);
    expect(page.html).toContain(reference);
    expect(page.html).not.toContain(othersReference);
    const download = await fetch(resident.path('/data.json'), { headers: { Cookie: resident.cookieHeader() } });
    expect(download.headers.get('content-disposition')).toContain('attachment');
    const json = (await download.json()) as {
      data: { account: { email: string }; requests: Array<{ reference: string }> };
    };
    expect(json.data.account.email).toBe(email);
    expect(json.data.requests.map((request) => request.reference)).toEqual([reference]);

    expect((await resident.get('/delete')).html).toContain('It cannot be undone');
    const deleted = await resident.post('/delete', {});
    expect(deleted.status).toBe(200);
    expect(deleted.html).toContain('Your account is deleted');
    const knex = cms.strapi.db.connection;
    expect(await knex('doorstep_residents').where({ email })).toHaveLength(0);
    const kept: unknown = await knex('form_submissions').where({ reference }).first();
    expect(kept).toMatchObject({ reference, account_id: null });
    expect((await resident.get('')).html).toContain('Sign in to your account');
    expect((await other.get('')).html).toContain(othersReference);
  });
});
