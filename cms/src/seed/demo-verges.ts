import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { VERGE_UID } from '../verges/layout';
import { writeVerges } from '../verges/write';
import { generateVerges, seasonDate } from './verge-generator';

/** Bramblewick's verges: a few thousand along a few hundred streets, for one season. */
export const DEMO_VERGES = { count: 3000, prefix: 'BW-V' } as const;

/**
 * Seeds the demo verges in bulk (about a second) through the same writer as the
 * importer. Idempotent like the rest of the seed: only missing references are added,
 * and once all are there nothing is generated at all, so an editor's changes stay.
 */
export async function seedDemoVerges(strapi: Core.Strapi, now: Date): Promise<number> {
  const where = { reference: { $startsWith: `${DEMO_VERGES.prefix}-` }, publishedAt: { $null: true } };
  if ((await strapi.db.query(VERGE_UID).count({ where })) >= DEMO_VERGES.count) return 0;
  const rows = z
    .array(z.object({ reference: z.string() }))
    .parse(await strapi.db.query(VERGE_UID).findMany({ where, select: ['reference'] }));
  const existing = new Set(rows.map((row) => row.reference));
  const missing = generateVerges({ ...DEMO_VERGES, asOf: seasonDate(now) })
    .map((generated) => generated.verge)
    .filter((verge) => !existing.has(verge.reference));
  if (missing.length > 0) await writeVerges(strapi, missing, { now });
  return missing.length;
}
