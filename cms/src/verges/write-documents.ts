import type { Core } from '@strapi/strapi';
import { cutToCms, vergeToCms, type Verge } from '@doorstep/domain';
import { z } from 'zod';
import type { WriteOptions, WriteReport } from '../strapi-internals/verge-writer/bulk';
import { VERGE_UID } from './uid';

const existing = z.array(z.object({ documentId: z.string() }));

/**
 * The bulk writer's answer through Strapi's public API: each verge created, or
 * updated in place when its reference exists (same documentId), then published, so
 * the publish rules check each one. One transaction: all of them or none.
 */
export async function writeVergesThroughDocuments(
  strapi: Core.Strapi,
  verges: readonly Verge[],
  options: WriteOptions = {},
): Promise<WriteReport> {
  const documents = strapi.documents(VERGE_UID);
  return strapi.db.transaction(async (): Promise<WriteReport> => {
    const report: WriteReport = { created: 0, updated: 0 };
    for (const [index, verge] of verges.entries()) {
      const data = { ...vergeToCms(verge), cuts: verge.cuts.map(cutToCms) } as never;
      const [found] = existing.parse(
        await documents.findMany({ filters: { reference: verge.reference }, fields: ['documentId'], status: 'draft' }),
      );
      const documentId = found ? found.documentId : (await documents.create({ data })).documentId;
      if (found) await documents.update({ documentId, data });
      await documents.publish({ documentId });
      report[found ? 'updated' : 'created'] += 1;
      options.onProgress?.(index + 1, verges.length);
    }
    return report;
  });
}
