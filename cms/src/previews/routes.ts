import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { allowed, answer, CONTENT_MANAGER, documentOf, draftRights, refuse } from '../admin-routes';
import { adminName } from '../cases/audit';
import { EDITORIAL_TYPES } from '../editorial-types';
import { configuredKey, createLink, daysToMs, DEFAULT_DAYS, listLinks, MAX_DAYS, revokeLink } from './links';
import { PREVIEWABLE_TYPES, type PreviewableType } from './types';

const createBody = z
  .object({
    days: z
      .number()
      .int('Choose a whole number of days.')
      .min(1, 'A link lasts at least 1 day.')
      .max(MAX_DAYS, `A link lasts at most ${MAX_DAYS} days.`)
      .default(DEFAULT_DAYS),
  })
  .strict();

const JTI = /^[0-9a-f-]{36}$/;

/** The route's document, when it has a draft the signed-in admin may read (the type's permission and its conditions). */
async function readableDocument(strapi: Core.Strapi, ctx: Context) {
  const found = documentOf<PreviewableType>(ctx, PREVIEWABLE_TYPES);
  if (!found) {
    refuse(ctx, 404, 'There is no such document.');
    return null;
  }
  const { uid } = EDITORIAL_TYPES[found.type];
  if (!allowed(ctx, CONTENT_MANAGER.read, uid)) {
    refuse(ctx, 403, 'You cannot read these documents.');
    return null;
  }
  const rights = await draftRights(strapi, ctx, uid, found.documentId);
  if (!rights) {
    refuse(ctx, 404, 'There is no such document.');
    return null;
  }
  // The type's conditions too: an Author shares only the drafts they may read (their own).
  if (!rights.read) {
    refuse(ctx, 403, 'You cannot read this document.');
    return null;
  }
  return found;
}

function keyOr503(ctx: Context): Uint8Array | null {
  const key = configuredKey();
  if (!key)
    answer(ctx, 503, {
      data: null,
      error: { status: 503, message: 'Previews are not set up: PREVIEW_SIGNING_KEY is not set.' },
    });
  return key;
}

/**
 * "Share preview" in the edit view (cms/src/admin/previews), under the admin's own
 * authentication: whoever may read a type lists a document's links, makes one
 * (7 days unless they choose fewer) and revokes one.
 */
export function previewRoutes(strapi: Core.Strapi): Core.Route[] {
  return [
    {
      method: 'GET',
      info: {},
      path: '/previews/:type/:documentId',
      handler: async (ctx: Context) => {
        const key = keyOr503(ctx);
        const found = key && (await readableDocument(strapi, ctx));
        if (!key || !found) return;
        answer(ctx, 200, { data: { links: await listLinks(strapi, key, found.type, found.documentId) } });
      },
    },
    {
      method: 'POST',
      info: {},
      path: '/previews/:type/:documentId',
      handler: async (ctx: Context) => {
        const key = keyOr503(ctx);
        const found = key && (await readableDocument(strapi, ctx));
        if (!key || !found) return;
        const parsed = createBody.safeParse((ctx.request as { body?: unknown }).body ?? {});
        if (!parsed.success) return refuse(ctx, 400, parsed.error.issues[0]?.message ?? 'The request is not right.');
        const link = await createLink(strapi, key, {
          ...found,
          purpose: 'share',
          by: adminName(ctx),
          lifetimeMs: daysToMs(parsed.data.days),
        });
        answer(ctx, 201, { data: link });
      },
    },
    {
      method: 'POST',
      info: {},
      path: '/previews/:type/:documentId/:jti/revoke',
      handler: async (ctx: Context) => {
        const key = keyOr503(ctx);
        const found = key && (await readableDocument(strapi, ctx));
        if (!key || !found) return;
        const jti = String((ctx.params as { jti?: unknown }).jti);
        if (!JTI.test(jti) || !(await revokeLink(strapi, found.type, found.documentId, jti, adminName(ctx)))) {
          return refuse(ctx, 404, 'There is no such link, or it is already withdrawn.');
        }
        answer(ctx, 200, { data: { links: await listLinks(strapi, key, found.type, found.documentId) } });
      },
    },
  ];
}
