import type { Core } from '@strapi/strapi';
import { splitPostcodes, vergeGeometrySchema, type VergeExportPage, type VergeRecord } from '@doorstep/domain';
import { z } from 'zod';

const UID = 'api::verge.verge';

/** Numbers PostgreSQL returns as strings (decimal) are numbers again. */
const number = z.coerce.number();
const date = z.string().nullable();

const row = z.object({
  documentId: z.string(),
  reference: z.string(),
  streetName: z.string(),
  usrn: number.nullable(),
  locality: z.string(),
  postcodes: z.string().nullable(),
  // Checked at publish and import; a hand-edited row fails here, loudly, rather than reach the site.
  geometry: vergeGeometrySchema,
  areaSquareMetres: number,
  category: z.enum(['urban-amenity', 'rural-verge', 'visibility-splay']),
  cutsPerSeason: number,
  currentStatus: z.enum(['fine', 'problem-reported', 'cut-overdue']),
  noteForResidents: z.string().nullable(),
  minLongitude: number,
  minLatitude: number,
  maxLongitude: number,
  maxLatitude: number,
  centroidLongitude: number,
  centroidLatitude: number,
  updatedAt: z.union([z.string(), z.date()]).transform((value) => new Date(value).toISOString()),
  cuts: z.array(
    z.object({
      scheduledFrom: z.string(),
      scheduledTo: date,
      status: z.enum(['scheduled', 'done', 'skipped']),
      skipReason: date,
      completedOn: date,
    }),
  ),
});

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
    strapi.db.query(UID).count({ where }),
    strapi.db.query(UID).findMany({
      where,
      populate: { cuts: true },
      orderBy: [{ documentId: 'asc' }],
      offset: (page - 1) * pageSize,
      limit: pageSize,
    }),
  ]);
  return {
    data: z.array(row).parse(rows).map(toRecord),
    meta: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
  };
}

function toRecord(verge: z.output<typeof row>): VergeRecord {
  return {
    documentId: verge.documentId,
    reference: verge.reference,
    streetName: verge.streetName,
    usrn: verge.usrn,
    locality: verge.locality,
    postcodes: splitPostcodes(verge.postcodes),
    geometry: verge.geometry,
    areaSquareMetres: verge.areaSquareMetres,
    category: verge.category,
    cutsPerSeason: verge.cutsPerSeason,
    cuts: [...verge.cuts].sort((a, b) => a.scheduledFrom.localeCompare(b.scheduledFrom)),
    currentStatus: verge.currentStatus,
    noteForResidents: verge.noteForResidents,
    bounds: [verge.minLongitude, verge.minLatitude, verge.maxLongitude, verge.maxLatitude],
    centroid: [verge.centroidLongitude, verge.centroidLatitude],
    updatedAt: verge.updatedAt,
  };
}
