import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { EDITORIAL_TYPES, type EditorialType } from '../editorial-types';
import { LINKS_TABLE } from './store';
import { newClaims, signingKey, signPreviewToken, verifyPreviewToken, type PreviewClaims } from './token';

/** Share links last 7 days unless the editor chooses fewer; the Preview button's, an hour. */
export const DEFAULT_DAYS = 7;
export const MAX_DAYS = 7;
export const BUTTON_MINUTES = 60;
const DAY_MS = 24 * 60 * 60 * 1000;

export type Purpose = 'share' | 'button';

/** A share link as the admin lists it. */
export interface PreviewLink {
  id: string;
  url: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  revokedBy: string | null;
  revokedAt: string | null;
  state: 'active' | 'expired' | 'revoked';
}

const linkRow = z.object({
  jti: z.string(),
  content_type: z.string(),
  document_id: z.string(),
  purpose: z.enum(['share', 'button']),
  created_by: z.string(),
  created_at: z.coerce.number(),
  expires_at: z.coerce.number(),
  revoked_by: z.string().nullish(),
  revoked_at: z.coerce.number().nullish(),
});
type LinkRow = z.infer<typeof linkRow>;

const iso = (ms: number) => new Date(ms).toISOString();

/** The key from PREVIEW_SIGNING_KEY, or null when previews are not set up here. */
export function configuredKey(): Uint8Array | null {
  const secret = process.env.PREVIEW_SIGNING_KEY;
  return secret ? signingKey(secret) : null;
}

/** Where residents' pages are: links point at the site's /preview/ page. */
export function siteUrl(): string {
  return (process.env.PUBLIC_SITE_URL ?? 'http://127.0.0.1:4321').replace(/\/+$/, '');
}

export const previewUrl = (token: string) => `${siteUrl()}/preview/?token=${encodeURIComponent(token)}`;

function claimsOf(row: LinkRow, type: EditorialType): PreviewClaims {
  return {
    type,
    documentId: row.document_id,
    exp: Math.floor(row.expires_at / 1000),
    iat: Math.floor(row.created_at / 1000),
    jti: row.jti,
  };
}

async function linkOf(row: LinkRow, type: EditorialType, key: Uint8Array, now: Date): Promise<PreviewLink> {
  const state = row.revoked_at ? 'revoked' : row.expires_at <= now.getTime() ? 'expired' : 'active';
  return {
    id: row.jti,
    url: previewUrl(await signPreviewToken(claimsOf(row, type), key)),
    createdBy: row.created_by,
    createdAt: iso(row.created_at),
    expiresAt: iso(row.expires_at),
    revokedBy: row.revoked_by ?? null,
    revokedAt: row.revoked_at ? iso(row.revoked_at) : null,
    state,
  };
}

/** Makes a link to the document's draft, kept so it can be listed and revoked. */
export async function createLink(
  strapi: Core.Strapi,
  key: Uint8Array,
  link: { type: EditorialType; documentId: string; purpose: Purpose; by: string; lifetimeMs: number; now?: Date },
): Promise<PreviewLink> {
  const now = link.now ?? new Date();
  // Whole seconds, as the token counts them: the row and the token say the same time.
  const expiresAt = new Date(Math.floor((now.getTime() + link.lifetimeMs) / 1000) * 1000);
  const claims = newClaims(link.type, link.documentId, expiresAt, now);
  const row: LinkRow = {
    jti: claims.jti,
    content_type: EDITORIAL_TYPES[link.type].uid,
    document_id: link.documentId,
    purpose: link.purpose,
    created_by: link.by.slice(0, 320),
    created_at: claims.iat * 1000,
    expires_at: claims.exp * 1000,
  };
  await strapi.db.connection(LINKS_TABLE).insert(row);
  return linkOf(row, link.type, key, now);
}

export const daysToMs = (days: number) => days * DAY_MS;

/** The document's share links, newest first (the Preview button's own are not listed). */
export async function listLinks(
  strapi: Core.Strapi,
  key: Uint8Array,
  type: EditorialType,
  documentId: string,
  now = new Date(),
): Promise<PreviewLink[]> {
  const rows: unknown[] = await strapi.db
    .connection(LINKS_TABLE)
    .where({ content_type: EDITORIAL_TYPES[type].uid, document_id: documentId, purpose: 'share' })
    .orderBy('created_at', 'desc')
    .limit(50);
  return Promise.all(rows.map((row) => linkOf(linkRow.parse(row), type, key, now)));
}

/** Revokes one of the document's links; false when it has no such link. */
export async function revokeLink(
  strapi: Core.Strapi,
  type: EditorialType,
  documentId: string,
  jti: string,
  by: string,
  now = new Date(),
): Promise<boolean> {
  const count = await strapi.db
    .connection(LINKS_TABLE)
    .where({ jti, content_type: EDITORIAL_TYPES[type].uid, document_id: documentId })
    .whereNull('revoked_at')
    .update({ revoked_by: by.slice(0, 320), revoked_at: now.getTime() });
  return count > 0;
}

export type Resolved =
  { ok: true; claims: PreviewClaims; expiresAt: string } | { ok: false; reason: 'invalid' | 'expired' | 'revoked' };

/** What a link's token opens: checked against its signature, its time and its kept row. */
export async function resolveToken(
  strapi: Core.Strapi,
  key: Uint8Array,
  token: unknown,
  now = new Date(),
): Promise<Resolved> {
  const checked = await verifyPreviewToken(token, key, now);
  if (!checked.ok) return checked;
  const { claims } = checked;
  const found: unknown = await strapi.db.connection(LINKS_TABLE).where({ jti: claims.jti }).first();
  const row = linkRow.safeParse(found);
  if (!row.success) return { ok: false, reason: 'invalid' };
  const uid = EDITORIAL_TYPES[claims.type].uid;
  if (row.data.content_type !== uid || row.data.document_id !== claims.documentId)
    return { ok: false, reason: 'invalid' };
  if (row.data.revoked_at) return { ok: false, reason: 'revoked' };
  if (row.data.expires_at <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, claims, expiresAt: iso(row.data.expires_at) };
}
