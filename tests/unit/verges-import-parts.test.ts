import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chooseCrs,
  crsFromName,
  crsFromPrj,
  parseCsv,
  parsePropertyMap,
  readSchedule,
  readVergeFile,
  resolveMapping,
  values,
} from '@doorstep/gis';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/verges');
const fixture = (name: string) => path.join(FIXTURES, name);
const line = (coordinates: number[][], index = 0) => ({
  index,
  properties: {},
  geometry: { type: 'LineString', coordinates },
});

describe('reading council files', () => {
  it('reads a shapefile with its attributes and takes the projection from its .prj', async () => {
    const read = await readVergeFile(fixture('amenity-grass.shp'));
    if (!read.ok) throw new Error(read.message);
    expect(read.declared).toBe('EPSG:27700');
    expect(read.features.length).toBeGreaterThan(5);
    expect(read.features[0]!.properties).toMatchObject({ ASSET_ID: 'BW-FS-000001', LOCALITY: 'Bramblewick' });
    expect(read.features[0]!.geometry).toMatchObject({ type: 'Polygon' });
  });

  it.each([
    ['bad/not-json.geojson', /^The file cannot be imported: it is not valid JSON/],
    ['schedule.csv', /^The file cannot be imported: it is not valid JSON/],
    ['nothing-here.shp', /nothing-here.shp: the file does not exist/],
  ])('refuses %s', async (name, message) => {
    const read = await readVergeFile(fixture(name));
    expect(read.ok ? 'read' : read.message).toMatch(message);
  });

  it('knows the names of the projections it reads, and names the ones it does not', () => {
    expect(crsFromName('urn:ogc:def:crs:EPSG::27700')).toBe('EPSG:27700');
    expect(crsFromName('urn:ogc:def:crs:OGC:1.3:CRS84')).toBe('EPSG:4326');
    expect(crsFromName('EPSG:4326')).toBe('EPSG:4326');
    expect(crsFromName('urn:ogc:def:crs:EPSG::3857')).toEqual({ unknown: 'urn:ogc:def:crs:EPSG::3857' });
    expect(crsFromPrj(readFileSync(fixture('amenity-grass.prj'), 'utf8'))).toBe('EPSG:27700');
    expect(crsFromPrj('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984"]]')).toBe('EPSG:4326');
    expect(crsFromPrj('PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984"]]')).toEqual({
      unknown: 'WGS_1984_Web_Mercator_Auxiliary_Sphere',
    });
  });
});

describe('settling the projection', () => {
  const grid = [
    line([
      [441000, 262700],
      [441040, 262710],
    ]),
  ];
  const degrees = [
    line([
      [-1.4012, 52.2614],
      [-1.4009, 52.2616],
    ]),
  ];
  it('takes the file’s word, the flag’s, or the size of the numbers', () => {
    expect(chooseCrs(grid, 'EPSG:27700', null, 'crs')).toEqual({ crs: 'EPSG:27700', source: 'crs' });
    expect(chooseCrs(grid, null, 'EPSG:27700', 'crs')).toEqual({ crs: 'EPSG:27700', source: '--crs' });
    expect(chooseCrs(degrees, null, null, 'crs')).toEqual({ crs: 'EPSG:4326', source: 'the size of the coordinates' });
  });

  it('refuses a flag that contradicts the file, and numbers that contradict both', () => {
    expect(chooseCrs(grid, 'EPSG:27700', 'EPSG:4326', 'verges.prj')).toEqual({
      problem:
        'The file says British National Grid (EPSG:27700) (verges.prj) but --crs says WGS84 longitude and latitude (EPSG:4326): check which is right.',
    });
    const mismatch = chooseCrs(grid, null, 'EPSG:4326', 'crs');
    expect('problem' in mismatch && mismatch.problem).toMatch(/looks like British National Grid/);
  });
});

describe('council property names and values', () => {
  it('finds the usual names whatever their case, and takes --map at its word', () => {
    const names = ['ASSET_ID', 'Street', 'LOCALITY', 'Verge_Type', 'Shape_Area', 'STREETNM'];
    expect(resolveMapping(names, {}).properties).toEqual({
      reference: 'ASSET_ID',
      streetName: 'Street',
      locality: 'LOCALITY',
      category: 'Verge_Type',
      areaSquareMetres: 'Shape_Area',
    });
    expect(resolveMapping(names, parsePropertyMap('streetName=streetnm')).properties.streetName).toBe('STREETNM');
  });

  it('says which required field has no property, and which --map property is missing', () => {
    expect(resolveMapping(['ASSET_ID', 'LOCALITY', 'CATEGORY'], { usrn: 'USRN_NO' }).problems).toEqual([
      'No property gives the streetName (looked for streetName, street, road_name, road, street_desc): name it with --map streetName=<property>',
      '--map usrn=USRN_NO: no feature has a property called USRN_NO',
    ]);
    expect(() => parsePropertyMap('colour=GREEN')).toThrow(/--map takes field=PROPERTY pairs/);
  });

  it.each([
    ['Urban amenity grass', 'urban-amenity'],
    ['RURAL VERGE', 'rural-verge'],
    ['Visibility splay', 'visibility-splay'],
    ['urban-amenity', 'urban-amenity'],
    ['Hedge', 'Hedge'],
  ])('reads the category %s as %s', (written, category) => {
    expect(values.category(written)).toBe(category);
  });

  it('reads numbers written as text and leaves blanks as "not given"', () => {
    expect(values.number('1,250.5')).toBe(1250.5);
    expect(values.number(' ')).toBeUndefined();
    expect(values.number('lots')).toBe('lots');
    expect(values.postcodes('BW1 2AB; BW1 2AC')).toEqual(['BW1 2AB', 'BW1 2AC']);
    expect(values.currentStatus('Problem reported')).toBe('problem-reported');
  });
});

describe('the schedule CSV', () => {
  it('parses quoted fields, line breaks in quotes and CRLF, keeping line numbers', () => {
    const records = parseCsv('a,b\r\n"x, y","say ""hi""\nagain"\r\n\r\nlast,1\n');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"\nagain'] },
      { line: 5, fields: ['last', '1'] },
    ]);
  });

  it('reads both date styles and groups the cuts by reference', async () => {
    const schedule = await readSchedule(fixture('schedule.csv'));
    expect(schedule.problems).toEqual([]);
    const first = schedule.cuts.get('BW-FX-000001')!;
    expect(first[0]).toEqual({
      scheduledFrom: '2026-05-06',
      scheduledTo: null,
      status: 'done',
      skipReason: null,
      completedOn: '2026-05-07',
    });
  });

  it('reports each bad row by line, reference and column', async () => {
    const schedule = await readSchedule(fixture('bad/schedule-bad-dates.csv'));
    expect(
      schedule.problems.map(({ line, reference, field, message }) => `${line} ${reference} ${field}: ${message}`),
    ).toEqual([
      '2 BW-BAD-0020 scheduledFrom: "31/02/2026" is not a date: use YYYY-MM-DD or DD/MM/YYYY',
      '3 BW-BAD-0020 scheduledTo: "2026-13-01" is not a date: use YYYY-MM-DD or DD/MM/YYYY',
      '4 BW-BAD-0021 scheduledFrom: "next Tuesday" is not a date: use YYYY-MM-DD or DD/MM/YYYY',
      '5 BW-BAD-0021 skipReason: Say why the cut was skipped',
      '6 BW-BAD-0021 completedOn: Give the date the cut was done',
    ]);
  });
});
