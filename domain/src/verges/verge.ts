import { z } from 'zod';
import { vergeCutSchema } from './cut.js';
import { vergeGeometrySchema } from './geometry.js';
import { normalisePostcode } from '../postcode.js';

/**
 * A verge: a stretch or area of grass the council cuts, as residents and the council's
 * GIS know it. One schema for the CMS's publish check, the importer and the site build.
 */
export const VERGE_CATEGORIES = ['urban-amenity', 'rural-verge', 'visibility-splay'] as const;
export type VergeCategory = (typeof VERGE_CATEGORIES)[number];

/**
 * A verge's current status, as editors set it. (Not `status`: Strapi reserves that name
 * on types with drafts, for draft or published.) Overdue is also worked out from the cuts.
 */
export const VERGE_STATUSES = ['fine', 'problem-reported', 'cut-overdue'] as const;
export type VergeStatus = (typeof VERGE_STATUSES)[number];

/** The council's own asset id, as it appears in its GIS and schedules. */
export const vergeReferenceSchema = z
  .string({ error: 'Give the verge its reference (the council’s asset id)' })
  .trim()
  .min(1, 'Give the verge its reference (the council’s asset id)')
  .max(64, 'The reference must be 64 characters or fewer')
  .refine((reference) => reference === '' || /^\w[\w ./-]*$/.test(reference), {
    message: 'The reference must use letters, digits, spaces and . / _ - only',
  });

/** Unique Street Reference Number: a whole number of up to 8 digits. */
export const usrnSchema = z
  .number({ error: 'The USRN must be a whole number of up to 8 digits' })
  .int('The USRN must be a whole number of up to 8 digits')
  .min(1, 'The USRN must be a whole number of up to 8 digits')
  .max(99_999_999, 'The USRN must be a whole number of up to 8 digits');

export const vergePostcodeSchema = z.string({ error: 'Enter a postcode, like BW1 2AB' }).transform((value, ctx) => {
  const postcode = normalisePostcode(value);
  if (postcode) return postcode;
  ctx.addIssue({ code: 'custom', message: `"${value}" is not a postcode: enter a real postcode, like BW1 2AB` });
  return z.NEVER;
});

const text = (what: string, max: number) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, `Enter ${what}`)
    .max(max, `${what.charAt(0).toUpperCase()}${what.slice(1)} must be ${max} characters or fewer`);

export const vergeSchema = z.object({
  reference: vergeReferenceSchema,
  streetName: text('the street name', 120),
  usrn: usrnSchema.nullable(),
  locality: text('the locality (town, village or area)', 80),
  postcodes: z.array(vergePostcodeSchema).max(20, 'Give at most 20 postcodes'),
  geometry: vergeGeometrySchema,
  areaSquareMetres: z
    .number({ error: 'Give the area in square metres' })
    .positive('The area must be more than 0 square metres')
    .max(1_000_000, 'The area must be at most 1,000,000 square metres (100 hectares)'),
  category: z.enum(VERGE_CATEGORIES, {
    error: 'The category must be urban-amenity, rural-verge or visibility-splay',
  }),
  cutsPerSeason: z
    .number({ error: 'Give the number of cuts a season' })
    .int('The number of cuts a season must be a whole number')
    .min(0, 'The number of cuts a season must be 0 or more')
    .max(52, 'The number of cuts a season must be 52 or fewer'),
  cuts: z.array(vergeCutSchema).max(60, 'Give at most 60 cuts in a season'),
  currentStatus: z.enum(VERGE_STATUSES, { error: 'The current status must be fine, problem-reported or cut-overdue' }),
  noteForResidents: z.string().trim().max(500, 'The note must be 500 characters or fewer').nullable(),
});

export type Verge = z.output<typeof vergeSchema>;
export type VergeInput = z.input<typeof vergeSchema>;
