import { z } from 'zod';
import { vergeSchema } from './verge.js';

/**
 * The data contract of `GET /api/verges/export?page=N`: every published verge, in
 * pages, for the site build. Each record is a `Verge` (so `nextCut`, `summariseVerge`
 * and friends take it as it is) plus where it is, for cutting the data into map tiles.
 */
export const VERGE_EXPORT_PAGE_SIZE = { default: 1000, max: 2000 } as const;

const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);

export const vergeRecordSchema = vergeSchema.extend({
  documentId: z.string().min(1),
  /** [minLongitude, minLatitude, maxLongitude, maxLatitude]. */
  bounds: z.tuple([longitude, latitude, longitude, latitude]),
  /** [longitude, latitude]: where to put a pin. */
  centroid: z.tuple([longitude, latitude]),
  /** When it was last published (ISO date-time). */
  updatedAt: z.string(),
});
export type VergeRecord = z.output<typeof vergeRecordSchema>;

export const vergeExportPageSchema = z.object({
  data: z.array(vergeRecordSchema),
  meta: z.object({
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    pageCount: z.number().int().min(0),
    total: z.number().int().min(0),
  }),
});
export type VergeExportPage = z.output<typeof vergeExportPageSchema>;

/** The query string the endpoint accepts; anything else is a 400. */
export const vergeExportQuerySchema = z.strictObject(
  {
    page: z
      .string()
      .regex(/^[1-9]\d{0,5}$/, 'page must be a whole number from 1 upwards')
      .transform(Number)
      .default(1),
    pageSize: z
      .string()
      .regex(/^[1-9]\d{0,3}$/, `pageSize must be a whole number from 1 to ${VERGE_EXPORT_PAGE_SIZE.max}`)
      .transform(Number)
      .refine((size) => size <= VERGE_EXPORT_PAGE_SIZE.max, {
        message: `pageSize must be a whole number from 1 to ${VERGE_EXPORT_PAGE_SIZE.max}`,
      })
      .default(VERGE_EXPORT_PAGE_SIZE.default),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown parameter: ${issue.keys.join(', ')}. Use page and pageSize`
        : undefined,
  },
);
