import type { Core } from '@strapi/strapi';
import { storedCutSchema, VERGE_STATUSES } from '@doorstep/domain';
import type { ExistingVerge } from '@doorstep/gis';
import { z } from 'zod';
import { chunk } from './chunk';
import { VERGE_UID } from './uid';

const stored = z.object({
  reference: z.string(),
  currentStatus: z.enum(VERGE_STATUSES),
  noteForResidents: z.string().nullable(),
  cutsPerSeason: z.coerce.number(),
  cuts: z.array(storedCutSchema),
});

/**
 * What the CMS already holds for the references in a file: the latest saved version
 * (the draft row, which has editors' latest changes), with its cuts.
 */
export async function readExisting(strapi: Core.Strapi, references: string[]): Promise<Map<string, ExistingVerge>> {
  const existing = new Map<string, ExistingVerge>();
  for (const part of chunk(references, 500)) {
    const rows = await strapi.db.query(VERGE_UID).findMany({
      where: { reference: { $in: part }, publishedAt: { $null: true } },
      select: ['reference', 'currentStatus', 'noteForResidents', 'cutsPerSeason'],
      populate: { cuts: true },
    });
    for (const { reference, ...fields } of z.array(stored).parse(rows)) existing.set(reference, fields);
  }
  return existing;
}
