import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { startIdentityProvider, type IdentityProvider } from '../support/identity-provider';
import { ResidentBrowser } from '../support/resident';

/**
 * Signing in with OpenID Connect (issue 15): the account's connector against a real
 * OpenID provider in process, as GOV.UK One Login would be (private_key_jwt), and as a
 * council's own provider with a client secret; off unless OIDC_ISSUER is set.
 */
const PROXY_SECRET = 'account-oidc-test-proxy-secret-0123456789';
const SITE = 'https://www.bramblewick.example';
const REDIRECT_URI = `${SITE}/account/oidc/callback`;
const FLOW_COOKIE = '__Host-doorstep_oidc';
const SESSION_COOKIE = '__Host-doorstep_session';
let clients = 0;

const browserOf = (cms: TestCms) =>
  new ResidentBrowser(cms.url, '/api/account', {
    'x-doorstep-proxy': PROXY_SECRET,
    'x-forwarded-for': `198.51.100.${(clients += 1)}`,
  });

const someone = (email_verified = true) => {
  const id = randomUUID().slice(0, 8);
  return { sub: `subject-${id}`, email: `Resident-${id}@Residents.example`, email_verified };
};

async function bootWith(idp: IdentityProvider, auth: Record<string, string>): Promise<TestCms> {
  return startCms({
    env: {
      PUBLIC_SITE_URL: SITE,
      PROXY_SECRET,
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_NAME: 'GOV.UK One Login',
      ...auth,
    },
  });
}

