import { randomUUID } from 'node:crypto';
import type * as JoseModule from 'jose' with { 'resolution-mode': 'import' };
import { z } from 'zod';
import { EDITORIAL_TYPE_NAMES } from '../editorial-types';

/**
 * Preview links (issue 17, item 1) carry a JWT signed with HS256 by the CMS's own key
 * (PREVIEW_SIGNING_KEY): which draft it shows, until when, and its id, by which the CMS
 * keeps (and revokes) it. The key never leaves the CMS: the site server forwards the
 * link's token, and the CMS checks it before it answers with the draft.
 */
export const MIN_KEY_LENGTH = 32;

export const previewClaims = z
  .object({
    type: z.enum(EDITORIAL_TYPE_NAMES),
    documentId: z.string().regex(/^[a-z0-9]{1,64}$/),
    /** Seconds since 1970, as JWTs count. */
    exp: z.number().int().positive(),
    iat: z.number().int().positive(),
    jti: z.uuid(),
  })
  .strict();
export type PreviewClaims = z.infer<typeof previewClaims>;

/** Why a token shows nothing: not ours or not readable (`invalid`), or past its time (`expired`). */
export type TokenCheck = { ok: true; claims: PreviewClaims } | { ok: false; reason: 'invalid' | 'expired' };

/** jose (v6) is ESM only and the CMS is CommonJS: loaded once with a dynamic import. */
let library: Promise<typeof JoseModule> | undefined;
const jose = (): Promise<typeof JoseModule> => (library ??= import('jose'));

const ALGORITHM = 'HS256';
/** Longer than any token Doorstep makes: a bigger one is not read at all. */
const MAX_TOKEN_LENGTH = 1024;

export function signingKey(secret: string): Uint8Array {
  if (secret.length < MIN_KEY_LENGTH) {
    throw new Error(`PREVIEW_SIGNING_KEY must be at least ${MIN_KEY_LENGTH} characters long`);
  }
  return new TextEncoder().encode(secret);
}

/** A new link's claims: a fresh id, from now until `expiresAt`. */
export function newClaims(type: string, documentId: string, expiresAt: Date, now = new Date()): PreviewClaims {
  return previewClaims.parse({
    type,
    documentId,
    exp: Math.floor(expiresAt.getTime() / 1000),
    iat: Math.floor(now.getTime() / 1000),
    jti: randomUUID(),
  });
}

/** The same claims always sign to the same token (HS256 is deterministic): a kept link can be shown again. */
export async function signPreviewToken(claims: PreviewClaims, key: Uint8Array): Promise<string> {
  const { exp, iat, jti, ...rest } = previewClaims.parse(claims);
  const { SignJWT } = await jose();
  return new SignJWT(rest)
    .setProtectedHeader({ alg: ALGORITHM })
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .setJti(jti)
    .sign(key);
}

/**
 * The token's claims when the signature is ours and it has not expired. An expired
 * token is told apart only once its signature checks out: jose checks the signature
 * before the times.
 */
export async function verifyPreviewToken(token: unknown, key: Uint8Array, now = new Date()): Promise<TokenCheck> {
  if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) {
    return { ok: false, reason: 'invalid' };
  }
  const { errors, jwtVerify } = await jose();
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: [ALGORITHM], currentDate: now, clockTolerance: 0 });
    const claims = previewClaims.safeParse(payload);
    return claims.success ? { ok: true, claims: claims.data } : { ok: false, reason: 'invalid' };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired' };
    return { ok: false, reason: 'invalid' };
  }
}
