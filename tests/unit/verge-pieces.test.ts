import { describe, expect, it } from 'vitest';
import type { VergeRecord } from '@doorstep/domain';
import { decodeCell, decodeCut, decodeGeometry, type LatLng } from '../../site/src/lib/verges/browser/decode';
import { encodeCut, encodeGeometry } from '../../site/src/lib/verges/build-time/encode';
import type { CellFile, Manifest, PostcodesFile, StreetsFile } from '../../site/src/lib/verges/shared/format';
import { cellOf, cellOrigin, cellsAround, fromUnits } from '../../site/src/lib/verges/shared/grid';
import { allDataFiles } from '../../site/src/lib/verges/build-time/files';
import { buildVergeSite } from '../../site/src/lib/verges/build-time/site';
import { groupStreets } from '../../site/src/lib/verges/build-time/streets';
import { vergeRecords } from '../support/verge-records';

/**
 * The build's verge data files (site/src/lib/verges/shared/format.ts): what the map
 * island downloads must be small, complete, and decode to the verges the CMS holds.
 */
const records = vergeRecords(600);
const site = buildVergeSite(records);
const files = allDataFiles(site);
const file = <T>(path: string) => files.get(path) as T;

function positions(verge: VergeRecord): LatLng[] {
  const { geometry } = verge;
  const all: number[][] =
    geometry.type === 'LineString'
      ? geometry.coordinates
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates.flat(2)
        : geometry.coordinates.flat();
  return all.map(([longitude, latitude]) => [latitude!, longitude!]);
}

describe('the compact shape and cut encoding', () => {
  it('gives back every position to within 1/100,000 degree (about a metre), without drift along a line', () => {
    for (const verge of records) {
      const cell = cellOf(verge.centroid);
      const shape = decodeGeometry(encodeGeometry(verge.geometry, cell), cell);
      const decoded = shape.kind === 'line' ? shape.paths.flat() : shape.polygons.flat(2);
      const original = positions(verge);
      expect(decoded).toHaveLength(original.length);
      decoded.forEach(([lat, lng], index) => {
        expect(Math.abs(lat - original[index]![0])).toBeLessThanOrEqual(0.5e-5 + 1e-9);
        expect(Math.abs(lng - original[index]![1])).toBeLessThanOrEqual(0.5e-5 + 1e-9);
      });
    }
  });

  it('keeps every cut as it was: window, status, completion date and skip reason', () => {
    const cuts = records.flatMap((verge) => verge.cuts);
    expect(new Set(cuts.map((cut) => cut.status))).toEqual(new Set(['done', 'scheduled', 'skipped']));
    expect(cuts.map((cut) => decodeCut(encodeCut(cut)))).toEqual(cuts);
  });
});

describe('the grid', () => {
  it('files a position in the cell whose corner is south-west of it', () => {
    const position = [-1.40123, 52.26789] as const;
    const [x, y] = cellOrigin(cellOf(position));
    expect(fromUnits(x)).toBeLessThanOrEqual(position[0]);
    expect(fromUnits(y)).toBeLessThanOrEqual(position[1]);
    expect(position[0] - fromUnits(x)).toBeLessThan(1 / 125);
    expect(position[1] - fromUnits(y)).toBeLessThan(1 / 200);
  });

  it('finds every cell within a distance of a position, and no far ones', () => {
    const here = [-1.4, 52.26] as const;
    const around = cellsAround(here, 300);
    const metre = { lat: 1 / 111_320, lng: 1 / (111_320 * Math.cos((52.26 * Math.PI) / 180)) };
    for (const [dx, dy] of [
      [0, 0],
      [290, 0],
      [-290, 0],
      [0, 290],
      [0, -290],
      [200, 200],
      [-200, -200],
    ] as const) {
      expect(around).toContain(cellOf([here[0] + dx * metre.lng, here[1] + dy * metre.lat]));
    }
    expect(around.length).toBeLessThanOrEqual(9);
    expect(around).not.toContain(cellOf([here[0] + 2000 * metre.lng, here[1]]));
  });
});

