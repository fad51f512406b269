import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';

/**
 * The admin panel's Publish sends the editor's unsaved edits with the request, and the
 * content manager saves and publishes them in one transaction: when the publish rules
 * refuse (content/publish-rules.ts), the save is rolled back with it and a reload loses
 * the edits (issue 17). Here, a refused publish saves the edits as the draft instead,
 * through the content manager's own create or update, so the editor's role, its field
 * permissions and the draft rules apply exactly as to Save; then the refusal goes back
 * to the admin panel, every problem listed, saying the changes are kept.
 */
const PUBLISH = /^\/content-manager\/(collection-types|single-types)\/([^/]+)(?:\/([^/]+))?\/actions\/publish$/;

/** The publish rules' refusal, and no other error: a missing permission or document is not a draft to keep. */
const isRefusal = (error: unknown): error is Error =>
  error instanceof Error && error.name === 'ValidationError' && /cannot be published yet/.test(error.message);

const hasEdits = (body: unknown): boolean =>
  typeof body === 'object' && body !== null && !Array.isArray(body) && Object.keys(body).length > 0;

interface ContentManagerController {
  create(ctx: Context): Promise<unknown>;
  update(ctx: Context): Promise<unknown>;
  createOrUpdate(ctx: Context): Promise<unknown>;
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next): Promise<void> => {
    const publish = ctx.method === 'POST' ? PUBLISH.exec(ctx.path) : null;
    if (!publish) {
      await next();
      return;
    }
    try {
      await next();
    } catch (error) {
      if (!isRefusal(error) || !hasEdits(ctx.request.body)) throw error;
      const [, kind, , id] = publish;
      const controller = strapi
        .plugin('content-manager')
        .controller(
          kind === 'single-types' ? 'single-types' : 'collection-types',
        ) as unknown as ContentManagerController;
      try {
        if (kind === 'single-types') await controller.createOrUpdate(ctx);
        else if (id) await controller.update(ctx);
        else await controller.create(ctx);
      } catch (saving) {
        strapi.log.warn(`A refused publish's edits could not be kept as the draft: ${String(saving)}`);
        throw error;
      }
      error.message = `${error.message}\nYour changes are saved as a draft.`;
      throw error;
    }
  };
