import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as FanOut from '../../cms/src/alerts/fan-out';
import { SUBSCRIBE_LIMITS } from '../../cms/src/alerts/http';
import { CMS_DIR } from '../../scripts/lib/cms/paths';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import type { ReceivedMail } from '../support/mailbox';
import { startMailbox, type Mailbox } from '../support/mailbox';
import { ResidentBrowser } from '../support/resident';
import { hostileText } from '../support/fuzz/values';

/**
 * Street alerts (issue 16) through the CMS's own routes: subscribing as a guest
 * (double opt-in) and signed in, every bad input, the limits, one-click unsubscribe
 * (RFC 8058) with tokens bound to one subscription, and the daily run: twice on one
 * day sends once; a week on sends the next week's. The daily run and the digest are
 * called in the compiled CMS's own modules (Node's require cache, as jobs-contract does).
 */
const require = createRequire(import.meta.url);
const fanOut = require(path.join(CMS_DIR, 'dist/src/alerts/fan-out.js')) as typeof FanOut;

const PROXY_SECRET = 'alerts-test-proxy-secret-0123456789';
const VERGE = 'api::verge.verge';
const USRN = 99_000_123;
const LABEL = 'Alert Test Lane, Bramblewick';
/** Weekly cuts on the test street: the first on a Monday in May 2027. */
const CUTS = ['2027-05-03', '2027-05-10', '2027-05-17'];

let cms: TestCms;
let mailbox: Mailbox;
let clients = 0;
let vergeDocumentId = '';

const browser = () =>
  new ResidentBrowser(cms.url, '/api/account', {
    'x-doorstep-proxy': PROXY_SECRET,
    'x-forwarded-for': `198.51.100.${(clients += 1) % 250}`,
  });
const address = (who: string) => `${who}-${randomUUID().slice(0, 8)}@residents.example`;

async function mails(to?: string): Promise<ReceivedMail[]> {
  const all = (await (await fetch(mailbox.url)).json()) as ReceivedMail[];
  return to ? all.filter((mail) => mail.to.includes(to)) : all;
}

