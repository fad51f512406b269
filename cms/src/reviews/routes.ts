import type { Core } from '@strapi/strapi';
import { ukDate } from '@doorstep/domain';
import type { Context } from 'koa';
import { adminName } from '../cases/audit';
import { findDue } from './due';
import { markReviewed, reviewState } from './mark-reviewed';
import { PAGE_TYPES, pageTypeSchema, REVIEWED, type PageType } from './pages';

const READ = 'plugin::content-manager.explorer.read';
const UPDATE = 'plugin::content-manager.explorer.update';

interface Ability {
  can(action: string, subject: string): boolean;
}

/**
 * Whether the signed-in admin may do `action` on pages of `type`: the content
 * manager's own permission, so an Editor and an Author may and the Service team may not.
 */
const allowed = (ctx: Context, action: string, type: PageType): boolean =>
  (ctx.state as { userAbility?: Ability }).userAbility?.can(action, REVIEWED[type].uid) ?? false;

function answer(ctx: Context, status: number, body: unknown): void {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = body;
}
const refuse = (ctx: Context, status: 403 | 404, message: string) =>
  answer(ctx, status, { data: null, error: { status, message } });

/** Document ids are Strapi's own (lowercase letters and digits); anything else finds nothing. */
const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;

function pageOf(ctx: Context): { type: PageType; documentId: string } | null {
  const params = ctx.params as Record<string, unknown>;
  const type = pageTypeSchema.safeParse(params.type);
  const documentId = typeof params.documentId === 'string' ? params.documentId : '';
  return type.success && DOCUMENT_ID.test(documentId) ? { type: type.data, documentId } : null;
}

/**
 * Review dates' routes in the admin panel (cms/src/admin/reviews), under the admin's
 * own authentication: no login is 401 before any handler runs.
 */
export function reviewRoutes(strapi: Core.Strapi): Core.Route[] {
  return [
    {
      method: 'GET',
      info: {},
      path: '/reviews/due',
      handler: async (ctx: Context) => {
        const types = PAGE_TYPES.filter((type) => allowed(ctx, READ, type));
        if (types.length === 0) return refuse(ctx, 403, 'You cannot read service or information pages.');
        const today = ukDate(new Date());
        answer(ctx, 200, { data: { today, pages: await findDue(strapi, today, types) } });
      },
    },
    {
      method: 'GET',
      info: {},
      path: '/reviews/:type/:documentId',
      handler: async (ctx: Context) => {
        const page = pageOf(ctx);
        if (!page) return refuse(ctx, 404, 'There is no such page.');
        if (!allowed(ctx, READ, page.type)) return refuse(ctx, 403, 'You cannot read these pages.');
        const state = await reviewState(strapi, page.type, page.documentId);
        if (!state) return refuse(ctx, 404, 'There is no such page.');
        answer(ctx, 200, { data: state });
      },
    },
    {
      method: 'POST',
      info: {},
      path: '/reviews/:type/:documentId/reviewed',
      handler: async (ctx: Context) => {
        const page = pageOf(ctx);
        if (!page) return refuse(ctx, 404, 'There is no such page.');
        if (!allowed(ctx, UPDATE, page.type)) return refuse(ctx, 403, 'You cannot change these pages.');
        const state = await markReviewed(strapi, page.type, page.documentId, adminName(ctx));
        if (!state) return refuse(ctx, 404, 'There is no such page.');
        answer(ctx, 200, { data: state });
      },
    },
  ];
}
