import type { Core } from '@strapi/strapi';
import { storedCutSchema, usrnSchema, type VergeCut } from '@doorstep/domain';
import { z } from 'zod';
import { chunk } from '../verges/chunk';
import { VERGE_UID } from '../verges/uid';

/**
 * Streets as alerts follow them: by USRN, the street identifier the verge data keys
 * streets by (BRIEF: UPRN / USRN). A street exists when a published verge carries it.
 */
export const streetFollowKey = (usrn: number) => `street:${usrn}`;
export const usrnOfFollowKey = (key: string): number | null => {
  const match = /^street:(\d{1,8})$/.exec(key);
  return match ? Number(match[1]) : null;
};

/** The USRN as a form posts it: digits only, 1 to 99999999. */
export const streetFieldSchema = z
  .string({ error: 'Choose a street' })
  .trim()
  .min(1, 'Choose a street')
  .regex(/^\d{1,8}$/, 'The street must be a USRN, a number of up to 8 digits, like 12345678')
  .transform(Number)
  .pipe(usrnSchema);

export interface FollowedStreet {
  usrn: number;
  name: string;
  locality: string;
  verges: Array<{ reference: string; cuts: VergeCut[] }>;
}

export const streetLabel = (street: Pick<FollowedStreet, 'name' | 'locality'>) => `${street.name}, ${street.locality}`;

const row = z.object({
  reference: z.string(),
  streetName: z.string(),
  locality: z.string(),
  usrn: z.coerce.number(),
  cuts: z.array(storedCutSchema),
});

/** The published verges on these streets, grouped by street; a USRN with none is absent. */
export async function streetsByUsrn(
  strapi: Core.Strapi,
  usrns: readonly number[],
): Promise<Map<number, FollowedStreet>> {
  const streets = new Map<number, FollowedStreet>();
  for (const part of chunk([...new Set(usrns)], 200)) {
    const rows = await strapi.db.query(VERGE_UID).findMany({
      where: { usrn: { $in: part }, publishedAt: { $notNull: true } },
      select: ['reference', 'streetName', 'locality', 'usrn'],
      populate: { cuts: true },
      orderBy: { reference: 'asc' },
    });
    for (const verge of z.array(row).parse(rows)) {
      const street = streets.get(verge.usrn) ?? {
        usrn: verge.usrn,
        name: verge.streetName,
        locality: verge.locality,
        verges: [],
      };
      street.verges.push({
        reference: verge.reference,
        cuts: verge.cuts.map((cut) => ({
          scheduledFrom: cut.scheduledFrom,
          scheduledTo: cut.scheduledTo ?? null,
          status: cut.status,
          skipReason: cut.skipReason ?? null,
          completedOn: cut.completedOn ?? null,
        })),
      });
      streets.set(verge.usrn, street);
    }
  }
  return streets;
}

export async function findStreet(strapi: Core.Strapi, usrn: number): Promise<FollowedStreet | null> {
  return (await streetsByUsrn(strapi, [usrn])).get(usrn) ?? null;
}
