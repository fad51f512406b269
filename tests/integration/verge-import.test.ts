import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeProblem } from '@doorstep/gis';
import { importVerges } from '../../cms/src/verges/import';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { REPO_ROOT } from '../../scripts/lib/cms/paths';

let cms: TestCms;
const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/verges');
const fixture = (name: string) => path.join(FIXTURES, name);
const verges = () => cms.strapi.documents('api::verge.verge');
const count = () => verges().count({ status: 'published' });
const byReference = (reference: string) =>
  verges().findFirst({ status: 'published', filters: { reference }, populate: ['cuts'] });

beforeAll(async () => {
  cms = await startCms();
});

afterAll(async () => {
  await cms?.stop();
});

describe('importing a council’s verge layer', () => {
  it('imports BNG GeoJSON with its schedule, published, cuts linked, reprojected to WGS84', async () => {
    const result = await importVerges(cms.strapi, {
      file: fixture('bramblewick-bng.geojson'),
      schedule: fixture('schedule.csv'),
    });
    expect(result.problems.map(describeProblem)).toEqual([]);
    expect(result).toMatchObject({
      outcome: 'imported',
      features: 6,
      created: 6,
      updated: 0,
      crs: { crs: 'EPSG:27700' },
    });
    expect(await count()).toBe(6);
    const verge = await byReference('BW-FX-000001');
    expect(verge).toMatchObject({ streetName: 'Tithe Street', locality: 'Bramblewick', category: 'visibility-splay' });
    expect((verge!.cuts as Array<{ scheduledFrom: string }>).map((cut) => cut.scheduledFrom)).toEqual([
      '2026-05-06',
      '2026-07-01',
      '2026-08-24',
      '2026-10-20',
      '2026-12-18',
      '2027-02-09',
    ]);
    expect(verge!.minLongitude).toBeGreaterThan(-1.5);
    expect(verge!.maxLatitude).toBeLessThan(52.4);
  });

  it('re-imports safely: the same documents, updated in place, and nothing editors added is lost', async () => {
    const before = await byReference('BW-FX-000001');
    await verges().update({ documentId: before!.documentId, data: { noteForResidents: 'Resown in April.' } });
    await verges().publish({ documentId: before!.documentId });
    const result = await importVerges(cms.strapi, { file: fixture('bramblewick-bng.geojson') });
    expect(result).toMatchObject({ outcome: 'imported', created: 0, updated: 6 });
    expect(await count()).toBe(6);
    expect(await verges().count({ status: 'draft' })).toBe(6);
    const after = await byReference('BW-FX-000001');
    expect(after!.documentId).toBe(before!.documentId);
    expect(after!.noteForResidents).toBe('Resown in April.');
    expect(after!.cuts).toHaveLength(6);
  });

  it('writes exactly what the admin panel would, and the admin can edit and publish an imported verge', async () => {
    const imported = await byReference('BW-FX-000002');
    const { id: _id, documentId: _documentId, createdAt: _c, updatedAt: _u, publishedAt: _p, ...fields } = imported!;
    const data = {
      ...fields,
      reference: 'BW-ADMIN-1',
      cuts: (fields.cuts as Array<Record<string, unknown>>).map(({ id: _cutId, ...cut }) => cut),
    };
    const created = await verges().create({ data: data as never, status: 'published' });
    const again = await verges().findOne({ documentId: created.documentId, status: 'published', populate: ['cuts'] });
    const strip = (entry: Record<string, unknown>) => {
      const {
        id: _i,
        documentId: _d,
        createdAt: _ca,
        updatedAt: _ua,
        publishedAt: _pa,
        reference: _r,
        ...rest
      } = entry;
      return { ...rest, cuts: (rest.cuts as Array<Record<string, unknown>>).map(({ id: _cut, ...cut }) => cut) };
    };
    expect(strip(again as Record<string, unknown>)).toEqual(strip(imported as Record<string, unknown>));

    const moved = {
      type: 'LineString',
      coordinates: [
        [-1.41, 52.27],
        [-1.409, 52.2705],
      ],
    };
    await verges().update({
      documentId: imported!.documentId,
      data: { geometry: moved, areaSquareMetres: 90 } as never,
    });
    await verges().publish({ documentId: imported!.documentId });
    expect(await byReference('BW-FX-000002')).toMatchObject({
      geometry: moved,
      minLongitude: -1.41,
      maxLatitude: 52.2705,
    });
    await verges().delete({ documentId: created.documentId });
  });

  it('imports WGS84 GeoJSON with Doorstep’s own field names, and a shapefile with its .prj', async () => {
    const wgs84 = await importVerges(cms.strapi, { file: fixture('bramblewick-wgs84.geojson') });
    expect(wgs84).toMatchObject({
      outcome: 'imported',
      created: 4,
      crs: { crs: 'EPSG:4326', source: 'the size of the coordinates' },
    });
    const shapefile = await importVerges(cms.strapi, { file: fixture('amenity-grass.shp') });
    expect(shapefile).toMatchObject({ outcome: 'imported', crs: { crs: 'EPSG:27700', source: 'amenity-grass.prj' } });
    const first = await byReference('BW-FS-000001');
    expect(first).toMatchObject({ locality: 'Bramblewick', category: 'visibility-splay' });
    expect(first!.cutsPerSeason).toBe(6);
  });
});

