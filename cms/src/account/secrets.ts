import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Core } from '@strapi/strapi';

/**
 * The account's secrets: every token a resident holds (session, link, form token)
 * is random, and the database keeps only its hash; sign-in codes, six digits, are
 * kept as an HMAC under a key derived from the CMS's APP_KEYS (shared by every
 * instance), so a copy of the database alone cannot test guesses offline.
 */
let key: Buffer | undefined;

export function accountKey(strapi: Core.Strapi): Buffer {
  if (key) return key;
  const keys = strapi.config.get<string[] | undefined>('server.app.keys') ?? [];
  const material = process.env.ACCOUNT_SECRET ?? keys.join(',');
  if (material.length < 16)
    throw new Error('Resident accounts need APP_KEYS (or ACCOUNT_SECRET) of 16 characters or more');
  key = createHash('sha256').update(`doorstep-account:${material}`).digest();
  return key;
}

/** 256 random bits, as a cookie or a link carries them. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** A high-entropy token needs no key: its SHA-256 is what the database keeps. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export const CODE_DIGITS = 6;
export const newCode = (): string => String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0');

export const keyedHash = (strapi: Core.Strapi, purpose: string, value: string): string =>
  createHmac('sha256', accountKey(strapi)).update(`${purpose}:${value}`).digest('hex');

export function sameHash(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'hex');
  const b = Buffer.from(expected, 'hex');
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}
