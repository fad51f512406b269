import { createPrivateKey, type KeyObject } from 'node:crypto';
import { z } from 'zod';

/**
 * Signing in with OpenID Connect (GOV.UK One Login, or the council's own identity
 * provider): off unless OIDC_ISSUER is set. The rest is read and checked at boot, so
 * a mistake stops the CMS with a message naming the variable, not a resident's sign-in.
 */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

const issuer = z
  .url({ error: 'OIDC_ISSUER must be the identity provider’s address, like https://oidc.account.gov.uk/' })
  .transform((value) => new URL(value))
  .refine((url) => url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname)), {
    error: 'OIDC_ISSUER must start with https:// (plain http is only for an identity provider on this machine)',
  });

/** A PEM private key (PKCS #8 or PKCS #1, RSA or EC P-256), as GOV.UK One Login's private_key_jwt uses. */
const privateKey = z.string().transform((pem, context): KeyObject => {
  try {
    const key = createPrivateKey(pem.replace(/\\n/g, '\n'));
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (key.asymmetricKeyType === 'rsa' || (key.asymmetricKeyType === 'ec' && curve === 'prime256v1')) return key;
  } catch {
    // Reported below, without the key's text.
  }
  context.addIssue({
    code: 'custom',
    message: 'OIDC_PRIVATE_KEY must be a PEM private key, RSA or EC P-256 ("-----BEGIN PRIVATE KEY-----...")',
  });
  return z.NEVER;
});

const present = (name: string) =>
  z
    .string({ error: `${name} must be set when OIDC_ISSUER is` })
    .trim()
    .min(1, `${name} must be set when OIDC_ISSUER is`);

const OIDC_VARIABLES = [
  'OIDC_ISSUER',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_PRIVATE_KEY',
  'OIDC_NAME',
  'PUBLIC_SITE_URL',
] as const;

export const oidcEnvSchema = z
  .object({
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: present('OIDC_CLIENT_ID'),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_PRIVATE_KEY: privateKey.optional(),
    OIDC_NAME: present('OIDC_NAME').pipe(z.string().max(60, 'OIDC_NAME must be 60 characters or fewer')),
    PUBLIC_SITE_URL: z.url({
      error: 'PUBLIC_SITE_URL must be set when OIDC_ISSUER is: the identity provider sends residents back to it',
    }),
  })
  .refine((env) => Boolean(env.OIDC_CLIENT_SECRET) !== Boolean(env.OIDC_PRIVATE_KEY), {
    error: 'Set one of OIDC_CLIENT_SECRET or OIDC_PRIVATE_KEY (private_key_jwt, as GOV.UK One Login uses), not both',
    path: ['OIDC_CLIENT_SECRET'],
  })
  .transform((env) => ({
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    auth: env.OIDC_PRIVATE_KEY
      ? ({ method: 'private_key_jwt', key: env.OIDC_PRIVATE_KEY } as const)
      : ({ method: 'client_secret_post', secret: env.OIDC_CLIENT_SECRET ?? '' } as const),
    name: env.OIDC_NAME,
    redirectUri: `${env.PUBLIC_SITE_URL.replace(/\/+$/, '')}/account/oidc/callback`,
  }));

export type OidcConfig = z.infer<typeof oidcEnvSchema>;

/** The connector's settings from the environment, null when it is off; throws, naming each problem, when wrong. */
export function readOidcConfig(env: NodeJS.ProcessEnv): OidcConfig | null {
  if (!env.OIDC_ISSUER?.trim()) return null;
  // An empty variable is an unset one.
  const given = Object.fromEntries(OIDC_VARIABLES.map((name) => [name, env[name]?.trim() || undefined]));
  const parsed = oidcEnvSchema.safeParse(given);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `- ${issue.message}`).join('\n');
  throw new Error(`Signing in with OpenID Connect is not set up right:\n${problems}`);
}

let current: OidcConfig | null = null;

/** Read at boot (account/index.ts): a CMS started with a mistake in these variables does not start. */
export function configureOidc(env: NodeJS.ProcessEnv = process.env): OidcConfig | null {
  current = readOidcConfig(env);
  return current;
}

/** The connector's settings, or null when it is off. */
export const oidcConfig = (): OidcConfig | null => current;
