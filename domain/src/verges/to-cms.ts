import type { VergeCut } from './cut.js';
import { vergeGeometrySchema } from './geometry.js';
import { geometryBounds, geometryCentroid } from './measures.js';
import { formatPostcodeList, parsePostcodeList } from './postcodes.js';
import type { Verge } from './verge.js';

/**
 * A verge as Strapi stores it, the inverse of `vergeFromCms`: the attributes of the
 * verge content type and its cut component, with the columns kept in step with what
 * an editor or the importer gives: the bounding box and centre (so GraphQL can filter
 * by area) from the geometry, and the postcodes in one canonical form ("BW1 2AB,
 * BW1 2AC") so an exact postcode filter works. The CMS's writers and its document
 * middleware use these, so every way in stores the same verge.
 */
export interface VergePlace {
  minLongitude: number | null;
  minLatitude: number | null;
  maxLongitude: number | null;
  maxLatitude: number | null;
  centroidLongitude: number | null;
  centroidLatitude: number | null;
}

const NOWHERE: VergePlace = {
  minLongitude: null,
  minLatitude: null,
  maxLongitude: null,
  maxLatitude: null,
  centroidLongitude: null,
  centroidLatitude: null,
};

/** Bounds and centre of a valid geometry; all null for one that is not (publishing refuses it). */
export function placeOf(geometry: unknown): VergePlace {
  const parsed = vergeGeometrySchema.safeParse(geometry);
  if (!parsed.success) return NOWHERE;
  const [minLongitude, minLatitude, maxLongitude, maxLatitude] = geometryBounds(parsed.data);
  const [centroidLongitude, centroidLatitude] = geometryCentroid(parsed.data);
  return { minLongitude, minLatitude, maxLongitude, maxLatitude, centroidLongitude, centroidLatitude };
}

/** Normalised when every entry is a postcode; left as typed otherwise, for the publish check to name. */
export function canonicalPostcodes(text: string | null): string | null {
  const { postcodes, invalid } = parsePostcodeList(text);
  if (invalid.length > 0) return text;
  return postcodes.length === 0 ? null : formatPostcodeList(postcodes);
}

export function vergeToCms(verge: Verge) {
  return {
    reference: verge.reference,
    streetName: verge.streetName,
    usrn: verge.usrn,
    locality: verge.locality,
    postcodes: verge.postcodes.length === 0 ? null : formatPostcodeList(verge.postcodes),
    geometry: verge.geometry,
    areaSquareMetres: verge.areaSquareMetres,
    category: verge.category,
    cutsPerSeason: verge.cutsPerSeason,
    currentStatus: verge.currentStatus,
    noteForResidents: verge.noteForResidents,
    ...placeOf(verge.geometry),
  };
}

export function cutToCms(cut: VergeCut) {
  return {
    scheduledFrom: cut.scheduledFrom,
    scheduledTo: cut.scheduledTo,
    status: cut.status,
    skipReason: cut.skipReason,
    completedOn: cut.completedOn,
  };
}
