/**
 * Which filter operators make sense on which kind of field, for REST (`$eq`) and
 * GraphQL (`eq`) alike. Strapi offers every operator on every field and lets the
 * database decide: `lower(integer)` or `LIKE` on a date fails there, as a 500.
 * Here a filter the database cannot run is the client's mistake, refused first.
 */
export type ScalarType =
  'text' | 'enumeration' | 'integer' | 'biginteger' | 'float' | 'boolean' | 'date' | 'datetime' | 'time';

const COMPARISON = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in', 'notIn', 'between', 'null', 'notNull', 'not'] as const;
const TEXT = [
  ...COMPARISON,
  'eqi',
  'nei',
  'contains',
  'notContains',
  'containsi',
  'notContainsi',
  'startsWith',
  'startsWithi',
  'endsWith',
  'endsWithi',
] as const;
const BOOLEAN = ['eq', 'ne', 'in', 'notIn', 'null', 'notNull', 'not'] as const;

export type Operator = (typeof TEXT)[number];

export const OPERATORS_BY_TYPE: Readonly<Record<ScalarType, readonly Operator[]>> = {
  text: TEXT,
  enumeration: TEXT,
  integer: COMPARISON,
  biginteger: COMPARISON,
  float: COMPARISON,
  date: COMPARISON,
  datetime: COMPARISON,
  time: COMPARISON,
  boolean: BOOLEAN,
};

export const ALL_OPERATORS: ReadonlySet<string> = new Set<string>(TEXT);

/** Operators whose operand is a list: `between` exactly two values, `in` and `notIn` one or more. */
export const LIST_OPERATORS: ReadonlySet<string> = new Set(['in', 'notIn', 'between']);
/** Operators whose operand is true or false, not a value of the field. */
export const FLAG_OPERATORS: ReadonlySet<string> = new Set(['null', 'notNull']);

export function operatorHint(type: ScalarType): string {
  return OPERATORS_BY_TYPE[type].filter((operator) => operator !== 'not').join(', ');
}
