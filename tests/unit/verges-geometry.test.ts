import { describe, expect, it } from 'vitest';
import {
  formatPostcodeList,
  geometryAreaSquareMetres,
  geometryBounds,
  geometryCentroid,
  geometryLengthMetres,
  haversineMetres,
  normaliseStreetName,
  parsePostcodeList,
  postcodeFilter,
  type VergeGeometry,
} from '@doorstep/domain';

// 0.001° of latitude is 111.2 m; 0.001° of longitude at 52.26°N is 68.1 m.
const square: VergeGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [-1.401, 52.26],
      [-1.4, 52.26],
      [-1.4, 52.261],
      [-1.401, 52.261],
      [-1.401, 52.26],
    ],
  ],
};

describe('where a verge is and how big', () => {
  it('measures distances on the Earth', () => {
    expect(haversineMetres([-1.4, 52.26], [-1.4, 52.261])).toBeCloseTo(111.2, 0);
  });

  it('gives the bounds, centre and area of a polygon', () => {
    expect(geometryBounds(square)).toEqual([-1.401, 52.26, -1.4, 52.261]);
    const [longitude, latitude] = geometryCentroid(square);
    expect(longitude).toBeCloseTo(-1.4005, 9);
    expect(latitude).toBeCloseTo(52.2605, 9);
    expect(geometryAreaSquareMetres(square)).toBeCloseTo(111.2 * 68.1, -1);
  });

  it('takes a hole out of the area and pulls the centre away from it', () => {
    const hole = [
      [-1.401, 52.26],
      [-1.4005, 52.26],
      [-1.4005, 52.261],
      [-1.401, 52.261],
      [-1.401, 52.26],
    ] as [number, number][];
    const holed: VergeGeometry = { type: 'Polygon', coordinates: [square.coordinates[0]!, hole] };
    expect(geometryAreaSquareMetres(holed)).toBeCloseTo(geometryAreaSquareMetres(square) / 2, 0);
    expect(geometryCentroid(holed)[0]).toBeCloseTo(-1.40025, 6);
  });

  it('puts the centre of a line halfway along it, by length', () => {
    const line: VergeGeometry = {
      type: 'LineString',
      coordinates: [
        [-1.4, 52.26],
        [-1.4, 52.262],
        [-1.4, 52.263],
      ],
    };
    expect(geometryCentroid(line)[1]).toBeCloseTo(52.2615, 9);
    expect(geometryLengthMetres(line)).toBeCloseTo(333.6, 0);
    expect(geometryAreaSquareMetres(line)).toBe(0);
  });
});

describe('street names as search keys', () => {
  it.each([
    ["St Mary's Rd", 'saint marys road'],
    ['ST MARYS ROAD', 'saint marys road'],
    ['High St.', 'high street'],
    ['Hawthorn  Cl', 'hawthorn close'],
    ['Gt. Bramble Gdns', 'great bramble gardens'],
    ['Rue Cézanne', 'rue cezanne'],
    ['The Street', 'the street'],
  ])('%s → %s', (name, key) => {
    expect(normaliseStreetName(name)).toBe(key);
  });
});

describe('postcodes', () => {
  it('reads a list however it is typed, and writes it one way', () => {
    expect(parsePostcodeList('bw1 2ab; BW12AC,  bw1 2ab | nonsense')).toEqual({
      postcodes: ['BW1 2AB', 'BW1 2AC'],
      invalid: ['nonsense'],
    });
    expect(formatPostcodeList(['BW1 2AC', 'BW1 2AB', 'BW1 2AC'])).toBe('BW1 2AB, BW1 2AC');
  });

  it('builds a GraphQL filter that matches one postcode exactly', () => {
    expect(postcodeFilter('bw12ab')).toEqual({
      or: [{ postcodes: { startsWith: 'BW1 2AB' } }, { postcodes: { contains: ', BW1 2AB' } }],
    });
    expect(postcodeFilter('W1')).toBeNull();
  });
});
