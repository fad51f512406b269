import { factories } from '@strapi/strapi';
import type { Context } from 'koa';
import { describeIssues, errorEnvelope, vergeExportQuerySchema } from '@doorstep/domain';
import { readVergeExportPage } from '../../../verges/export';

export default factories.createCoreController('api::verge.verge', ({ strapi }) => ({
  async export(ctx: Context) {
    const query = vergeExportQuerySchema.safeParse(ctx.query);
    if (!query.success) {
      ctx.status = 400;
      ctx.body = errorEnvelope(400, `Invalid query: ${describeIssues(query.error).join('; ')}`, {}, 'ValidationError');
      return;
    }
    ctx.body = await readVergeExportPage(strapi, query.data);
  },
}));
