import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readOidcConfig } from '../../cms/src/account/oidc/config';

/** The OpenID Connect connector's settings (cms/src/account/oidc/config.ts): off unless set, and every mistake named at boot. */
const base = {
  OIDC_ISSUER: 'https://oidc.account.gov.uk/',
  OIDC_CLIENT_ID: 'doorstep',
  OIDC_NAME: 'GOV.UK One Login',
  PUBLIC_SITE_URL: 'https://www.bramblewick.example/',
};
const pem = (type: 'rsa' | 'ec' | 'ed25519') =>
  (type === 'ec'
    ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
    : type === 'rsa'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : generateKeyPairSync('ed25519')
  ).privateKey
    .export({ type: 'pkcs8', format: 'pem' })
    .toString();

describe('the OpenID Connect settings', () => {
  it('are off unless OIDC_ISSUER is set', () => {
    expect(readOidcConfig({})).toBeNull();
    expect(readOidcConfig({ OIDC_ISSUER: '  ', OIDC_CLIENT_ID: 'x' })).toBeNull();
  });

  it('take a client secret, and send residents back to the site', () => {
    const config = readOidcConfig({ ...base, OIDC_CLIENT_SECRET: 'secret' });
    expect(config?.auth).toEqual({ method: 'client_secret_post', secret: 'secret' });
    expect(config?.redirectUri).toBe('https://www.bramblewick.example/account/oidc/callback');
    expect(config?.name).toBe('GOV.UK One Login');
  });

  it('take an RSA or P-256 private key, its newlines written as \\n in an env file', () => {
    for (const type of ['rsa', 'ec'] as const) {
      const config = readOidcConfig({ ...base, OIDC_PRIVATE_KEY: pem(type).replace(/\n/g, '\\n') });
      expect(config?.auth.method).toBe('private_key_jwt');
    }
  });

  it('name every mistake at once', () => {
    expect(() => readOidcConfig({ OIDC_ISSUER: 'http://idp.example' })).toThrow(
      [
        'Signing in with OpenID Connect is not set up right:',
        '- OIDC_ISSUER must start with https:// (plain http is only for an identity provider on this machine)',
        '- OIDC_CLIENT_ID must be set when OIDC_ISSUER is',
        '- OIDC_NAME must be set when OIDC_ISSUER is',
        '- PUBLIC_SITE_URL must be set when OIDC_ISSUER is: the identity provider sends residents back to it',
      ].join('\n'),
    );
  });

  it('want exactly one way for the client to prove itself', () => {
    expect(() => readOidcConfig(base)).toThrow('Set one of OIDC_CLIENT_SECRET or OIDC_PRIVATE_KEY');
    expect(() => readOidcConfig({ ...base, OIDC_CLIENT_SECRET: 's', OIDC_PRIVATE_KEY: pem('rsa') })).toThrow(
      'Set one of OIDC_CLIENT_SECRET or OIDC_PRIVATE_KEY',
    );
  });

  it('refuse a key that is not one, or of a kind One Login does not take, without printing it', () => {
    for (const key of ['not a key', pem('ed25519')]) {
      let message = '';
      try {
        readOidcConfig({ ...base, OIDC_PRIVATE_KEY: key });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toContain('OIDC_PRIVATE_KEY must be a PEM private key, RSA or EC P-256');
      if (key.length > 80) expect(message).not.toContain(key.slice(40, 80));
    }
  });

  it('allow plain http only for a provider on this machine', () => {
    expect(readOidcConfig({ ...base, OIDC_ISSUER: 'http://127.0.0.1:4000', OIDC_CLIENT_SECRET: 's' })).not.toBeNull();
  });
});
