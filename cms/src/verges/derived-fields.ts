import {
  formatPostcodeList,
  geometryBounds,
  geometryCentroid,
  parsePostcodeList,
  vergeGeometrySchema,
} from '@doorstep/domain';

/**
 * Columns kept in step with what an editor or the importer gives: the bounding box and
 * centre (so GraphQL can filter by area) from the geometry, and the postcode list in
 * one canonical form ("BW1 2AB, BW1 2AC") so an exact postcode filter works.
 */
export interface DerivedFields {
  minLongitude: number | null;
  minLatitude: number | null;
  maxLongitude: number | null;
  maxLatitude: number | null;
  centroidLongitude: number | null;
  centroidLatitude: number | null;
}

const NONE: DerivedFields = {
  minLongitude: null,
  minLatitude: null,
  maxLongitude: null,
  maxLatitude: null,
  centroidLongitude: null,
  centroidLatitude: null,
};

/** Bounds and centre of a valid geometry; all null for one that is not (publishing refuses it). */
export function placeOf(geometry: unknown): DerivedFields {
  const parsed = vergeGeometrySchema.safeParse(geometry);
  if (!parsed.success) return NONE;
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
