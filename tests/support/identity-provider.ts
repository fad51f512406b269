import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type JWK } from 'oidc-provider';

/** Who the provider signs in next: a subject and the address it vouches for, or not. */
export interface ProviderAccount {
  sub: string;
  email: string;
  email_verified: boolean;
}

export interface IdentityProvider {
  issuer: string;
  clientId: string;
  /** The client's private key (private_key_jwt), PEM, for the CMS's OIDC_PRIVATE_KEY. */
  clientPrivateKey: string;
  clientSecret: string;
  /** Signs this account in at the next authorization request. */
  signInNext(account: ProviderAccount): void;
  /**
   * Follows the provider's redirects from the authorization address the CMS gave, as
   * a browser would (login and consent pass on their own), to the address it sends
   * the resident back to.
   */
  authorize(location: string): Promise<URL>;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (panva's oidc-provider, the certified implementation) in the
 * test process on 127.0.0.1: the network edge the account's connector talks to. Its
 * interaction signs in whichever account the test chose, and every grant is given.
 */
export async function startIdentityProvider(options: {
  redirectUri: string;
  auth: 'private_key_jwt' | 'client_secret_post';
}): Promise<IdentityProvider> {
  const http: Server = createServer();
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const accounts = new Map<string, ProviderAccount>();
  let next: ProviderAccount | undefined;

  const signing = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const client = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const clientSecret = 'oidc-test-client-secret-0123456789abcdef';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'doorstep-test',
        ...(options.auth === 'client_secret_post'
          ? { client_secret: clientSecret, token_endpoint_auth_method: 'client_secret_post' }
          : { token_endpoint_auth_method: 'private_key_jwt', jwks: { keys: [publicJwk(client.publicKey)] } }),
        redirect_uris: [options.redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    jwks: { keys: [{ ...(signing.export({ format: 'jwk' }) as JWK), kid: 'test-signing', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: ['identity-provider-test-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    features: { devInteractions: { enabled: false } },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      return account ? { accountId: sub, claims: () => ({ ...account }) } : undefined;
    },
    // Consent is given: every client here is the council's own.
    async loadExistingGrant(ctx) {
      const accountId = ctx.oidc.session?.accountId;
      if (!accountId || !ctx.oidc.client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId });
      grant.addOIDCScope('openid email');
      await grant.save();
      return grant;
    },
  });
  provider.on('server_error', (_ctx, error) => console.error('Identity provider:', error));
  const handle = provider.callback();
  http.on('request', (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return void handle(req, res);
    const account = next;
    if (!account) {
      res.statusCode = 500;
      res.end('The test chose no account to sign in');
      return;
    }
    accounts.set(account.sub, account);
    provider
      .interactionFinished(req, res, { login: { accountId: account.sub } }, { mergeWithLastSubmission: false })
      .catch((error: Error) => {
        res.statusCode = 500;
        res.end(error.message);
      });
  });

  const jar = new Map<string, string>();
  return {
    issuer,
    clientId: 'doorstep-test',
    clientPrivateKey: client.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    clientSecret,
    signInNext(account) {
      next = account;
    },
    async authorize(location) {
      jar.clear();
      let url = new URL(location);
      for (let hop = 0; hop < 10; hop += 1) {
        if (`${url.origin}${url.pathname}` === options.redirectUri) return url;
        const response = await fetch(url, {
          redirect: 'manual',
          headers: { Cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') },
        });
        for (const line of response.headers.getSetCookie()) {
          const [pair = ''] = line.split(';');
          const at = pair.indexOf('=');
          jar.set(pair.slice(0, at), pair.slice(at + 1));
        }
        const to = response.headers.get('location');
        if (!to) throw new Error(`The identity provider answered ${response.status}: ${await response.text()}`);
        url = new URL(to, url);
      }
      throw new Error('The identity provider redirected more than 10 times');
    },
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  };
}

const publicJwk = (key: KeyObject): JWK => ({ ...(key.export({ format: 'jwk' }) as JWK), use: 'sig' });
