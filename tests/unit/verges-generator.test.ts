import { describe, expect, it } from 'vitest';
import { isCutOverdue, summariseVerge, vergeSchema } from '@doorstep/domain';
import { DEMO_VERGES } from '@doorstep/demo';
import { generateVerges, seasonDate } from '@doorstep/demo';
import { toBngFeatureCollection, toScheduleCsv } from '@doorstep/demo';
import { bngToWgs84 } from '@doorstep/domain/projection';
import { firstPosition } from '@doorstep/gis';

const AS_OF = '2026-07-15';
const demo = generateVerges({ ...DEMO_VERGES, asOf: AS_OF });

describe('Bramblewick’s generated verges', () => {
  it('are the same on every run for the same seed and date, and different for another seed', () => {
    expect(generateVerges({ count: 50, asOf: AS_OF })).toEqual(demo.slice(0, 50));
    expect(generateVerges({ count: 50, asOf: AS_OF, seed: 1 })[0]!.verge).not.toEqual(demo[0]!.verge);
  });

  it('are all publishable, with unique references, along a few hundred streets', () => {
    const invalid = demo
      .filter(({ verge }) => !vergeSchema.safeParse(verge).success)
      .map(({ verge }) => verge.reference);
    expect(invalid).toEqual([]);
    expect(new Set(demo.map(({ verge }) => verge.reference)).size).toBe(DEMO_VERGES.count);
    const streets = new Set(demo.map(({ verge }) => `${verge.streetName}, ${verge.locality}`));
    expect(streets.size).toBeGreaterThan(200);
    expect(new Set(demo.map(({ verge }) => verge.locality)).size).toBe(6);
  });

  it('have every category and each shape it comes in', () => {
    const kinds = new Set(demo.map(({ verge }) => `${verge.category} ${verge.geometry.type}`));
    expect([...kinds].sort()).toEqual(['rural-verge LineString', 'urban-amenity Polygon', 'visibility-splay Polygon']);
  });

  it.each(['2026-05-20', '2026-07-15', '2026-10-01', '2026-12-10', '2027-02-20'])(
    'on %s, some cuts are done, some scheduled, some overdue and some skipped with a reason',
    (asOf) => {
      const cuts = generateVerges({ count: 600, asOf }).flatMap(({ verge }) => verge.cuts);
      expect(cuts.filter((cut) => cut.status === 'done').length).toBeGreaterThan(0);
      expect(cuts.filter((cut) => cut.status === 'scheduled' && !isCutOverdue(cut, asOf)).length).toBeGreaterThan(0);
      expect(cuts.filter((cut) => isCutOverdue(cut, asOf)).length).toBeGreaterThan(0);
      expect(cuts.filter((cut) => cut.status === 'skipped' && cut.skipReason).length).toBeGreaterThan(0);
    },
  );

  it('run from April 2026 into 2027, and store an overdue status that matches the cuts', () => {
    const dates = demo.flatMap(({ verge }) => verge.cuts.map((cut) => cut.scheduledFrom)).sort();
    expect(dates[0]! >= '2026-04-01').toBe(true);
    expect(dates.at(-1)! > '2027-01-01').toBe(true);
    for (const { verge } of demo.slice(0, 300)) {
      if (verge.currentStatus === 'problem-reported') continue;
      expect(verge.currentStatus === 'cut-overdue').toBe(
        summariseVerge({ ...verge, currentStatus: 'fine' }, AS_OF).overdue,
      );
    }
  });

  it('clamp the seed date into the season', () => {
    expect(seasonDate(new Date('2025-12-25T12:00:00Z'))).toBe('2026-04-01');
    expect(seasonDate(new Date('2026-11-30T12:00:00Z'))).toBe('2026-11-30');
    expect(seasonDate(new Date('2028-01-01T12:00:00Z'))).toBe('2027-03-31');
  });

  it('write a BNG GeoJSON file whose grid positions are the stored WGS84 ones, and a schedule', () => {
    const sample = demo.slice(0, 20);
    const collection = toBngFeatureCollection(sample);
    expect(collection.crs.properties.name).toBe('urn:ogc:def:crs:EPSG::27700');
    collection.features.forEach((feature, index) => {
      expect(bngToWgs84(firstPosition(feature.geometry)!)).toEqual(firstPosition(sample[index]!.verge.geometry));
    });
    const csv = toScheduleCsv(sample).trim().split('\n');
    expect(csv[0]).toBe('reference,scheduled_from,scheduled_to,status,completed_on,skip_reason');
    expect(csv).toHaveLength(1 + sample.reduce((sum, { verge }) => sum + verge.cuts.length, 0));
  });
});
