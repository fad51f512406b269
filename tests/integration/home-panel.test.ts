import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportableDays } from '../../cms/src/account/home-bins';
import { homeTasks } from '../../cms/src/account/home-tasks';
import { dayOfWeek, ukDate } from '@doorstep/domain';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { startMailbox, type Mailbox } from '../support/mailbox';
import { ResidentBrowser } from '../support/resident';

/**
 * The personal panel (issue 16): `/account/home-panel` for the home page's script
 * and the top of `/account/`. Only the signed-in resident's own requests and street;
 * nothing for anyone else; never stored by a cache.
 */
const PROXY_SECRET = 'home-panel-test-proxy-secret-0123456789';
let cms: TestCms;
let mailbox: Mailbox;
let clients = 0;
let street: { streetName: string; locality: string; postcode: string; usrn: number };

const browser = () =>
  new ResidentBrowser(cms.url, '/api/account', {
    'x-doorstep-proxy': PROXY_SECRET,
    'x-forwarded-for': `198.51.100.${(clients += 1)}`,
  });
const address = (who: string) => `${who}-${randomUUID().slice(0, 8)}@residents.example`;

async function submit(email: string, cookie: string): Promise<string> {
  const response = await fetch(`${cms.url}/api/forms/blue-badge-enquiry/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), Cookie: cookie },
    body: JSON.stringify({ answers: { topic: 'renewal', question: 'When?', 'full-name': 'Sam', email } }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { data: { reference: string } }).data.reference;
}

async function signedIn(who: string, details: Record<string, string>) {
  const resident = browser();
  const email = address(who);
  await resident.signIn(email, mailbox.url);
  await resident.get('/details');
  const saved = await resident.post('/details', { name: '', phone: '', line2: '', ...details });
  expect(saved.status).toBe(303);
  return { resident, email };
}

const panel = (resident: ResidentBrowser) =>
  fetch(resident.path('/home-panel'), { headers: { Cookie: resident.cookieHeader(), ...resident.extraHeaders } });

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
      FORM_SUBMISSIONS_PER_MINUTE: '1000',
      FORM_SUBMISSIONS_BURST: '1000',
    },
  });
  const verge = (await cms.strapi.db.query('api::verge.verge').findOne({
    where: { publishedAt: { $notNull: true }, postcodes: { $notNull: true } },
    select: ['streetName', 'locality', 'postcodes', 'usrn'],
    orderBy: { reference: 'asc' },
  })) as { streetName: string; locality: string; postcodes: string; usrn: number };
  street = { ...verge, postcode: verge.postcodes.split(', ')[0]! };
  // The street's bins: collected weekly on the last working day before today, so still reportable as missed.
  const collected = reportableDays(ukDate(new Date())).at(-1)!;
  const firstCollection = new Date(Date.parse(`${collected}T12:00:00Z`) - 28 * 86_400_000).toISOString().slice(0, 10);
  const round = {
    usrn: street.usrn,
    streetName: street.streetName,
    locality: street.locality,
    postcodes: street.postcode,
    services: [{ bin: 'rubbish', colour: 'black', weekday: dayOfWeek(collected), everyWeeks: 1, firstCollection }],
    exceptions: [],
  };
  // The demo council has a round for most streets already: change it, or make one.
  const rounds = cms.strapi.documents('api::bin-round.bin-round');
  const existing = await rounds.findFirst({ filters: { usrn: street.usrn } as never });
  if (existing) {
    await rounds.update({ documentId: existing.documentId, data: round as never });
    await rounds.publish({ documentId: existing.documentId });
  } else await rounds.create({ data: round as never, status: 'published' });
});

afterAll(async () => {
  await cms?.stop();
  await mailbox?.close();
});

describe('the personal panel', () => {
  it('is 401 with no data when no one is signed in, and never stored', async () => {
    const response = await fetch(`${cms.url}/api/account/home-panel`);
    expect(response.status).toBe(401);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { data: unknown };
    expect(body.data).toBeNull();
  });

  it("shows each resident their own open requests, the late first, and their street's next cut; never another's", async () => {
    const a = await signedIn('a', {
      line1: `12 ${street.streetName}`,
      town: street.locality,
      postcode: street.postcode,
    });
    const b = await signedIn('b', { line1: '1 Nowhere Lane', town: 'Elsewhere', postcode: 'ZZ9 9ZZ' });
    const aOnTime = await submit(a.email, a.resident.cookieHeader());
    const aLate = await submit(a.email, a.resident.cookieHeader());
    const bOwn = await submit(b.email, b.resident.cookieHeader());
    await cms.strapi.db
      .query('api::form-submission.form-submission')
      .update({ where: { reference: aLate }, data: { expectedReplyBy: '2020-01-06' } });

    const forA = await panel(a.resident);
    expect(forA.status).toBe(200);
    expect(forA.headers.get('cache-control')).toBe('no-store, private');
    expect(forA.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await forA.text();
    expect(html).toContain('Your requests and your street');
    // Bins collected in the time a missed bin can be reported: that comes first, before the requests.
    expect(html).toMatch(/Your bins were collected (yesterday|on \d+ \w+ \d{4}) \(General rubbish\)/);
    expect(html.indexOf('Report a missed bin')).toBeLessThan(html.indexOf('Your open requests'));
    expect(html).toContain('href="/forms/report-a-missed-bin/"');
    expect(html).toContain('Your bin day');
    expect(html).toMatch(/Your nearest community hub.*(Open now|Closed|Call before you visit)/s);
    expect(html.indexOf(aLate)).toBeGreaterThan(-1);
    expect(html.indexOf(aLate)).toBeLessThan(html.indexOf(aOnTime));
    expect(html).toContain('Late');
    expect(html).toContain('1 request is past the date we said we would reply by');
    expect(html).toContain(`${street.streetName}, ${street.locality}`);
    expect(html).not.toContain(bOwn);

    const forB = await (await panel(b.resident)).text();
    expect(forB).toContain(bOwn);
    expect(forB).not.toContain(aLate);
    expect(forB).not.toContain(aOnTime);
    expect(forB).toContain('The council does not cut grass on the street in your address (ZZ9 9ZZ)');
    expect(forB).not.toContain('Report a missed bin');
    expect(forB).toContain('We could not find a collection round for your address');

    // The account page shows the same panel first, for residents without JavaScript.
    const account = await a.resident.get('');
    expect(account.html).toContain('data-home-panel');
    expect(account.html.indexOf('data-home-panel')).toBeLessThan(account.html.indexOf('Your requests</h2>'));
    expect(account.html).toContain('Popular tasks');
  });

  it('asks for an address when the account has none', async () => {
    const c = await signedIn('c', { line1: '', town: '', postcode: '' });
    const html = await (await panel(c.resident)).text();
    expect(html).toContain('Add your address</a> to see when the grass on your street is next cut');
    expect(html).toContain('You have no open requests');
  });

  it('answers 401, never a 5xx, whatever the session cookie holds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 120 }), async (value) => {
        const cookie = `__Host-doorstep_session=${encodeURIComponent(value)}`;
        const response = await fetch(`${cms.url}/api/account/home-panel`, { headers: { Cookie: cookie } });
        expect(response.status).toBe(401);
        expect(await response.text()).not.toContain('govuk-list');
      }),
      { numRuns: 40 },
    );
  });
});

describe('seasonal top tasks', () => {
  it('puts the pages promoted this month first: garden waste in April, gritting in December', async () => {
    const april = await homeTasks(cms.strapi, new Date('2027-04-10T12:00:00Z'));
    expect(april[0]).toMatchObject({ title: 'Subscribe to garden waste collections', seasonal: true });
    expect(april.some((task) => task.title === 'Gritting and winter roads')).toBe(false);
    const december = await homeTasks(cms.strapi, new Date('2026-12-10T12:00:00Z'));
    expect(december[0]).toMatchObject({ title: 'Gritting and winter roads', seasonal: true });
    expect(december.filter((task) => task.seasonal)).toHaveLength(1);
  });

  it('refuses to publish a month that is not one, naming the field and the word', async () => {
    const page = await cms.strapi.documents('api::service-page.service-page').findFirst({
      filters: { slug: 'report-a-pothole' },
      status: 'draft',
    });
    await cms.strapi
      .documents('api::service-page.service-page')
      .update({ documentId: page!.documentId, data: { promotedMonths: 'March, Marchember, 13' } as never });
    await expect(
      cms.strapi.documents('api::service-page.service-page').publish({ documentId: page!.documentId }),
    ).rejects.toThrow(/Promote on the home page in: "Marchember", "13" is not a month/);
  });
});
