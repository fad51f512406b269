import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { homePanel, homePanelHtml } from './home-panel';
import { jsonError, signedInResident } from './http';

/**
 * `GET /account/home-panel`: the signed-in resident's panel as an HTML fragment, for
 * the home page's script (site/src/components/home/). It takes no input but the
 * session cookie; private and never stored, since it is one resident's; 401 with
 * nothing in it for anyone else.
 */
export const homeHandlers = (strapi: Core.Strapi) => ({
  async homePanel(ctx: Context) {
    ctx.set('Cache-Control', 'no-store, private');
    ctx.set('Vary', 'Cookie');
    ctx.set('X-Robots-Tag', 'noindex');
    const resident = await signedInResident(strapi, ctx);
    if (!resident) return jsonError(ctx, 401, 'Not signed in');
    ctx.status = 200;
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = homePanelHtml(await homePanel(strapi, resident));
  },
});
