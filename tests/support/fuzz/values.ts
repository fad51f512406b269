import fc from 'fast-check';

/** A field of a public type as Strapi's own schema describes it, for generating queries. */
export interface FuzzField {
  name: string;
  type: string;
  enum?: string[];
  target?: string;
  component?: string;
  private?: boolean;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** Values the database accepts for a column of this Strapi type, as query-string text. */
export function validValue(field: Pick<FuzzField, 'type' | 'enum'>): fc.Arbitrary<string> {
  switch (field.type) {
    case 'integer':
      return fc.integer({ min: -(2 ** 31) + 1, max: 2 ** 31 - 1 }).map(String);
    case 'biginteger':
      return fc.bigInt({ min: -(2n ** 62n), max: 2n ** 62n }).map(String);
    case 'float':
    case 'decimal':
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).map(String);
    case 'boolean':
      return fc.constantFrom('true', 'false');
    case 'date':
      return fc
        .date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10));
    case 'datetime':
    case 'timestamp':
      return fc
        .date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true })
        .map((date) => date.toISOString());
    case 'time':
      return fc.tuple(fc.nat(23), fc.nat(59), fc.nat(59)).map(([h, m, s]) => `${pad(h)}:${pad(m)}:${pad(s)}`);
    case 'enumeration':
      return fc.constantFrom(...(field.enum ?? ['x']));
    default:
      return fc.string({ maxLength: 20 }).filter((text) => !text.includes('\u0000'));
  }
}

/** Text a hostile or careless client might send for any value. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    'abc',
    '1e999',
    '-1e999',
    'NaN',
    'Infinity',
    '9999999999999999999999',
    '2147483648',
    '-2147483649',
    '1.5',
    '0x10',
    ' 1',
    'true',
    'null',
    'undefined',
    '2026-02-30',
    '2026-13-01',
    '99999-01-01',
    '24:61',
    '\u0000',
    'a\u0000b',
    "' OR 1=1 --",
    '%',
    '_',
    '\\',
    '"',
    '[]',
    '{}',
    '$eq',
    'é',
    '😀',
    'a'.repeat(600),
    '2026-04-01T25:00:00Z',
    '1e308',
    '-0',
    '.5',
    '5.',
    '1_000',
  ),
  fc.string({ maxLength: 30 }),
  fc.integer().map(String),
  fc.double().map(String),
);
