import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';

const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);
/** Strapi's API token strategy: "api-token" until 5.x renamed it "content-api-token". */
const TOKEN_STRATEGIES = new Set(['api-token', 'content-api-token']);

/**
 * Strapi 5 lets any role with `find` read drafts by asking for them
 * (REST `?status=draft`, GraphQL `status: DRAFT`). The public content API must
 * serve published content only, so such a request is refused outright.
 * The admin panel and API tokens (issued to the build and previews) are unaffected.
 */
export function draftGuard(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (READ_ACTIONS.has(context.action) && requestsDrafts(context.params) && isPublicContentRequest(strapi)) {
      // PolicyError is the ForbiddenError whose message Strapi passes on to the client.
      throw new errors.PolicyError('Drafts are not available through the public API. Ask for published content.');
    }
    return next();
  };
}

function requestsDrafts(params: unknown): boolean {
  return typeof params === 'object' && params !== null && 'status' in params && params.status !== 'published';
}

const requestState = z.object({
  route: z.object({ info: z.object({ type: z.string().optional() }).optional() }).optional(),
  auth: z.object({ strategy: z.object({ name: z.string().optional() }).optional() }).optional(),
});

/**
 * Set on a request's state once a preview link's token has been checked
 * (cms/src/previews/draft-http.ts): that request reads the one draft the link shows.
 */
export const PREVIEW_LINK_CHECKED = Symbol('doorstep.preview-link-checked');

function isPublicContentRequest(strapi: Core.Strapi): boolean {
  const ctx = strapi.requestContext.get();
  if (!ctx) return false; // bootstrap, seed and scripts run outside any request
  if ((ctx.state as Record<symbol, unknown>)[PREVIEW_LINK_CHECKED] === true) return false;
  const state = requestState.safeParse(ctx.state);
  if (!state.success) return true; // an unrecognised request is treated as public
  if (state.data.route?.info?.type !== 'content-api') return false;
  return !TOKEN_STRATEGIES.has(state.data.auth?.strategy?.name ?? '');
}
