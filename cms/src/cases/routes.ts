import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { codeRequestWait, requestCode } from '../account/sign-in';
import { fileStore } from '../forms/file-store';
import { allowed, READ, UPDATE } from './access';
import { recordSignInEmail } from './audit';
import { caseView, filesOf, findCase } from './view';

/** Types a browser may open from a download; anything else is bytes. */
const SAFE_TYPES = /^(image\/(jpeg|png|gif|webp|heic)|application\/pdf)$/;

function refuse(ctx: Context, status: 403 | 404 | 409 | 429, message: string): void {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = { data: null, error: { status, message } };
}

const param = (ctx: Context, name: string): string => {
  const value = (ctx.params as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
};

/**
 * The case view's routes in the admin panel (cms/src/admin/case-view), under the
 * admin's own authentication: no login is 401 before any handler runs. Each checks
 * the content manager's permission on submissions, so the Service team may and a
 * content editor may not; residents' files are served here and nowhere public.
 */
export function caseRoutes(strapi: Core.Strapi): Core.Route[] {
  return [
    {
      method: 'GET',
      info: {},
      path: '/cases/:documentId',
      handler: async (ctx: Context) => {
        if (!allowed(ctx, READ, 'answers')) return refuse(ctx, 403, 'You cannot read form submissions.');
        const found = await findCase(strapi, param(ctx, 'documentId'));
        if (!found) return refuse(ctx, 404, 'There is no such submission.');
        const view = caseView(found);
        ctx.set('Cache-Control', 'no-store');
        ctx.body = {
          data: { ...view, residentEmail: allowed(ctx, READ, 'residentEmail') ? view.residentEmail : null },
        };
      },
    },
    {
      method: 'GET',
      info: {},
      path: '/cases/:documentId/files/:fileId',
      handler: async (ctx: Context) => {
        if (!allowed(ctx, READ, 'answers')) return refuse(ctx, 403, 'You cannot read form submissions.');
        const found = await findCase(strapi, param(ctx, 'documentId'));
        const file = found && filesOf(found).get(param(ctx, 'fileId'));
        if (!file) return refuse(ctx, 404, 'There is no such file with this submission.');
        // A file gone from the store (removed by hand, a lost disk) is missing, not a fault of this request.
        const content = await fileStore(strapi)
          .get(file.id)
          .catch((error: unknown) => {
            strapi.log.error(`Case file ${file.id} could not be read: ${String(error)}`);
            return null;
          });
        if (!content) return refuse(ctx, 404, 'This file is no longer stored.');
        ctx.set('Cache-Control', 'no-store');
        ctx.set('X-Content-Type-Options', 'nosniff');
        ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
        ctx.type = SAFE_TYPES.test(file.type) ? file.type : 'application/octet-stream';
        ctx.body = content;
      },
    },
    {
      method: 'POST',
      info: {},
      path: '/cases/:documentId/sign-in-email',
      handler: async (ctx: Context) => {
        // Whoever may work the case may help its resident sign in; an editor may not.
        if (!allowed(ctx, UPDATE) || !allowed(ctx, READ, 'residentEmail')) {
          return refuse(ctx, 403, 'You cannot work on form submissions.');
        }
        const documentId = param(ctx, 'documentId');
        const found = await findCase(strapi, documentId);
        if (!found) return refuse(ctx, 404, 'There is no such submission.');
        const email = found.residentEmail;
        if (!email) return refuse(ctx, 409, 'The resident did not give an email address.');
        // The resident's own limit per address holds for staff too: no one floods an inbox.
        const wait = await codeRequestWait(strapi, email.toLowerCase(), `admin:${email.toLowerCase()}`);
        if (wait > 0) {
          ctx.set('Retry-After', String(wait));
          return refuse(
            ctx,
            429,
            `Too many sign-in emails to this address: try again in ${Math.ceil(wait / 60)} minutes.`,
          );
        }
        await requestCode(strapi, email.toLowerCase(), 'sign-in');
        await recordSignInEmail(strapi, documentId, ctx);
        ctx.status = 202;
        ctx.set('Cache-Control', 'no-store');
        ctx.body = { data: { sentTo: email } };
      },
    },
  ];
}
