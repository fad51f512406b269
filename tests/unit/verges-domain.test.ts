import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { describeIssues, vergeCutSchema, vergeGeometrySchema, vergeSchema, type VergeInput } from '@doorstep/domain';

/** A verge on Hawthorn Road, Bramblewick, as the CMS would publish it. */
const verge = (overrides: Partial<Record<keyof VergeInput, unknown>> = {}) => ({
  reference: 'BW-V-0042',
  streetName: 'Hawthorn Road',
  usrn: 48000042,
  locality: 'Bramblewick',
  postcodes: ['bw1 2ab', 'BW12AC'],
  geometry: {
    type: 'LineString',
    coordinates: [
      [-1.4012, 52.2614],
      [-1.4005, 52.2617],
    ],
  },
  areaSquareMetres: 96.5,
  category: 'rural-verge',
  cutsPerSeason: 2,
  cuts: [{ scheduledFrom: '2026-05-18', scheduledTo: '2026-05-29', status: 'scheduled' }],
  currentStatus: 'fine',
  noteForResidents: null,
  ...overrides,
});

const problems = (schema: z.ZodType, value: unknown, prefix = '') => {
  const result = schema.safeParse(value);
  return result.success ? [] : describeIssues(result.error, prefix);
};

describe('verge geometry', () => {
  const square = [
    [-1.401, 52.261],
    [-1.4, 52.261],
    [-1.4, 52.262],
    [-1.401, 52.262],
    [-1.401, 52.261],
  ];
  it.each([
    [
      'a line',
      {
        type: 'LineString',
        coordinates: [
          [-1.4, 52.26],
          [-1.39, 52.26],
        ],
      },
    ],
    [
      'lines',
      {
        type: 'MultiLineString',
        coordinates: [
          [
            [-1.4, 52.26],
            [-1.39, 52.26],
          ],
          [
            [-1.4, 52.27],
            [-1.39, 52.27],
          ],
        ],
      },
    ],
    ['a polygon', { type: 'Polygon', coordinates: [square] }],
    ['polygons', { type: 'MultiPolygon', coordinates: [[square], [square.map(([x, y]) => [x! + 0.01, y!])]] }],
  ])('accepts %s in WGS84', (_kind, geometry) => {
    expect(problems(vergeGeometrySchema, geometry)).toEqual([]);
  });

  it.each([
    [
      { type: 'Point', coordinates: [-1.4, 52.26] },
      'type: Use a LineString, MultiLineString, Polygon or MultiPolygon, not a Point',
    ],
    [{ type: 'LineString', coordinates: [[-1.4, 52.26]] }, 'coordinates: A line needs at least 2 positions'],
    [
      {
        type: 'LineString',
        coordinates: [
          [-1.4, 52.26],
          [-1.4, 52.26],
        ],
      },
      'coordinates: A line must go somewhere: all its positions are the same',
    ],
    [
      {
        type: 'LineString',
        coordinates: [
          [-1.4, 52.26],
          ['x', 52.27],
        ],
      },
      'coordinates[1][0]: Each coordinate must be a number',
    ],
    [
      { type: 'Polygon', coordinates: [square.slice(0, 4)] },
      'coordinates[0]: A polygon ring must be closed: its last position must be the same as its first',
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [-1.4, 52.26],
            [-1.39, 52.26],
            [-1.4, 52.26],
          ],
        ],
      },
      'coordinates[0]: A polygon ring needs at least 4 positions: 3 corners and the first corner again to close it',
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [-1.4, 52.26],
            [-1.39, 52.26],
            [-1.38, 52.26],
            [-1.4, 52.26],
          ],
        ],
      },
      'coordinates[0]: A polygon ring must enclose an area: its corners are in a line',
    ],
    [
      {
        type: 'LineString',
        coordinates: [
          [441000, 262700],
          [441040, 262710],
        ],
      },
      'coordinates[0]: Position [441000, 262700] is outside Great Britain (and 1 more): longitude must be from -9 to 2 and latitude from 49.8 to 61 (WGS84)',
    ],
    [
      {
        type: 'LineString',
        coordinates: [
          [-1.4, 52.26],
          [2.35, 48.85],
        ],
      },
      'coordinates[1]: Position [2.35, 48.85] is outside Great Britain: longitude must be from -9 to 2 and latitude from 49.8 to 61 (WGS84)',
    ],
  ])('refuses %j: "%s"', (geometry, message) => {
    expect(problems(vergeGeometrySchema, geometry)).toEqual([message]);
  });
});

