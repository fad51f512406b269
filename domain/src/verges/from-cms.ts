import { z } from 'zod';
import { VERGE_CUT_STATUSES } from './cut.js';
import type { VergeRecord } from './export.js';
import { vergeGeometrySchema } from './geometry.js';
import { VERGE_CATEGORIES, VERGE_STATUSES } from './verge.js';

/**
 * A verge as Strapi stores it (postcodes as one text field, decimals that PostgreSQL
 * may return as strings, components with ids) turned into the input `vergeSchema`
 * checks (the publish check), and a published one into the export's record.
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

const storedNumber = z.coerce.number();
const storedText = z.string().nullable();

/** A cut as the database layer returns it, without the component's id. */
export const storedCutSchema = z.object({
  scheduledFrom: z.string(),
  scheduledTo: storedText,
  status: z.enum(VERGE_CUT_STATUSES),
  skipReason: storedText,
  completedOn: storedText,
});

const storedVerge = z.object({
  documentId: z.string(),
  reference: z.string(),
  streetName: z.string(),
  usrn: storedNumber.nullable(),
  locality: z.string(),
  postcodes: storedText,
  // Checked at publish and import; a hand-edited row fails here, loudly, rather than reach the site.
  geometry: vergeGeometrySchema,
  areaSquareMetres: storedNumber,
  category: z.enum(VERGE_CATEGORIES),
  cutsPerSeason: storedNumber,
  currentStatus: z.enum(VERGE_STATUSES),
  noteForResidents: storedText,
  minLongitude: storedNumber,
  minLatitude: storedNumber,
  maxLongitude: storedNumber,
  maxLatitude: storedNumber,
  centroidLongitude: storedNumber,
  centroidLatitude: storedNumber,
  updatedAt: z.union([z.string(), z.date()]).transform((value) => new Date(value).toISOString()),
  cuts: z.array(storedCutSchema),
});

/** A published verge row with its cuts, as the database layer returns it, as `GET /api/verges/export` gives it. */
export function vergeRecordFromCms(row: unknown): VergeRecord {
  const verge = storedVerge.parse(row);
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