describe('streets', () => {
  it('are a name within a locality, matched however the name is written, each with its own address', () => {
    const [first] = records;
    const copy = (streetName: string, locality: string, reference: string): VergeRecord => ({
      ...first!,
      streetName,
      locality,
      reference,
    });
    const streets = groupStreets([
      copy("St Mary's Road", 'Bramblewick', 'A-1'),
      copy('ST MARYS RD', 'Bramblewick', 'A-2'),
      copy("St Mary's Road", 'Kestrel Vale', 'A-3'),
      copy('Ash & Elm Road', 'Bramblewick', 'A-4'),
      copy('Ash and Elm Road', 'Bramblewick', 'A-5'),
    ]);
    expect(streets.map((street) => [street.slug, street.verges.map((verge) => verge.reference)])).toEqual([
      ['ash-and-elm-road-bramblewick', ['A-4']],
      ['ash-and-elm-road-bramblewick-2', ['A-5']],
      ['st-marys-road-bramblewick', ['A-1', 'A-2']],
      ['st-marys-road-kestrel-vale', ['A-3']],
    ]);
  });
});

describe('the data files', () => {
  const manifest = file<Manifest>('index.json');
  const cells = [...files].filter(([path]) => path.startsWith('cells/')).map(([, cell]) => cell as CellFile);

  it('hold every verge exactly once, in the cell of its centre', () => {
    const filed = cells.flatMap((cell) => cell.verges.map((verge) => `${cell.id} ${verge.r}`));
    expect(filed.sort()).toEqual(records.map((verge) => `${cellOf(verge.centroid)} ${verge.reference}`).sort());
    expect(manifest.cells).toEqual(cells.map((cell) => cell.id).sort());
  });

  it('decode to the verges the CMS holds: street, status, note and cuts', () => {
    const byReference = new Map(records.map((verge) => [verge.reference, verge]));
    for (const verge of cells.flatMap(decodeCell)) {
      const original = byReference.get(verge.reference)!;
      expect([verge.streetName, verge.locality, verge.currentStatus, verge.category]).toEqual([
        original.streetName,
        original.locality,
        original.currentStatus,
        original.category,
      ]);
      expect(verge.noteForResidents).toBe(original.noteForResidents);
      expect(verge.cuts).toEqual(original.cuts);
      expect(verge.postcodes).toEqual(original.postcodes);
    }
  });

  it('index every street by its first two letters, naming the cells of all its verges', () => {
    for (const street of site.streets) {
      const entry = file<StreetsFile>(`streets/${street.key.slice(0, 2)}.json`).streets.find(
        (s) => s.s === street.slug,
      );
      expect(entry, street.slug).toBeDefined();
      expect(entry!.c).toEqual([...new Set(street.verges.map((verge) => cellOf(verge.centroid)))].sort());
      expect(entry!.v).toBe(street.verges.length);
      for (const verge of street.verges) {
        const [west, south, east, north] = entry!.b;
        expect(verge.bounds[0]).toBeGreaterThanOrEqual(west);
        expect(verge.bounds[1]).toBeGreaterThanOrEqual(south);
        expect(verge.bounds[2]).toBeLessThanOrEqual(east);
        expect(verge.bounds[3]).toBeLessThanOrEqual(north);
      }
    }
    expect(manifest.prefixes.map((prefix) => `streets/${prefix}.json`).every((path) => files.has(path))).toBe(true);
  });

  it('index every postcode by its sector, with exactly the streets beside it', () => {
    const postcodes = new Set(records.flatMap((verge) => verge.postcodes));
    for (const postcode of postcodes) {
      const sector = file<PostcodesFile>(`postcodes/${postcode.slice(0, -2).toLowerCase().replace(' ', '-')}.json`);
      const streets = sector.postcodes[postcode]!.map((index) => sector.streets[index]!.s).sort();
      const expected = site.streets
        .filter((street) => street.postcodes.includes(postcode))
        .map((street) => street.slug);
      expect(streets).toEqual(expected.sort());
    }
    expect(manifest.sectors.length).toBe([...files.keys()].filter((path) => path.startsWith('postcodes/')).length);
  });

  it('are each small: an index file of a few kilobytes, a cell well under 100 KB before gzip', () => {
    const sizes = [...files].map(([path, body]) => [path, JSON.stringify(body).length] as const);
    for (const [path, size] of sizes) expect(size, path).toBeLessThan(path.startsWith('cells/') ? 100_000 : 20_000);
  });

  it('say where the verges are, and give a real street and postcode for hints', () => {
    expect(manifest.examples?.street).toBe(site.streets[0]!.name);
    expect(records.some((verge) => verge.postcodes.includes(manifest.examples!.postcode))).toBe(true);
    const [west, south, east, north] = manifest.bounds!;
    expect(records.every((verge) => verge.centroid[0] >= west && verge.centroid[0] <= east)).toBe(true);
    expect(records.every((verge) => verge.centroid[1] >= south && verge.centroid[1] <= north)).toBe(true);
  });
});
