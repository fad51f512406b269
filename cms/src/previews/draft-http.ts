import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { PREVIEW_LINK_CHECKED } from '../content/draft-guard';
import { EDITORIAL_TYPES } from '../editorial-types';
import { FORM_POPULATE } from '../forms/publish-rule';
import { configuredKey, resolveToken } from './links';

const body = z.object({ token: z.string().max(2048) }).strict();

const EXPIRED = 'This preview link has expired or been withdrawn.';
const INVALID = 'This preview link is not right.';

function reply(ctx: Context, status: number, payload: unknown): void {
  ctx.status = status;
  // A draft is never kept by any cache between the CMS and whoever asked.
  ctx.set('Cache-Control', 'no-store');
  ctx.set('X-Robots-Tag', 'noindex');
  ctx.body = payload;
}

const refusal = (status: number, message: string, reason: string) => ({
  data: null,
  error: { status, message, reason },
});

/**
 * POST /api/previews/draft `{ token }`: the draft a preview link opens, for the site
 * server's /preview/ page. The link's token is the only credential: its signature,
 * its time and its kept row (not revoked) are checked on every view, so a revoked link
 * stops at once. 410 for a link past its time or withdrawn, 404 for anything else.
 */
export function draftHandler(strapi: Core.Strapi) {
  return async (ctx: Context) => {
    const key = configuredKey();
    if (!key) return reply(ctx, 503, refusal(503, 'Previews are not set up: PREVIEW_SIGNING_KEY is not set.', 'unset'));
    const parsed = body.safeParse((ctx.request as { body?: unknown }).body);
    if (!parsed.success) return reply(ctx, 404, refusal(404, INVALID, 'invalid'));
    const resolved = await resolveToken(strapi, key, parsed.data.token);
    if (!resolved.ok) {
      return resolved.reason === 'invalid'
        ? reply(ctx, 404, refusal(404, INVALID, 'invalid'))
        : reply(ctx, 410, refusal(410, EXPIRED, resolved.reason));
    }
    const { type, documentId } = resolved.claims;
    (ctx.state as Record<symbol, unknown>)[PREVIEW_LINK_CHECKED] = true;
    // Every relation and component, as the publish rules see the draft (content/publish-rules.ts).
    const populate = type === 'form-definition' ? FORM_POPULATE : '*';
    const uid = EDITORIAL_TYPES[type].uid;
    const found: unknown = await strapi.documents(uid).findOne({ documentId, status: 'draft', populate } as never);
    if (!found) return reply(ctx, 404, refusal(404, 'The draft this link shows has been deleted.', 'deleted'));
    // As the public API answers (the site renders nothing else): no private field (owner,
    // review-by date), no admin user (createdBy, updatedBy), in the draft or what it links to.
    const draft: unknown = await strapi.contentAPI.sanitize.output(found, strapi.getModel(uid));
    reply(ctx, 200, { data: { type, documentId, expiresAt: resolved.expiresAt, draft } });
  };
}
