import type { Core } from '@strapi/strapi';
import { vergeRecordFromCms, type VergeExportPage } from '@doorstep/domain';
import { VERGE_UID } from './uid';

/**
 * One page of published verges with their cuts, straight from the database layer:
 * Strapi's GraphQL resolves components entry by entry (about 3.5 ms each), which at
 * 50,000 verges is minutes; this is one query for the verges and one for their cuts.
 * Ordered by documentId, which re-publishing does not change, so pages stay stable.
 */
export async function readVergeExportPage(
  strapi: Core.Strapi,
  { page, pageSize }: { page: number; pageSize: number },
): Promise<VergeExportPage> {
  const where = { publishedAt: { $notNull: true } };
  const [total, rows] = await Promise.all([
    strapi.db.query(VERGE_UID).count({ where }),
    strapi.db.query(VERGE_UID).findMany({
      where,
      populate: { cuts: true },
      orderBy: [{ documentId: 'asc' }],
      offset: (page - 1) * pageSize,
      limit: pageSize,
    }),
  ]);
  return {
    data: rows.map(vergeRecordFromCms),
    meta: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
  };
}