describe('refusing bad input: every problem said, with where it is, and nothing written', () => {
  it.each([
    [
      'bad/unclosed-polygon.geojson',
      undefined,
      'features[0] (ref BW-BAD-0001): geometry.coordinates[0]: A polygon ring must be closed',
    ],
    [
      'bad/outside-great-britain.geojson',
      undefined,
      'features[0] (ref BW-BAD-0002): geometry.coordinates[0]: Easting/northing [690000, 50000] is outside Great Britain (and 1 more)',
    ],
    [
      'bad/outside-great-britain.geojson',
      undefined,
      'features[1] (ref BW-BAD-0003): geometry.coordinates[1]: Easting/northing [-5000, 262750] is outside the British National Grid',
    ],
    [
      'bad/web-mercator.geojson',
      undefined,
      'web-mercator.geojson: The file says it is in "urn:ogc:def:crs:EPSG::3857" (its "crs" member)',
    ],
    [
      'bad/undeclared-web-mercator.geojson',
      undefined,
      'The coordinates are neither degrees nor British National Grid metres (features[0] starts at [-155983.2, 6847700.1])',
    ],
    [
      'bad/ambiguous-projection.geojson',
      undefined,
      'Cannot tell the projection: features[0] starts at [-1.4012, 52.2614] (degrees?) but features[1] starts at [441000, 262700] (metres?)',
    ],
    [
      'bad/labelled-wgs84-but-grid.geojson',
      undefined,
      'but features[0] starts at [441000, 262700], which looks like British National Grid (EPSG:27700)',
    ],
    ['bad/missing-reference.geojson', undefined, 'features[1]: reference: Give the verge its reference'],
    [
      'bad/duplicate-reference.geojson',
      undefined,
      'features[2] (ref BW-BAD-0010): reference: BW-BAD-0010 is also the reference of features[0]',
    ],
    [
      'bad/invalid-geometry.geojson',
      undefined,
      'features[0] (ref BW-BAD-0012): geometry.type: Use a LineString, MultiLineString, Polygon or MultiPolygon, not a Point',
    ],
    [
      'bad/good-for-schedule.geojson',
      'bad/schedule-unknown-reference.csv',
      'schedule-unknown-reference.csv line 4 (ref BW-BAD-9999): reference: No feature in good-for-schedule.geojson has the reference BW-BAD-9999',
    ],
    [
      'bad/good-for-schedule.geojson',
      'bad/schedule-bad-dates.csv',
      'schedule-bad-dates.csv line 2 (ref BW-BAD-0020): scheduledFrom: "31/02/2026" is not a date: use YYYY-MM-DD or DD/MM/YYYY',
    ],
    ['bad/not-json.geojson', undefined, 'not-json.geojson: The file cannot be imported: it is not valid JSON'],
  ])('%s (schedule %s): "%s"', async (file, schedule, expected) => {
    const before = await count();
    const result = await importVerges(cms.strapi, { file: fixture(file), schedule: schedule && fixture(schedule) });
    expect(result.outcome).toBe('refused');
    expect(result.problems.map(describeProblem).join('\n')).toContain(expected);
    expect(await count()).toBe(before);
  });

  it('imports only the good verges when asked, and still reports the rest', async () => {
    const result = await importVerges(cms.strapi, {
      file: fixture('bad/duplicate-reference.geojson'),
      onlyValid: true,
    });
    expect(result).toMatchObject({ outcome: 'imported', created: 1, valid: 1 });
    expect(result.problems).toHaveLength(1);
    expect(await byReference('BW-BAD-0011')).not.toBeNull();
    expect(await byReference('BW-BAD-0010')).toBeNull();
  });

  it('checks without writing on a dry run', async () => {
    const before = await count();
    const result = await importVerges(cms.strapi, { file: fixture('bad/good-for-schedule.geojson'), dryRun: true });
    expect(result).toMatchObject({ outcome: 'checked', valid: 2, problems: [] });
    expect(await count()).toBe(before);
  });
});
