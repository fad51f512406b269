import fc from 'fast-check';
import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { hostileText } from './values';

/** A list query on one public type: its field, its filter input type. */
export interface ListField {
  field: string;
  filters: string;
}

export interface GraphqlCase {
  query: string;
  variables: Record<string, unknown>;
}

/** The public types' list fields, as the committed schema.graphql offers them. */
export function listFields(schema: GraphQLSchema, types: readonly string[]): ListField[] {
  const query = schema.getQueryType()!.getFields();
  return Object.values(query).flatMap((field) => {
    const filters = field.args.find((argument) => argument.name === 'filters');
    const named = getNamedType(field.type).name.replace(/EntityResponseCollection$/, '');
    if (!filters || !types.includes(named)) return [];
    return [{ field: field.name, filters: getNamedType(filters.type).name }];
  });
}

const SCALAR_FILTER = /^(String|ID|Int|Long|Float|Boolean|Date|DateTime|Time|JSON)FilterInput$/;
const TEXT_ONLY = [
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
];
/** A yes/no field is equal to a value or not: ordering operators are refused on it. */
const BOOLEAN_OPERATORS = ['eq', 'ne', 'in', 'notIn', 'null', 'notNull'];
const pad = (value: number) => String(value).padStart(2, '0');

/** A well-formed value of a scalar: what the database can compare with the column. */
function validScalar(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'Int':
      return fc.integer({ min: -(2 ** 31) + 1, max: 2 ** 31 - 1 });
    case 'Long':
      return fc.integer({ min: -(2 ** 40), max: 2 ** 40 });
    case 'Float':
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 });
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return fc
        .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10));
    case 'DateTime':
      return fc
        .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
        .map((date) => date.toISOString());
    case 'Time':
      return fc.tuple(fc.nat(23), fc.nat(59), fc.nat(59)).map(([h, m, s]) => `${pad(h)}:${pad(m)}:${pad(s)}.000`);
    default:
      return fc.string({ maxLength: 20 }).filter((text) => !text.includes('\u0000'));
  }
}

/** Anything a client might put where a scalar goes. */
const anyScalar: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.integer(),
  fc.double(),
  fc.constantFrom(2 ** 53, -(2 ** 31) - 1, 2 ** 31, 1e308, -1e308, 0, null, true, [], {}, [1], ['a', 'b', 'c']),
);

/** A filter value for an input type; `valid` keeps to operators and values that make sense for the field. */
function filterValue(
  schema: GraphQLSchema,
  type: GraphQLInputType,
  valid: boolean,
  depth: number,
  ofRelation = false,
): fc.Arbitrary<unknown> {
  const named = getNamedType(type);
  if (isListType(isNonNullType(type) ? type.ofType : type)) {
    return fc.array(filterValue(schema, named, valid, depth + 1), { minLength: valid ? 1 : 0, maxLength: 3 });
  }
  if (!isInputObjectType(named)) return valid ? validScalar(named.name) : fc.oneof(validScalar(named.name), anyScalar);
  const scalar = SCALAR_FILTER.exec(named.name)?.[1];
  return scalar ? operatorObject(named, scalar, valid) : entityFilter(schema, named, valid, depth, ofRelation);
}

const GROUPS = ['and', 'or', 'not'];

function operatorObject(type: GraphQLInputObjectType, scalar: string, valid: boolean): fc.Arbitrary<unknown> {
  const fields = Object.values(type.getFields()).filter((field) =>
    valid
      ? !['and', 'or', 'not'].includes(field.name) &&
        (scalar === 'String' || scalar === 'ID' || !TEXT_ONLY.includes(field.name)) &&
        (scalar !== 'Boolean' || BOOLEAN_OPERATORS.includes(field.name))
      : true,
  );
  const entry = fc.constantFrom(...fields).chain((field) => {
    const scalarName = field.name === 'null' || field.name === 'notNull' ? 'Boolean' : scalar;
    let operand: fc.Arbitrary<unknown>;
    if (valid && field.name === 'between') operand = fc.tuple(validScalar(scalarName), validScalar(scalarName));
    else if (field.name === 'not') operand = fc.constant({ eq: null });
    else if (isListType(field.type))
      operand = fc.array(valid ? validScalar(scalarName) : fc.oneof(validScalar(scalarName), anyScalar), {
        minLength: valid ? 1 : 0,
        maxLength: valid ? 5 : 120,
      });
    else operand = valid ? validScalar(scalarName) : fc.oneof(validScalar(scalarName), anyScalar);
    return operand.map((value) => [field.name, value] as const);
  });
  return fc.array(entry, { minLength: 1, maxLength: 2 }).map((entries) => Object.fromEntries(entries));
}

