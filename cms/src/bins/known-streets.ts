import type { Core } from '@strapi/strapi';
import { z } from 'zod';

/**
 * The council's streets an import may name: every USRN the CMS already holds on a
 * verge or a bin round (drafts included), with its street name. Doorstep has no street
 * gazetteer of its own; the verge layer, imported from the council's GIS, is the
 * authority on which USRN is which street.
 */
export interface KnownStreet {
  usrn: number;
  streetName: string;
  locality: string;
}

const rows = z.array(z.object({ usrn: z.coerce.number(), streetName: z.string(), locality: z.string() }));
const SOURCES = ['api::verge.verge', 'api::bin-round.bin-round'] as const;

export const KNOWN_STREETS_RULE = 'a USRN on a verge or bin round in the CMS';

export async function readKnownStreets(
  strapi: Core.Strapi,
  usrns: readonly number[],
): Promise<Map<number, KnownStreet>> {
  const known = new Map<number, KnownStreet>();
  const wanted = [...new Set(usrns)];
  for (let start = 0; start < wanted.length; start += 500) {
    const part = wanted.slice(start, start + 500);
    for (const uid of SOURCES) {
      const found = await strapi.db
        .query(uid)
        .findMany({ where: { usrn: { $in: part } }, select: ['usrn', 'streetName', 'locality'] });
      for (const street of rows.parse(found)) if (!known.has(street.usrn)) known.set(street.usrn, street);
    }
  }
  return known;
}
