import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLink, resolveToken, revokeLink } from '../../cms/src/previews/links';
import { ensureLinksTable } from '../../cms/src/previews/store';
import {
  MIN_KEY_LENGTH,
  newClaims,
  signingKey,
  signPreviewToken,
  verifyPreviewToken,
} from '../../cms/src/previews/token';

const key = signingKey(randomBytes(32).toString('base64'));
const otherKey = signingKey(randomBytes(32).toString('base64'));
const NOW = new Date('2026-12-04T12:00:00Z');
const inAWeek = new Date(NOW.getTime() + 7 * 86_400_000);
const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;

describe('preview tokens (cms/src/previews/token.ts)', () => {
  it('a key shorter than 32 characters is refused', () => {
    expect(() => signingKey('x'.repeat(MIN_KEY_LENGTH - 1))).toThrow(/at least 32 characters/);
  });

  it('round-trips its claims, and the same claims always sign to the same token', async () => {
    const claims = newClaims('service-page', 'abc123', inAWeek, NOW);
    const token = await signPreviewToken(claims, key);
    expect(await signPreviewToken(claims, key)).toBe(token);
    expect(await verifyPreviewToken(token, key, NOW)).toEqual({ ok: true, claims });
  });

  it('is expired from the second it ends, and only then', async () => {
    const token = await signPreviewToken(newClaims('info-page', 'abc', inAWeek, NOW), key);
    expect((await verifyPreviewToken(token, key, new Date(inAWeek.getTime() - 1000))).ok).toBe(true);
    expect(await verifyPreviewToken(token, key, inAWeek)).toEqual({ ok: false, reason: 'expired' });
  });

  it('is invalid with another key, even when expired', async () => {
    const token = await signPreviewToken(newClaims('info-page', 'abc', inAWeek, NOW), otherKey);
    expect(await verifyPreviewToken(token, key, NOW)).toEqual({ ok: false, reason: 'invalid' });
    expect(await verifyPreviewToken(token, key, new Date(inAWeek.getTime() + 1000))).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('is invalid when tampered with: another document, type or time under the same signature', async () => {
    const token = await signPreviewToken(newClaims('info-page', 'abc', inAWeek, NOW), key);
    const [head, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    for (const change of [{ documentId: 'other' }, { type: 'service-page' }, { exp: Number(claims.exp) + 86_400 }]) {
      const forged = Buffer.from(JSON.stringify({ ...claims, ...change })).toString('base64url');
      expect(await verifyPreviewToken(`${head}.${forged}.${signature}`, key, NOW)).toEqual({
        ok: false,
        reason: 'invalid',
      });
    }
    const none = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    expect((await verifyPreviewToken(`${none}.${payload}.`, key, NOW)).ok).toBe(false);
  });

  it('is invalid when it is not a token at all', async () => {
    for (const token of [undefined, null, 42, '', 'a.b.c', 'x'.repeat(2000), '...', { token: 'x' }]) {
      expect(await verifyPreviewToken(token, key, NOW)).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('claims outside the closed set are refused when signing', async () => {
    await expect(
      signPreviewToken({ ...newClaims('info-page', 'abc', inAWeek, NOW), type: 'verge' } as never, key),
    ).rejects.toThrow();
    expect(() => newClaims('info-page', 'Not An Id!', inAWeek, NOW)).toThrow();
  });
});

describe('kept links (cms/src/previews/links.ts), on a real database', () => {
  let knex: Knex;
  let strapi: Core.Strapi;

  beforeAll(async () => {
    knex = knexFactory({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
    await ensureLinksTable(knex);
    strapi = { db: { connection: knex } } as unknown as Core.Strapi;
  });

  afterAll(async () => {
    await knex.destroy();
  });

  const make = (lifetimeMs = 7 * 86_400_000) =>
    createLink(strapi, key, {
      type: 'service-page',
      documentId: 'abc',
      purpose: 'share',
      by: 'Demo Author',
      lifetimeMs,
      now: NOW,
    });

  it('opens while valid, saying until when', async () => {
    const link = await make();
    expect(link.expiresAt).toBe(inAWeek.toISOString());
    const resolved = await resolveToken(strapi, key, tokenOf(link.url), NOW);
    expect(resolved).toMatchObject({ ok: true, expiresAt: inAWeek.toISOString(), claims: { documentId: 'abc' } });
  });

  it('is revoked from the moment it is withdrawn', async () => {
    const link = await make();
    expect(await revokeLink(strapi, 'service-page', 'abc', link.id, 'Demo Editor', NOW)).toBe(true);
    expect(await resolveToken(strapi, key, tokenOf(link.url), NOW)).toEqual({ ok: false, reason: 'revoked' });
    // Once only, and only for its own document.
    expect(await revokeLink(strapi, 'service-page', 'abc', link.id, 'Demo Editor', NOW)).toBe(false);
    const other = await make();
    expect(await revokeLink(strapi, 'service-page', 'other', other.id, 'Demo Editor', NOW)).toBe(false);
  });

  it('is expired after its time, by the token and by its row', async () => {
    const link = await make(60_000);
    expect(await resolveToken(strapi, key, tokenOf(link.url), new Date(NOW.getTime() + 60_000))).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('is invalid when well signed but never kept, or when its row is for another document', async () => {
    const unkept = await signPreviewToken(newClaims('service-page', 'abc', inAWeek, NOW), key);
    expect(await resolveToken(strapi, key, unkept, NOW)).toEqual({ ok: false, reason: 'invalid' });
    const link = await make();
    await knex('doorstep_preview_links').where({ jti: link.id }).update({ document_id: 'else' });
    expect(await resolveToken(strapi, key, tokenOf(link.url), NOW)).toEqual({ ok: false, reason: 'invalid' });
  });
});
