import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { emailSchema } from '../residents';
import { hashToken, newToken } from '../secrets';
import { TABLES } from '../store';
import { openIdClient, providerConfiguration } from './client';
import type { OidcConfig } from './config';

/**
 * One sign-in at the identity provider, from the button to the way back: the
 * authorization code flow with PKCE, state and nonce (OpenID Connect Core 3.1,
 * RFC 9700 2.1). What must come back is kept in a row of its own; the browser holds
 * only a random token for it, in a `__Host-` cookie, and the database its hash. The
 * row is spent by the first callback that presents it, right or wrong, so a callback
 * cannot be replayed, and it lasts ten minutes.
 */
export const OIDC_COOKIE = '__Host-doorstep_oidc';
export const OIDC_FLOW_LIFETIME_MS = 10 * 60_000;

const flowRow = z.object({
  state: z.string(),
  nonce: z.string(),
  code_verifier: z.string(),
  next: z.string(),
  expires_at: z.coerce.number(),
});

/** Starts a sign-in: the flow's row, the cookie's token and the provider's address to send the resident to. */
export async function startFlow(
  strapi: Core.Strapi,
  config: OidcConfig,
  next: string,
  now = Date.now(),
): Promise<{ token: string; location: string }> {
  const [client, configuration] = await Promise.all([openIdClient(), providerConfiguration(config)]);
  const flow = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    code_verifier: client.randomPKCECodeVerifier(),
  };
  const token = newToken();
  await strapi.db.connection(TABLES.oidcFlows).insert({
    token_hash: hashToken(token),
    ...flow,
    next,
    created_at: now,
    expires_at: now + OIDC_FLOW_LIFETIME_MS,
  });
  const location = client.buildAuthorizationUrl(configuration, {
    redirect_uri: config.redirectUri,
    scope: 'openid email',
    state: flow.state,
    nonce: flow.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(flow.code_verifier),
    code_challenge_method: 'S256',
  });
  return { token, location: location.href };
}

export type FlowResult = { ok: true; email: string; next: string } | { ok: false; reason: FlowFailure };

/** Why a way back was refused; each has its page (pages.ts). */
export type FlowFailure = 'no-flow' | 'cancelled' | 'refused' | 'unverified-email';

const userInfo = z.object({
  email: emailSchema,
  // Only an address the provider has checked signs in to the account that address owns.
  email_verified: z.literal(true),
});

/**
 * Finishes a sign-in: spends the flow's row, then lets openid-client check the way
 * back (state, issuer), swap the code with the PKCE verifier, check the ID token
 * (signature, audience, expiry, nonce) and fetch the resident's verified address from
 * the user info endpoint, for the subject the ID token names.
 */
export async function finishFlow(
  strapi: Core.Strapi,
  config: OidcConfig,
  token: string | undefined,
  query: string,
  now = Date.now(),
): Promise<FlowResult> {
  const flow = token ? await spendFlow(strapi, token, now) : null;
  if (!flow) return { ok: false, reason: 'no-flow' };
  const client = await openIdClient();
  const callback = new URL(`${config.redirectUri}?${query}`);
  if (callback.searchParams.get('error') === 'access_denied') return { ok: false, reason: 'cancelled' };
  try {
    const configuration = await providerConfiguration(config);
    const tokens = await client.authorizationCodeGrant(configuration, callback, {
      pkceCodeVerifier: flow.code_verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const subject = tokens.claims()?.sub;
    if (!subject) return { ok: false, reason: 'refused' };
    const info = userInfo.safeParse(await client.fetchUserInfo(configuration, tokens.access_token, subject));
    if (!info.success) return { ok: false, reason: 'unverified-email' };
    return { ok: true, email: info.data.email, next: flow.next };
  } catch (error) {
    strapi.log.warn(`OpenID Connect sign-in refused: ${error instanceof Error ? error.message : String(error)}`);
    return { ok: false, reason: 'refused' };
  }
}

/** The flow's row, deleted in the same step: only the request whose delete removed it may use it. */
async function spendFlow(strapi: Core.Strapi, token: string, now: number) {
  const knex = strapi.db.connection;
  const tokenHash = hashToken(token);
  const found: unknown = await knex(TABLES.oidcFlows).where({ token_hash: tokenHash }).first();
  if (!found) return null;
  const removed = await knex(TABLES.oidcFlows).where({ token_hash: tokenHash }).delete();
  const row = flowRow.parse(found);
  return removed === 1 && row.expires_at > now ? row : null;
}

/** Flows never finished, for the hourly clean-up. */
export async function deleteEndedFlows(strapi: Core.Strapi, now = Date.now()): Promise<number> {
  return strapi.db.connection(TABLES.oidcFlows).where('expires_at', '<=', now).delete();
}