async function waitForMails(to: string, count: number, what: RegExp = /./): Promise<ReceivedMail[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const mine = (await mails(to)).filter((mail) => what.test(mail.subject));
    if (mine.length >= count) return mine;
    if (Date.now() > deadline) throw new Error(`${mine.length} of ${count} emails to ${to} within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the queue is idle, then a little more: a test counting "still one" must not count too soon. */
async function settle(): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const waiting = await cms.strapi.db
      .connection('doorstep_jobs')
      .whereIn('state', ['created', 'active'])
      .count({ n: '*' })
      .first()
      .catch(() => ({ n: 0 }));
    if (Number((waiting as { n: number | string } | undefined)?.n ?? 0) === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}

const linkIn = (text: string, pattern: RegExp) => pattern.exec(text)?.[1] ?? '';
const unsubscribeTokenOf = (mail: ReceivedMail) =>
  linkIn(mail.text, /\/account\/alerts\/unsubscribe\/([A-Za-z0-9_-]{43})/);

async function subscribeAsGuest(email: string, frequency = 'immediate'): Promise<void> {
  const resident = browser();
  await resident.get(`/alerts/subscribe?street=${USRN}`);
  const asked = await resident.post('/alerts/subscribe', { street: String(USRN), email, frequency });
  expect(asked.status).toBe(200);
  expect(asked.html).toContain('Check your email');
  const [mail] = await waitForMails(email, 1, /Confirm your email alerts/);
  const token = linkIn(mail!.text, /\/account\/alerts\/confirm\?token=([A-Za-z0-9_-]{43})/);
  expect(token).toHaveLength(43);
  const confirmed = await resident.post('/alerts/confirm', { token });
  expect(confirmed.status).toBe(200);
  expect(confirmed.html).toContain('Your email alerts are on');
}

beforeAll(async () => {
  mailbox = await startMailbox();
  cms = await startCms({
    seed: true,
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mailbox.smtpPort),
      SMTP_IGNORE_TLS: 'true',
      SMTP_FROM: 'alerts@bramblewick.example',
      JOBS_POLL_MS: '100',
      PUBLIC_SITE_URL: 'https://www.bramblewick.example',
      PROXY_SECRET,
      AUTH_RATE_LIMIT: 'true',
    },
  });
  // A street of its own, with a cut every Monday: a demo verge with a new reference, USRN and cuts.
  const template = (await cms.strapi.db.query(VERGE).findOne({
    where: { publishedAt: { $notNull: true } },
    select: ['geometry', 'areaSquareMetres', 'category', 'postcodes'],
  })) as Record<string, unknown>;
  const created = await cms.strapi.documents(VERGE).create({
    data: {
      ...template,
      reference: 'BW-ALERT-1',
      streetName: 'Alert Test Lane',
      locality: 'Bramblewick',
      usrn: USRN,
      cutsPerSeason: CUTS.length,
      currentStatus: 'fine',
      cuts: CUTS.map((scheduledFrom) => ({ scheduledFrom, status: 'scheduled' })),
    } as never,
  });
  vergeDocumentId = created.documentId;
  await cms.strapi.documents(VERGE).publish({ documentId: vergeDocumentId });
});

afterAll(async () => {
  await cms?.stop();
  await mailbox?.close();
});

describe('subscribing', () => {
  it('a guest confirms from the emailed link, whose page changes nothing until Confirm is pressed', async () => {
    const email = address('guest');
    const resident = browser();
    const form = await resident.get(`/alerts/subscribe?street=${USRN}`);
    expect(form.status).toBe(200);
    expect(form.html).toContain(`Get email alerts for ${LABEL}`);
    await resident.post('/alerts/subscribe', { street: String(USRN), email, frequency: 'immediate' });
    const [mail] = await waitForMails(email, 1, /Confirm/);
    const token = linkIn(mail!.text, /confirm\?token=([A-Za-z0-9_-]{43})/);
    for (let opened = 0; opened < 2; opened += 1) {
      const page = await resident.get(`/alerts/confirm?token=${token}`);
      expect(page.status).toBe(200);
      expect(page.html).toContain('Press Confirm');
    }
    const row = (await cms.strapi.db.connection('doorstep_alert_subscriptions').where({ email }).first()) as {
      confirmed_at: unknown;
    };
    expect(row.confirmed_at).toBeNull();
    expect(JSON.stringify(row)).not.toContain(token);
    expect((await resident.post('/alerts/confirm', { token })).html).toContain('Your email alerts are on');
    // Spent: the same link again does nothing.
    expect((await resident.post('/alerts/confirm', { token })).status).toBe(400);
  });

  it('signed in, the alerts are on at once and the account lists them, with change and stop', async () => {
    const email = address('signed-in');
    const resident = browser();
    await resident.signIn(email, mailbox.url);
    await resident.get(`/alerts/subscribe?street=${USRN}`);
    const done = await resident.post('/alerts/subscribe', { street: String(USRN), frequency: 'immediate' });
    expect(done.html).toContain('You will get email alerts');
    let home = await resident.get('');
    expect(home.html).toContain('Your alerts');
    expect(home.html).toContain(LABEL);
    const id = linkIn(home.html, /name="id" value="(\d+)"/);
    await resident.post('/alerts/change', { id, frequency: 'digest' });
    home = await resident.get('');
    expect(home.html).toContain('One email a day');
    // Everything the account holds includes what it follows, readable and as JSON.
    expect((await resident.get('/data')).html).toMatch(
      new RegExp(`Email alerts</h2><ul class="govuk-list"><li>${LABEL}: one email a day`),
    );
    const download = await fetch(resident.path('/data.json'), { headers: { Cookie: resident.cookieHeader() } });
    const json = (await download.json()) as { data: { alerts: Array<{ street: string; howOften: string }> } };
    expect(json.data.alerts).toEqual([
      expect.objectContaining({ street: LABEL, howOften: 'One email a day with that day’s alerts' }),
    ]);
    // Another resident's id changes nothing.
    const other = browser();
    await other.signIn(address('other'), mailbox.url);
    await other.get('');
    await other.post('/alerts/stop', { id });
    expect(await cms.strapi.db.connection('doorstep_alert_subscriptions').where({ id: Number(id) })).toHaveLength(1);
    await resident.post('/alerts/stop', { id });
    home = await resident.get('');
    expect(home.html).toContain('You do not get any email alerts');
  });
});

describe('bad input gets a message naming the field, never a 5xx', () => {
  it('a street that does not exist, or is not a USRN', async () => {
    const resident = browser();
    const missing = await resident.get('/alerts/subscribe?street=99999998');
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('There is no street with USRN 99999998');
    const malformed = await resident.get('/alerts/subscribe?street=hawthorn');
    expect(malformed.status).toBe(400);
    expect(malformed.html).toContain('The street must be a USRN');
    await resident.get(`/alerts/subscribe?street=${USRN}`);
    const posted = await resident.post('/alerts/subscribe', { street: '99999998', email: address('x') });
    expect(posted.status).toBe(422);
    expect(posted.html).toContain('There is no street with USRN 99999998');
  });

  it('a malformed email and no frequency, each in the error summary linked to its field', async () => {
    const resident = browser();
    await resident.get(`/alerts/subscribe?street=${USRN}`);
    const posted = await resident.post('/alerts/subscribe', { street: String(USRN), email: 'not-an-address' });
    expect(posted.status).toBe(422);
    expect(posted.html).toContain('<a href="#email">Enter an email address in the correct format');
    expect(posted.html).toContain('<a href="#frequency">Choose how often you want emails</a>');
    expect(posted.html).toContain('value="not-an-address"');
  });

  it('a post without the form token, or from another site, is refused', async () => {
    const resident = browser();
    const noToken = await resident.post('/alerts/subscribe', { street: String(USRN), email: address('x') });
    expect(noToken.status).toBe(403);
    await resident.get(`/alerts/subscribe?street=${USRN}`);
    const crossSite = await resident.post(
      '/alerts/subscribe',
      { street: String(USRN), email: address('x'), frequency: 'immediate' },
      { 'Sec-Fetch-Site': 'cross-site' },
    );
    expect(crossSite.status).toBe(403);
  });

  it('a flood from one client, and to one address from many, is told to wait', async () => {
    const resident = browser();
    await resident.get(`/alerts/subscribe?street=${USRN}`);
    const statuses = [];
    for (let sent = 0; sent <= SUBSCRIBE_LIMITS.perClient.burst; sent += 1) {
      const answer = await resident.post('/alerts/subscribe', {
        street: String(USRN),
        email: address('flood'),
        frequency: 'immediate',
      });
      statuses.push(answer.status);
    }
    expect(statuses.slice(0, -1).every((status) => status === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const target = address('target');
    const perAddress = [];
    for (let sent = 0; sent <= SUBSCRIBE_LIMITS.perAddress.burst; sent += 1) {
      const other = browser();
      await other.get(`/alerts/subscribe?street=${USRN}`);
      const answer = await other.post('/alerts/subscribe', {
        street: String(USRN),
        email: target,
        frequency: 'immediate',
      });
      perAddress.push(answer.status);
    }
    expect(perAddress.at(-1)).toBe(429);
    expect(perAddress.at(-1 - 1)).toBe(200);
  });

  it('fuzzed bodies, queries and tokens: never a 5xx, never another subscriber’s address', async () => {
    const secret = address('secret');
    await subscribeAsGuest(secret);
    const resident = browser();
    await resident.get(`/alerts/subscribe?street=${USRN}`);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '/alerts/subscribe',
          '/alerts/confirm',
          '/alerts/change',
          '/alerts/stop',
          '/alerts/unsubscribe/',
        ),
        hostileText,
        hostileText,
        async (route, value, other) => {
          const suffix = route.endsWith('/') ? encodeURIComponent(value) || 'x' : '';
          const posted = await resident.post(`${route}${suffix}`, {
            street: value,
            email: other,
            frequency: value,
            token: other,
            id: value,
          });
          const got = await resident.get(
            `${route}${suffix}?street=${encodeURIComponent(value)}&token=${encodeURIComponent(other)}`,
          );
          for (const answer of [posted, got]) {
            expect(answer.status).toBeLessThan(500);
            expect(answer.html).not.toContain(secret);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('the daily run, the digest and one-click unsubscribe', () => {
  it('sends the week’s cut once however often it runs, and next week’s a week on', async () => {
    const immediate = address('weekly');
    const digest = address('digest');
    await subscribeAsGuest(immediate);
    await subscribeAsGuest(digest, 'digest');

    await fanOut.runDaily(cms.strapi, '2027-04-28');
    await fanOut.runDaily(cms.strapi, '2027-04-28');
    await settle();
    await fanOut.runDaily(cms.strapi, '2027-04-29');
    await settle();
    const first = await waitForMails(immediate, 1, /next week/);
    expect(first).toHaveLength(1);
    expect(first[0]!.subject).toBe(`Grass cutting on ${LABEL} next week`);
    expect(first[0]!.text).toContain('3 May 2027');
    // RFC 8058, as the SMTP server received them (folded header lines unfolded).
    const headers = first[0]!.raw
      .replace(/\r/g, '')
      .split('\n\n')[0]!
      .replace(/\n[ \t]+/g, ' ');
    expect(headers).toMatch(
      /^List-Unsubscribe: <https:\/\/www\.bramblewick\.example\/account\/alerts\/unsubscribe\/[A-Za-z0-9_-]{43}>$/m,
    );
    expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect((await mails(digest)).filter((mail) => /next week|Today’s alerts/.test(mail.subject))).toHaveLength(0);

    // The digest: one email with the day's events, once.
    await fanOut.runDigest(cms.strapi, '2027-04-28');
    await fanOut.runDigest(cms.strapi, '2027-04-28');
    await settle();
    const digests = await waitForMails(digest, 1, /Today’s alerts/);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.text).toContain(`Grass cutting on ${LABEL} next week`);

    // A week on: the next cut, once.
    await fanOut.runDaily(cms.strapi, '2027-05-05');
    await fanOut.runDaily(cms.strapi, '2027-05-05');
    await settle();
    const both = await waitForMails(immediate, 2, /next week/);
    expect(both).toHaveLength(2);
    expect(both[1]!.text).toContain('10 May 2027');
  });

  it('tells followers once when a verge on the street turns "problem reported" or a cut is skipped', async () => {
    const follower = address('changes');
    await subscribeAsGuest(follower);
    await cms.strapi.documents(VERGE).update({
      documentId: vergeDocumentId,
      data: {
        currentStatus: 'problem-reported',
        cuts: CUTS.map((scheduledFrom, index) =>
          index === 2
            ? { scheduledFrom, status: 'skipped', skipReason: 'Ground too wet' }
            : { scheduledFrom, status: 'scheduled' },
        ),
      } as never,
    });
    await cms.strapi.documents(VERGE).publish({ documentId: vergeDocumentId });
    await cms.strapi.documents(VERGE).publish({ documentId: vergeDocumentId });
    await settle();
    expect(await waitForMails(follower, 1, /problem was reported/)).toHaveLength(1);
    const skipped = await waitForMails(follower, 1, /was skipped/);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.text).toContain('Ground too wet');
  });

  it('on a street with a bin round, the day before a collection and a moved collection, each once', async () => {
    const follower = address('bins');
    await subscribeAsGuest(follower);
    // Rubbish every Friday from 7 May 2027; the collection of 21 May moves to Saturday 22 May.
    const round = await cms.strapi.documents('api::bin-round.bin-round').create({
      data: {
        usrn: USRN,
        streetName: 'Alert Test Lane',
        locality: 'Bramblewick',
        postcodes: 'BW1 2AB',
        services: [
          { bin: 'rubbish', colour: 'black', weekday: 'friday', everyWeeks: 1, firstCollection: '2027-05-07' },
        ],
        exceptions: [{ originalDate: '2027-05-21', newDate: '2027-05-22', reason: 'Road closed for the fair' }],
      } as never,
    });
    await cms.strapi.documents('api::bin-round.bin-round').publish({ documentId: round.documentId });
    await fanOut.runDaily(cms.strapi, '2027-05-13');
    await fanOut.runDaily(cms.strapi, '2027-05-13');
    await settle();
    const tomorrow = await waitForMails(follower, 1, /Your bins are collected tomorrow/);
    expect(tomorrow).toHaveLength(1);
    expect(tomorrow[0]!.text).toContain('14 May 2027');
    const moved = await waitForMails(follower, 1, /Bin collection changes/);
    expect(moved).toHaveLength(1);
    expect(moved[0]!.text).toContain('Road closed for the fair');
  });

  it('one-click unsubscribe stops that subscription only, without sign-in; the landing page’s GET changes nothing', async () => {
    const first = address('first');
    const second = address('second');
    await subscribeAsGuest(first);
    await subscribeAsGuest(second);
    await fanOut.runDaily(cms.strapi, '2027-05-06');
    await settle();
    const [firstMail] = await waitForMails(first, 1, /next week/);
    const [secondMail] = await waitForMails(second, 1, /next week/);
    const token = unsubscribeTokenOf(firstMail!);
    expect(token).toHaveLength(43);

    const landing = await fetch(`${cms.url}/api/account/alerts/unsubscribe/${token}`, {
      headers: { Accept: 'text/html' },
    });
    expect(landing.status).toBe(200);
    expect(await landing.text()).toContain('Stop these alerts');
    expect(await cms.strapi.db.connection('doorstep_alert_subscriptions').where({ email: first })).toHaveLength(1);

    // As a mail client makes it (RFC 8058): no cookie, no form token, no Origin.
    const clicked = await fetch(`${cms.url}/api/account/alerts/unsubscribe/${token}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(clicked.status).toBe(200);
    expect(await clicked.text()).toContain('You will not get these alerts any more');
    expect(await cms.strapi.db.connection('doorstep_alert_subscriptions').where({ email: first })).toHaveLength(0);
    expect(await cms.strapi.db.connection('doorstep_alert_subscriptions').where({ email: second })).toHaveLength(1);
    // A made-up token stops nothing.
    const madeUp = await fetch(`${cms.url}/api/account/alerts/unsubscribe/${'A'.repeat(43)}`, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
    });
    expect(madeUp.status).toBe(404);
    expect(await cms.strapi.db.connection('doorstep_alert_subscriptions').where({ email: second })).toHaveLength(1);
    // The second subscriber's own token still works for them alone.
    expect(unsubscribeTokenOf(secondMail!)).not.toBe(token);
  });
});
