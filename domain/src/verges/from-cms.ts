import { z } from 'zod';

/**
 * A verge as Strapi stores it (postcodes as one text field, decimals that PostgreSQL
 * may return as strings, components with ids) turned into the input `vergeSchema`
 * checks. Used by the publish check and the export endpoint.
 */
const maybeNumber = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value),
  z.unknown(),
);

const cmsCut = z.looseObject({
  scheduledFrom: z.unknown(),
  scheduledTo: z.unknown().optional(),
  status: z.unknown(),
  skipReason: z.unknown().optional(),
  completedOn: z.unknown().optional(),
});

const cmsVerge = z.looseObject({
  reference: z.unknown(),
  streetName: z.unknown(),
  usrn: maybeNumber.optional(),
  locality: z.unknown(),
  postcodes: z.string().nullish(),
  geometry: z.unknown(),
  areaSquareMetres: maybeNumber,
  category: z.unknown(),
  cutsPerSeason: maybeNumber,
  cuts: z.array(cmsCut).nullish(),
  currentStatus: z.unknown().optional(),
  noteForResidents: z.unknown().optional(),
});

/** Splits the stored postcode text without normalising, so a bad entry is reported by its place. */
export function splitPostcodes(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/[,;|\n]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

export function vergeFromCms(entry: unknown): Record<string, unknown> {
  const verge = cmsVerge.parse(entry);
  return {
    reference: verge.reference,
    streetName: verge.streetName,
    usrn: verge.usrn ?? null,
    locality: verge.locality,
    postcodes: splitPostcodes(verge.postcodes),
    geometry: verge.geometry,
    areaSquareMetres: verge.areaSquareMetres,
    category: verge.category,
    cutsPerSeason: verge.cutsPerSeason,
    cuts: (verge.cuts ?? []).map((cut) => ({
      scheduledFrom: cut.scheduledFrom,
      scheduledTo: cut.scheduledTo ?? null,
      status: cut.status,
      skipReason: cut.skipReason ?? null,
      completedOn: cut.completedOn ?? null,
    })),
    currentStatus: verge.currentStatus ?? 'fine',
    noteForResidents: verge.noteForResidents ?? null,
  };
}