function entityFilter(
  schema: GraphQLSchema,
  type: GraphQLInputObjectType,
  valid: boolean,
  depth: number,
  ofRelation = false,
): fc.Arbitrary<unknown> {
  // Under a relation Strapi takes fields or one group, not both: a well-formed filter names fields there.
  const fields = Object.values(type.getFields()).filter((field) => {
    if (!valid) return depth < 4 || SCALAR_FILTER.test(getNamedType(field.type).name);
    const named = getNamedType(field.type).name;
    return (
      named !== 'JSONFilterInput' &&
      (depth < 2 || SCALAR_FILTER.test(named)) &&
      !(ofRelation && GROUPS.includes(field.name))
    );
  });
  const entry = fc
    .constantFrom(...fields)
    .chain((field) =>
      filterValue(schema, field.type, valid, depth + 1, !GROUPS.includes(field.name)).map(
        (value) => [field.name, value] as const,
      ),
    );
  const junk = valid
    ? fc.constant<readonly [string, unknown][]>([])
    : fc.option(
        fc.tuple(fc.string({ maxLength: 8 }), anyScalar).map((pair) => [pair]),
        { nil: [] },
      );
  return fc
    .tuple(fc.array(entry, { minLength: 1, maxLength: 3 }), junk)
    .map(([entries, extra]) => Object.fromEntries([...entries, ...extra]));
}

const pagination = (valid: boolean) =>
  valid
    ? fc.record({ page: fc.integer({ min: 1, max: 20 }), pageSize: fc.integer({ min: 1, max: 100 }) })
    : fc.record({ page: anyScalar, pageSize: anyScalar, start: anyScalar, limit: anyScalar }, { requiredKeys: [] });

/** A list query with filters, pagination and sort, as variables: `valid` only ever well formed. */
export function listQuery(schema: GraphQLSchema, list: ListField, valid: boolean): fc.Arbitrary<GraphqlCase> {
  const type = schema.getType(list.filters) as GraphQLInputObjectType;
  const sort = valid
    ? fc.constantFrom(['documentId:asc'], ['createdAt:desc'], [])
    : fc.oneof(fc.constant(['documentId:asc']), fc.array(fc.oneof(hostileText, fc.string()), { maxLength: 2 }));
  return fc.record({ f: entityFilter(schema, type, valid, 0), p: pagination(valid), s: sort }).map((variables) => ({
    query: `query Q($f: ${list.filters}, $p: PaginationArg, $s: [String]) { ${list.field}(filters: $f, pagination: $p, sort: $s) { ${selection(list)} } }`,
    variables,
  }));
}

/** The same filters written into the query text, where numbers like 1e400 can be spelled. */
export function inlineQuery(schema: GraphQLSchema, list: ListField): fc.Arbitrary<GraphqlCase> {
  const type = schema.getType(list.filters) as GraphQLInputObjectType;
  return fc
    .tuple(entityFilter(schema, type, false, 0), fc.constantFrom('', '1e400', '-1e400', '99999999999999999999'))
    .map(([filters, number]) => {
      const literal = toLiteral(filters).replace(/(-?\d+(\.\d+)?(e[+-]?\d+)?)(?=[,} \]])/i, (match) => number || match);
      return { query: `{ ${list.field}(filters: ${literal}) { ${selection(list)} } }`, variables: {} };
    });
}

const selection = (list: ListField) =>
  list.field.endsWith('_connection') ? 'nodes { documentId } pageInfo { total }' : 'documentId';

function toLiteral(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(toLiteral).join(', ')}]`;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([key, inner]) => `${/^[_A-Za-z][_0-9A-Za-z]*$/.test(key) ? key : 'x'}: ${toLiteral(inner)}`)
      .join(', ')} }`;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  return JSON.stringify(value);
}
