import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { allowed, answer, CONTENT_MANAGER, documentOf, draftRights, refuse } from '../admin-routes';
import { adminEmail, adminName } from '../cases/audit';
import { EDITORIAL_TYPE_NAMES, EDITORIAL_TYPES, type EditorialType } from '../editorial-types';
import { tellEditorsLater } from './notify';
import { askForReview, findRequest, NOTE_MAX, sendBack } from './requests';
import { tellAuthorLater } from './sent-back-email';
import { findWaiting } from './waiting';

/**
 * Whether the signed-in admin may edit this document (its draft), by the content
 * manager's own rules and conditions: an Author only what they created, an Editor any.
 * Undefined when there is no such document.
 */
const mayEdit = async (strapi: Core.Strapi, ctx: Context, type: EditorialType, documentId: string) =>
  (await draftRights(strapi, ctx, EDITORIAL_TYPES[type].uid, documentId))?.update;

const note = z.string().trim().max(NOTE_MAX, `Write the note in ${NOTE_MAX} characters or fewer.`);
const askBody = z.object({ note: note.optional() }).strict();
const sendBackBody = z.object({ note: note.min(1, 'Write a note saying what to change.') }).strict();

/** The request's JSON body against `schema`, or a refusal saying what is wrong. */
function bodyOf<T>(ctx: Context, schema: z.ZodType<T>): T | null {
  const parsed = schema.safeParse((ctx.request as { body?: unknown }).body ?? {});
  if (parsed.success) return parsed.data;
  refuse(ctx, 400, parsed.error.issues[0]?.message ?? 'The request is not right.');
  return null;
}

const NO_SUCH = 'There is no such document.';
const documentIn = (ctx: Context) => documentOf(ctx, EDITORIAL_TYPE_NAMES);
const mayPublish = (ctx: Context, type: EditorialType) =>
  allowed(ctx, CONTENT_MANAGER.publish, EDITORIAL_TYPES[type].uid);

/**
 * Review requests' routes in the admin panel (cms/src/admin/review-requests), under the
 * admin's own authentication (no login is 401 before any handler runs): an Author asks
 * on a document they may edit; those who may publish list, and send back.
 */
export function requestRoutes(strapi: Core.Strapi): Core.Route[] {
  return [
    {
      method: 'GET',
      info: {},
      path: '/review-requests',
      handler: async (ctx: Context) => {
        const types = EDITORIAL_TYPE_NAMES.filter((type) => mayPublish(ctx, type));
        if (types.length === 0) return refuse(ctx, 403, 'Only those who publish see what is ready for review.');
        answer(ctx, 200, { data: { documents: await findWaiting(strapi, types) } });
      },
    },
    {
      method: 'GET',
      info: {},
      path: '/review-requests/:type/:documentId',
      handler: async (ctx: Context) => {
        const found = documentIn(ctx);
        if (!found) return refuse(ctx, 404, NO_SUCH);
        if (!allowed(ctx, CONTENT_MANAGER.read, EDITORIAL_TYPES[found.type].uid)) {
          return refuse(ctx, 403, 'You cannot read these documents.');
        }
        const mayAsk = await mayEdit(strapi, ctx, found.type, found.documentId);
        if (mayAsk === undefined) return refuse(ctx, 404, NO_SUCH);
        answer(ctx, 200, {
          data: {
            request: await findRequest(strapi, found.type, found.documentId),
            mayAsk,
            mayPublish: mayPublish(ctx, found.type),
          },
        });
      },
    },
    {
      method: 'POST',
      info: {},
      path: '/review-requests/:type/:documentId',
      handler: async (ctx: Context) => {
        const found = documentIn(ctx);
        if (!found) return refuse(ctx, 404, NO_SUCH);
        const may = await mayEdit(strapi, ctx, found.type, found.documentId);
        if (may === undefined) return refuse(ctx, 404, NO_SUCH);
        if (!may) return refuse(ctx, 403, 'You can ask for a review only of what you may edit.');
        const body = bodyOf(ctx, askBody);
        if (!body) return;
        const { type, documentId } = found;
        const request = await askForReview(
          strapi,
          type,
          documentId,
          { by: adminName(ctx), email: adminEmail(ctx), note: body.note || null },
          (asked) => tellEditorsLater(type, documentId, asked),
        );
        answer(ctx, 200, { data: request });
      },
    },
    {
      method: 'POST',
      info: {},
      path: '/review-requests/:type/:documentId/send-back',
      handler: async (ctx: Context) => {
        const found = documentIn(ctx);
        if (!found) return refuse(ctx, 404, NO_SUCH);
        if (!mayPublish(ctx, found.type)) return refuse(ctx, 403, 'Only those who publish can send a document back.');
        if ((await mayEdit(strapi, ctx, found.type, found.documentId)) === undefined) return refuse(ctx, 404, NO_SUCH);
        const body = bodyOf(ctx, sendBackBody);
        if (!body) return;
        const { type, documentId } = found;
        const request = await sendBack(strapi, type, documentId, { by: adminName(ctx), note: body.note }, (sent) =>
          tellAuthorLater(type, documentId, sent),
        );
        if (!request) return refuse(ctx, 409, 'This document is not waiting for review.');
        answer(ctx, 200, { data: request });
      },
    },
  ];
}
