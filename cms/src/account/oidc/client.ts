import { webcrypto, type KeyObject } from 'node:crypto';
import type * as OpenIdClientModule from 'openid-client' with { 'resolution-mode': 'import' };
import type { OidcConfig } from './config';

/**
 * openid-client (v6) is ESM only and the CMS is CommonJS: it is loaded with a dynamic
 * import, once, and only when the connector is on; a type-only import gives its types.
 */
export type OpenIdClient = typeof OpenIdClientModule;
export type Configuration = OpenIdClientModule.Configuration;

let library: Promise<OpenIdClient> | undefined;
export const openIdClient = (): Promise<OpenIdClient> => (library ??= import('openid-client'));

/** Seconds the CMS waits on the identity provider (discovery, keys, tokens, user info). */
const TIMEOUT_S = 10;

/** The private key as WebCrypto wants it: RS256 for RSA, ES256 for P-256 (what One Login accepts). */
async function signingKey(key: KeyObject): Promise<webcrypto.CryptoKey> {
  const der = key.export({ type: 'pkcs8', format: 'der' });
  const algorithm =
    key.asymmetricKeyType === 'rsa'
      ? { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }
      : { name: 'ECDSA', namedCurve: 'P-256' };
  return webcrypto.subtle.importKey('pkcs8', der, algorithm, false, ['sign']);
}

let discovered: { config: OidcConfig; configuration: Promise<Configuration> } | undefined;

/**
 * The provider's metadata, fetched on the first sign-in rather than at boot, so an
 * identity provider that is down stops only its own button. A failed fetch is not
 * kept: the next sign-in tries again.
 */
export function providerConfiguration(config: OidcConfig): Promise<Configuration> {
  if (discovered?.config === config) return discovered.configuration;
  const configuration = discover(config);
  discovered = { config, configuration };
  configuration.catch(() => {
    if (discovered?.configuration === configuration) discovered = undefined;
  });
  return configuration;
}

async function discover(config: OidcConfig): Promise<Configuration> {
  const client = await openIdClient();
  const authentication =
    config.auth.method === 'private_key_jwt'
      ? client.PrivateKeyJwt(await signingKey(config.auth.key))
      : client.ClientSecretPost(config.auth.secret);
  const configuration = await client.discovery(
    config.issuer,
    config.clientId,
    { redirect_uris: [config.redirectUri], response_types: ['code'] },
    authentication,
    {
      timeout: TIMEOUT_S,
      // Plain http only for a provider on this machine (config.ts refuses it elsewhere): the tests' provider.
      execute: config.issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [],
    },
  );
  configuration.timeout = TIMEOUT_S;
  return configuration;
}
