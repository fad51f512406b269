import type { Core } from '@strapi/strapi';
import { ukDate } from '@doorstep/domain';
import type { Context } from 'koa';
import {
  allowed as allowedOn,
  answer,
  CONTENT_MANAGER,
  contentManagerChecker,
  documentOf,
  draftRights,
  refuse,
} from '../admin-routes';
import { adminName } from '../cases/audit';
import { findDue } from './due';
import { markReviewed, reviewState } from './mark-reviewed';
import { PAGE_TYPES, REVIEWED, type PageType } from './pages';

const READ = CONTENT_MANAGER.read;

const allowed = (ctx: Context, action: string, type: PageType): boolean => allowedOn(ctx, action, REVIEWED[type].uid);
const pageOf = (ctx: Context) => documentOf(ctx, PAGE_TYPES);

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
        // An Author sees the pages they may open: the content manager's conditions, page by page.
        const checkers = new Map(types.map((type) => [type, contentManagerChecker(strapi, ctx, REVIEWED[type].uid)]));
        const pages = await findDue(strapi, today, types, (type, page) => checkers.get(type)!.can.read(page));
        answer(ctx, 200, { data: { today, pages } });
      },
    },
    {
      method: 'GET',
      info: {},
      path: '/reviews/:type/:documentId',
      handler: async (ctx: Context) => {
        const page = pageOf(ctx);
        if (!page) return refuse(ctx, 404, 'There is no such page.');
        const rights = await draftRights(strapi, ctx, REVIEWED[page.type].uid, page.documentId);
        if (!rights) return refuse(ctx, 404, 'There is no such page.');
        if (!rights.read) return refuse(ctx, 403, 'You cannot read this page.');
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
        // The content manager's own rules on this page: an Author, only the pages they wrote.
        const rights = await draftRights(strapi, ctx, REVIEWED[page.type].uid, page.documentId);
        if (!rights) return refuse(ctx, 404, 'There is no such page.');
        if (!rights.update) return refuse(ctx, 403, 'You cannot change this page.');
        const state = await markReviewed(strapi, page.type, page.documentId, adminName(ctx));
        if (!state) return refuse(ctx, 404, 'There is no such page.');
        answer(ctx, 200, { data: state });
      },
    },
  ];
}
