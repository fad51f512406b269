/**
 * Writes a small ESRI shapefile (.shp, .shx, .dbf, .prj) for test fixtures: the
 * `shapefile` package only reads them. Polylines (type 3) or polygons (type 5), text
 * and number attributes, per the ESRI Shapefile Technical Description (1998) and dBase III.
 */
import { writeFileSync } from 'node:fs';

type Position = [number, number];
export interface ShapeRecord {
  parts: Position[][];
  attributes: Record<string, string | number | null>;
}

export const BNG_PRJ =
  'PROJCS["British_National_Grid",GEOGCS["GCS_OSGB_1936",DATUM["D_OSGB_1936",SPHEROID["Airy_1830",6377563.396,299.3249646]],' +
  'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",400000.0],' +
  'PARAMETER["False_Northing",-100000.0],PARAMETER["Central_Meridian",-2.0],PARAMETER["Scale_Factor",0.9996012717],' +
  'PARAMETER["Latitude_Of_Origin",49.0],UNIT["Meter",1.0]]';

const signedArea = (ring: Position[]) =>
  ring.slice(1).reduce((sum, [x, y], index) => sum + ring[index]![0] * y - x * ring[index]![1], 0) / 2;

function box(points: Position[]): [number, number, number, number] {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function header(buffer: Buffer, shapeType: number, bytes: number, bounds: number[]): void {
  buffer.writeInt32BE(9994, 0);
  buffer.writeInt32BE(bytes / 2, 24);
  buffer.writeInt32LE(1000, 28);
  buffer.writeInt32LE(shapeType, 32);
  bounds.forEach((value, index) => buffer.writeDoubleLE(value, 36 + index * 8));
}

export function writeShapefile(base: string, kind: 'polyline' | 'polygon', records: ShapeRecord[], prj: string): void {
  const shapeType = kind === 'polygon' ? 5 : 3;
  // Shapefile outer rings run clockwise (negative area with y up).
  const shapes = records.map(({ parts }) =>
    kind === 'polygon' ? parts.map((ring) => (signedArea(ring) > 0 ? [...ring].reverse() : ring)) : parts,
  );
  const contents = shapes.map((parts) => {
    const points = parts.flat();
    const content = Buffer.alloc(44 + parts.length * 4 + points.length * 16);
    content.writeInt32LE(shapeType, 0);
    box(points).forEach((value, index) => content.writeDoubleLE(value, 4 + index * 8));
    content.writeInt32LE(parts.length, 36);
    content.writeInt32LE(points.length, 40);
    let start = 0;
    parts.forEach((part, index) => {
      content.writeInt32LE(start, 44 + index * 4);
      start += part.length;
    });
    points.forEach(([x, y], index) => {
      content.writeDoubleLE(x, 44 + parts.length * 4 + index * 16);
      content.writeDoubleLE(y, 52 + parts.length * 4 + index * 16);
    });
    return content;
  });
  const bounds = [...box(shapes.flat(2)), 0, 0, 0, 0];
  const shp = Buffer.alloc(100 + contents.reduce((sum, content) => sum + 8 + content.length, 0));
  const shx = Buffer.alloc(100 + contents.length * 8);
  header(shp, shapeType, shp.length, bounds);
  header(shx, shapeType, shx.length, bounds);
  let offset = 100;
  contents.forEach((content, index) => {
    shp.writeInt32BE(index + 1, offset);
    shp.writeInt32BE(content.length / 2, offset + 4);
    content.copy(shp, offset + 8);
    shx.writeInt32BE(offset / 2, 100 + index * 8);
    shx.writeInt32BE(content.length / 2, 104 + index * 8);
    offset += 8 + content.length;
  });
  writeFileSync(`${base}.shp`, shp);
  writeFileSync(`${base}.shx`, shx);
  writeFileSync(`${base}.dbf`, dbf(records.map((record) => record.attributes)));
  writeFileSync(`${base}.prj`, prj);
}

function dbf(rows: Array<Record<string, string | number | null>>): Buffer {
  const names = Object.keys(rows[0] ?? {});
  const fields = names.map((name) => {
    const numeric = rows.every((row) => row[name] === null || typeof row[name] === 'number');
    const width = Math.max(1, ...rows.map((row) => Buffer.byteLength(String(row[name] ?? ''))));
    return { name, numeric, width: numeric ? Math.max(width, 12) : Math.min(254, width) };
  });
  const recordLength = 1 + fields.reduce((sum, field) => sum + field.width, 0);
  const headerLength = 32 + fields.length * 32 + 1;
  const buffer = Buffer.alloc(headerLength + rows.length * recordLength + 1, 0x20);
  buffer.fill(0, 0, headerLength);
  buffer.writeUInt8(0x03, 0);
  buffer.writeUInt8(126, 1); // 2026
  buffer.writeUInt8(11, 2);
  buffer.writeUInt8(30, 3);
  buffer.writeUInt32LE(rows.length, 4);
  buffer.writeUInt16LE(headerLength, 8);
  buffer.writeUInt16LE(recordLength, 10);
  fields.forEach((field, index) => {
    const at = 32 + index * 32;
    buffer.write(field.name.slice(0, 10), at, 'latin1');
    buffer.write(field.numeric ? 'N' : 'C', at + 11, 'latin1');
    buffer.writeUInt8(field.width, at + 16);
    buffer.writeUInt8(field.numeric ? 3 : 0, at + 17);
  });
  buffer.writeUInt8(0x0d, headerLength - 1);
  rows.forEach((row, rowIndex) => {
    let at = headerLength + rowIndex * recordLength + 1;
    for (const field of fields) {
      const value = row[field.name];
      const written =
        value === null ? '' : field.numeric ? Number(value).toFixed(3).padStart(field.width) : String(value);
      buffer.write(written.slice(0, field.width), at, 'utf8');
      at += field.width;
    }
  });
  buffer.writeUInt8(0x1a, buffer.length - 1);
  return buffer;
}