/** Presses the button, signs in at the provider, and returns where it sends the resident back to. */
async function throughProvider(resident: ResidentBrowser, idp: IdentityProvider, next?: string) {
  const started = await resident.get(`/oidc/start${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  expect(started.status).toBe(303);
  const location = started.response.headers.get('location') ?? '';
  expect(location.startsWith(`${idp.issuer}/`)).toBe(true);
  const flowCookie = resident.cookies.get(FLOW_COOKIE) ?? '';
  expect(flowCookie).not.toBe('');
  return { location, callback: await idp.authorize(location), flowCookie };
}

const callbackPath = (url: URL) => `/oidc/callback${url.search}`;

describe('off by default', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await startCms({ env: { PUBLIC_SITE_URL: SITE, PROXY_SECRET } });
  });
  afterAll(async () => cms?.stop());

  it('has no button and no routes without OIDC_ISSUER', async () => {
    const resident = browserOf(cms);
    const page = await resident.get('/sign-in');
    expect(page.status).toBe(200);
    expect(page.html).not.toContain('/account/oidc/start');
    expect(page.html).not.toMatch(/Sign in with/);
    expect((await resident.get('/oidc/start')).status).toBe(404);
    expect((await resident.get('/oidc/callback?code=abc&state=def')).status).toBe(404);
    expect(resident.cookies.has(FLOW_COOKIE)).toBe(false);
  });
});

describe('with GOV.UK One Login’s way of signing the client in (private_key_jwt)', () => {
  let idp: IdentityProvider;
  let cms: TestCms;
  beforeAll(async () => {
    idp = await startIdentityProvider({ redirectUri: REDIRECT_URI, auth: 'private_key_jwt' });
    cms = await bootWith(idp, { OIDC_PRIVATE_KEY: idp.clientPrivateKey });
  });
  afterAll(async () => {
    await cms?.stop();
    await idp?.close();
  });

  it('shows the button on the sign-in page, keeping where the resident was going', async () => {
    const resident = browserOf(cms);
    const page = await resident.get('/sign-in?next=/account/details');
    expect(page.html).toContain('Sign in with GOV.UK One Login');
    expect(page.html).toContain('href="/account/oidc/start?next=%2Faccount%2Fdetails"');
  });

  it('sends the resident to the provider with PKCE, state and nonce, in a short-lived __Host- cookie', async () => {
    const resident = browserOf(cms);
    const started = await resident.get('/oidc/start');
    const location = new URL(started.response.headers.get('location') ?? '');
    expect(location.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    expect(location.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(location.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(location.searchParams.get('nonce')).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(location.searchParams.get('scope')).toBe('openid email');
    const line = resident.lastSetCookies.find((cookie) => cookie.startsWith(`${FLOW_COOKIE}=`)) ?? '';
    expect(line).toMatch(/; Path=\/; Secure; SameSite=Lax; Max-Age=600; HttpOnly/);
    // The database keeps the token's hash, never the token.
    const rows = await cms.strapi.db.connection('doorstep_oidc_flows').select('token_hash');
    expect(JSON.stringify(rows)).not.toContain(resident.cookies.get(FLOW_COOKIE));
  });

  it('signs in, makes the account on the first sign-in and lands on the account', async () => {
    const resident = browserOf(cms);
    const account = someone();
    idp.signInNext(account);
    const { callback } = await throughProvider(resident, idp);
    expect(callback.searchParams.get('code')).toBeTruthy();
    const back = await resident.get(callbackPath(callback));
    expect(back.status).toBe(303);
    expect(back.response.headers.get('location')).toBe('/account/');
    expect(resident.cookies.get(SESSION_COOKIE)).toBeTruthy();
    expect(resident.cookies.has(FLOW_COOKIE)).toBe(false);
    const home = await resident.get('');
    expect(home.html).toContain('Signed in as');
    expect(home.html).toContain(account.email.toLowerCase());
    const residents = await cms.strapi.db
      .connection('doorstep_residents')
      .where({ email: account.email.toLowerCase() });
    expect(residents).toHaveLength(1);

    // A second sign-in is the same account, and goes where the resident was going.
    const again = browserOf(cms);
    idp.signInNext(account);
    const second = await throughProvider(again, idp, '/account/details');
    const landed = await again.get(callbackPath(second.callback));
    expect(landed.response.headers.get('location')).toBe('/account/details');
    expect(
      await cms.strapi.db.connection('doorstep_residents').where({ email: account.email.toLowerCase() }),
    ).toHaveLength(1);
  });

  it('refuses a replayed callback, with or without the cookie it came with', async () => {
    const resident = browserOf(cms);
    idp.signInNext(someone());
    const { callback, flowCookie } = await throughProvider(resident, idp);
    expect((await resident.get(callbackPath(callback))).status).toBe(303);

    const attacker = browserOf(cms);
    attacker.cookies.set(FLOW_COOKIE, flowCookie);
    const replayed = await attacker.get(callbackPath(callback));
    expect(replayed.status).toBe(400);
    expect(replayed.html).toContain('Your sign-in has expired');
    expect(attacker.cookies.has(SESSION_COOKIE)).toBe(false);

    const bare = browserOf(cms);
    expect((await bare.get(callbackPath(callback))).status).toBe(400);
    expect(bare.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it('refuses a callback whose state is not the one sent', async () => {
    const resident = browserOf(cms);
    idp.signInNext(someone());
    const { callback } = await throughProvider(resident, idp);
    callback.searchParams.set('state', 'not-the-state-that-was-sent-0123456789abcdef');
    const back = await resident.get(callbackPath(callback));
    expect(back.status).toBe(400);
    expect(back.html).toContain('We could not sign you in');
    expect(resident.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it('refuses a tampered cookie, and a callback from another browser’s flow', async () => {
    const resident = browserOf(cms);
    idp.signInNext(someone());
    const { callback, flowCookie } = await throughProvider(resident, idp);
    const flipped = `${flowCookie.slice(0, -1)}${flowCookie.endsWith('A') ? 'B' : 'A'}`;
    resident.cookies.set(FLOW_COOKIE, flipped);
    expect((await resident.get(callbackPath(callback))).status).toBe(400);
    expect(resident.cookies.has(SESSION_COOKIE)).toBe(false);

    // A code fixed on someone else (login CSRF): their own flow's state does not match.
    const victim = browserOf(cms);
    idp.signInNext(someone());
    await throughProvider(victim, idp);
    const forced = await victim.get(callbackPath(callback));
    expect(forced.status).toBe(400);
    expect(victim.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it('refuses an address the provider has not verified, and makes no account', async () => {
    const resident = browserOf(cms);
    const account = someone(false);
    idp.signInNext(account);
    const { callback } = await throughProvider(resident, idp);
    const back = await resident.get(callbackPath(callback));
    expect(back.status).toBe(400);
    expect(back.html).toContain('did not give us an email address it has checked');
    expect(resident.cookies.has(SESSION_COOKIE)).toBe(false);
    expect(
      await cms.strapi.db.connection('doorstep_residents').where({ email: account.email.toLowerCase() }),
    ).toHaveLength(0);
  });

  it('says so when the resident stops at the provider', async () => {
    const resident = browserOf(cms);
    const started = await resident.get('/oidc/start');
    const state = new URL(started.response.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const back = await resident.get(`/oidc/callback?error=access_denied&state=${state}`);
    expect(back.status).toBe(400);
    expect(back.html).toContain('You did not sign in');
  });
});

describe('with a council’s own provider and a client secret', () => {
  let idp: IdentityProvider;
  let cms: TestCms;
  beforeAll(async () => {
    idp = await startIdentityProvider({ redirectUri: REDIRECT_URI, auth: 'client_secret_post' });
    cms = await bootWith(idp, { OIDC_CLIENT_SECRET: idp.clientSecret });
  });
  afterAll(async () => {
    await cms?.stop();
    await idp?.close();
  });

  it('signs in', async () => {
    const resident = browserOf(cms);
    idp.signInNext(someone());
    const { callback } = await throughProvider(resident, idp);
    const back = await resident.get(callbackPath(callback));
    expect(back.status).toBe(303);
    expect(resident.cookies.get(SESSION_COOKIE)).toBeTruthy();
    expect((await resident.get('')).html).toContain('Signed in as');
  });
});
