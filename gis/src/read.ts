import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Crs } from '@doorstep/domain/projection';
import { crsFromName } from './crs.js';
import { readShapefile } from './shapefile.js';

/**
 * Reads what councils' GIS teams export: a GeoJSON FeatureCollection, or an ESRI
 * shapefile (.shp with its .dbf and .prj beside it). Both become the same list of raw
 * features; nothing is validated here beyond "is this a collection of features".
 */
export interface RawFeature {
  index: number;
  properties: Record<string, unknown>;
  geometry: unknown;
}

export type ReadResult =
  | { ok: true; features: RawFeature[]; declared: Crs | { unknown: string } | null; declaredBy: string }
  | { ok: false; message: string };

const featureCollection = z.object({
  type: z.literal('FeatureCollection', { error: 'The file must be a GeoJSON FeatureCollection' }),
  crs: z.object({ properties: z.object({ name: z.string() }) }).optional(),
  features: z.array(z.unknown(), { error: 'The file must have a list of features' }),
});

const feature = z.looseObject({ properties: z.record(z.string(), z.unknown()).nullish(), geometry: z.unknown() });

export async function readVergeFile(file: string): Promise<ReadResult> {
  if (/\.shp$/i.test(file)) return readShapefile(file);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `it is not valid JSON (${error.message})` : 'it cannot be read';
    return { ok: false, message: `The file cannot be imported: ${reason}` };
  }
  const collection = featureCollection.safeParse(json);
  if (!collection.success) return { ok: false, message: collection.error.issues[0]?.message ?? 'Not GeoJSON' };
  const name = collection.data.crs?.properties.name;
  return {
    ok: true,
    features: collection.data.features.map((item, index) => {
      const parsed = feature.safeParse(item);
      return parsed.success
        ? { index, properties: parsed.data.properties ?? {}, geometry: parsed.data.geometry }
        : { index, properties: {}, geometry: null };
    }),
    declared: name ? crsFromName(name) : null,
    declaredBy: 'its "crs" member',
  };
}