describe('verge cuts', () => {
  it('take a window or a single date, and tidy blanks to null', () => {
    const cut = vergeCutSchema.parse({
      scheduledFrom: '2026-05-04',
      scheduledTo: '',
      status: 'scheduled',
      skipReason: '  ',
    });
    expect(cut).toEqual({
      scheduledFrom: '2026-05-04',
      scheduledTo: null,
      status: 'scheduled',
      skipReason: null,
      completedOn: null,
    });
  });

  it.each([
    [
      { scheduledFrom: '2026-02-30', status: 'scheduled' },
      ['scheduledFrom: Enter the date the cut is due (or its window starts) as a real date, like 2026-05-04'],
    ],
    [
      { scheduledFrom: '2026-05-08', scheduledTo: '2026-05-04', status: 'scheduled' },
      ['scheduledTo: The window must end on or after the day it starts'],
    ],
    [{ scheduledFrom: '2026-05-04', status: 'skipped' }, ['skipReason: Say why the cut was skipped']],
    [{ scheduledFrom: '2026-05-04', status: 'done' }, ['completedOn: Give the date the cut was done']],
    [
      { scheduledFrom: '2026-05-04', status: 'scheduled', completedOn: '2026-05-05' },
      ['completedOn: Only a done cut has a completion date'],
    ],
    [{ scheduledFrom: '2026-05-04', status: 'postponed' }, ['status: The status must be scheduled, done or skipped']],
  ])('refuse %j', (cut, expected) => {
    expect(problems(vergeCutSchema, cut)).toEqual(expected);
  });
});

describe('verges', () => {
  it('normalise postcodes and accept a verge the site can show', () => {
    const result = vergeSchema.parse(verge());
    expect(result.postcodes).toEqual(['BW1 2AB', 'BW1 2AC']);
    expect(result.cuts[0]).toMatchObject({ scheduledTo: '2026-05-29', completedOn: null });
  });

  it('name every problem and its place, under the place the caller gives', () => {
    const bad = verge({
      reference: '',
      usrn: 123456789,
      postcodes: ['BW1 2AB', 'not a postcode'],
      category: 'hedge',
      cutsPerSeason: 2.5,
      cuts: [{ scheduledFrom: '2026-05-04', status: 'skipped' }],
      currentStatus: 'overgrown',
      areaSquareMetres: 0,
    });
    expect(problems(vergeSchema, bad, 'features[12] (ref BW-V-0042)')).toEqual([
      'features[12] (ref BW-V-0042).reference: Give the verge its reference (the council’s asset id)',
      'features[12] (ref BW-V-0042).usrn: The USRN must be a whole number of up to 8 digits',
      'features[12] (ref BW-V-0042).postcodes[1]: "not a postcode" is not a postcode: enter a real postcode, like BW1 2AB',
      'features[12] (ref BW-V-0042).areaSquareMetres: The area must be more than 0 square metres',
      'features[12] (ref BW-V-0042).category: The category must be urban-amenity, rural-verge or visibility-splay',
      'features[12] (ref BW-V-0042).cutsPerSeason: The number of cuts a season must be a whole number',
      'features[12] (ref BW-V-0042).cuts[0].skipReason: Say why the cut was skipped',
      'features[12] (ref BW-V-0042).currentStatus: The current status must be fine, problem-reported or cut-overdue',
    ]);
  });

  it('name the geometry position that is wrong', () => {
    const bad = verge({
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-1.4, 52.26],
            [-1.39, 52.26],
            [-1.39, 52.27],
            [-1.4, 52.27],
          ],
        ],
      },
    });
    expect(problems(vergeSchema, bad)).toEqual([
      'geometry.coordinates[0]: A polygon ring must be closed: its last position must be the same as its first',
    ]);
  });
});
