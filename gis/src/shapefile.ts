import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as shapefile from 'shapefile';
import { crsFromPrj } from './crs.js';
import type { RawFeature, ReadResult } from './read.js';

/**
 * An ESRI shapefile: geometry in the .shp, attributes in the .dbf (read as UTF-8, as
 * QGIS writes them), the projection in the .prj. Without a .prj the projection is
 * worked out from the coordinates, like a GeoJSON file without a `crs` member.
 */
export async function readShapefile(file: string): Promise<ReadResult> {
  const base = file.replace(/\.shp$/i, '');
  const dbf = `${base}.dbf`;
  const prj = `${base}.prj`;
  if (!existsSync(file)) return { ok: false, message: `${path.basename(file)}: the file does not exist` };
  if (!existsSync(dbf)) {
    return { ok: false, message: `${path.basename(dbf)} is missing: a shapefile's attributes live beside it` };
  }
  const features: RawFeature[] = [];
  try {
    const source = await shapefile.open(file, dbf, { encoding: 'utf-8' });
    for (let result = await source.read(); !result.done; result = await source.read()) {
      features.push({
        index: features.length,
        properties: result.value.properties ?? {},
        geometry: result.value.geometry,
      });
    }
  } catch (error) {
    return { ok: false, message: `${path.basename(file)}: not a shapefile we can read (${String(error)})` };
  }
  const declared = existsSync(prj) ? crsFromPrj(await readFile(prj, 'utf8')) : null;
  return { ok: true, features, declared, declaredBy: `${path.basename(prj)}` };
}
