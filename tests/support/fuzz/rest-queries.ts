import fc from 'fast-check';
import { hostileText, validValue, type FuzzField } from './values';

/** A query string as pairs of a bracketed key and a value (`filters[title][$eq]`, `Bins`). */
export type Pair = [key: string, value: string | null];

export interface FuzzModel {
  /** The REST path: `/api/service-pages`. */
  path: string;
  fields: FuzzField[];
}

export type ModelLookup = (uid: string) => FuzzField[] | undefined;

const SCALAR_TYPES = new Set([
  'string',
  'text',
  'richtext',
  'email',
  'uid',
  'enumeration',
  'integer',
  'biginteger',
  'float',
  'decimal',
  'boolean',
  'date',
  'datetime',
  'timestamp',
  'time',
]);
const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'email', 'uid', 'enumeration']);
const COMPARISON = ['$eq', '$ne', '$lt', '$lte', '$gt', '$gte', '$in', '$notIn', '$between', '$null', '$notNull'];
const TEXT_OPERATORS = [
  ...COMPARISON,
  '$eqi',
  '$nei',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
];
const ANY_OPERATOR = [
  ...TEXT_OPERATORS,
  '$not',
  '$and',
  '$or',
  '$jsonSupersetOf',
  '$like',
  'eq',
  '$',
  '$EQ',
  '$between$',
  '$in[]',
];

export const isScalar = (field: FuzzField) => SCALAR_TYPES.has(field.type) && !field.private;
const operatorsFor = (field: FuzzField) =>
  TEXT_TYPES.has(field.type)
    ? TEXT_OPERATORS
    : field.type === 'boolean'
      ? ['$eq', '$ne', '$in', '$notIn', '$null', '$notNull']
      : COMPARISON;

const key = (path: readonly (string | number)[]) =>
  `${String(path[0])}${path
    .slice(1)
    .map((part) => `[${String(part)}]`)
    .join('')}`;

/** One condition on a scalar field that the database can run: the right operator, a value that fits. */
function validCondition(field: FuzzField, prefix: (string | number)[]): fc.Arbitrary<Pair[]> {
  return fc.constantFrom(...operatorsFor(field)).chain((operator): fc.Arbitrary<Pair[]> => {
    const at = [...prefix, field.name, operator];
    if (operator === '$null' || operator === '$notNull')
      return fc.constantFrom('true', 'false').map((value) => [[key(at), value]]);
    if (operator === '$between')
      return fc.tuple(validValue(field), validValue(field)).map(([a, b]) => [
        [key([...at, 0]), a],
        [key([...at, 1]), b],
      ]);
    if (operator === '$in' || operator === '$notIn') {
      return fc
        .array(validValue(field), { minLength: 1, maxLength: 5 })
        .map((values) => values.map((value, index): Pair => [key([...at, index]), value]));
    }
    return validValue(field).map((value) => [[key(at), value]]);
  });
}

/** Queries every part of which is well formed: the API must answer them with a 200. */
export function validQuery(model: FuzzModel, lookup: ModelLookup): fc.Arbitrary<Pair[]> {
  const scalars = model.fields.filter(isScalar);
  const sortable = scalars.filter((field) => !['richtext'].includes(field.type));
  const relations = model.fields.filter(
    (field) => !field.private && (field.type === 'relation' || field.type === 'component'),
  );
  const filters = fc
    .array(
      fc.constantFrom(...scalars).chain((field) => validCondition(field, ['filters'])),
      { maxLength: 3 },
    )
    .map((list) => list.flat());
  const grouped = fc
    .array(
      fc.constantFrom(...scalars).chain((field) => validCondition(field, ['filters', '$or', 0])),
      { maxLength: 2 },
    )
    .map((list) => list.flat());
  const throughRelations = relations.flatMap((relation) => {
    const inner = (lookup(relation.target ?? relation.component ?? '') ?? []).filter(isScalar);
    return inner.length ? [{ relation, inner }] : [];
  });
  const related =
    throughRelations.length === 0
      ? fc.constant([] as Pair[])
      : fc.option(
          fc
            .constantFrom(...throughRelations)
            .chain(({ relation, inner }) =>
              fc.constantFrom(...inner).chain((field) => validCondition(field, ['filters', relation.name])),
            ),
          { nil: [] as Pair[] },
        );
  const sort = fc.option(
    fc
      .tuple(fc.constantFrom(...sortable), fc.constantFrom('', ':asc', ':desc', ':DESC'))
      .map(([field, direction]): Pair[] => [['sort', `${field.name}${direction}`]]),
    { nil: [] as Pair[] },
  );
  const fields = fc.option(
    fc
      .subarray(
        scalars.map((field) => field.name),
        { minLength: 1, maxLength: 3 },
      )
      .map((names): Pair[] => [['fields', names.join(',')]]),
    { nil: [] as Pair[] },
  );
  const populate =
    relations.length === 0
      ? fc.constant([] as Pair[])
      : fc.option(
          fc.oneof(
            fc.constant<Pair[]>([['populate', '*']]),
            fc.constantFrom(...relations).map((field): Pair[] => [['populate', field.name]]),
          ),
          { nil: [] as Pair[] },
        );
  const pagination = fc.option(
    fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 100 })).map(([page, size]): Pair[] => [
      ['pagination[page]', String(page)],
      ['pagination[pageSize]', String(size)],
    ]),
    { nil: [] as Pair[] },
  );
  // A key given twice becomes a list; a well-formed query gives each once.
  return fc.tuple(filters, grouped, related, sort, fields, populate, pagination).map((parts) => {
    const seen = new Set<string>();
    return parts.flat().filter(([name]) => !seen.has(name) && Boolean(seen.add(name)));
  });
}

/** A field name a client might send: real ones, private ones, relations, nonsense. */
function anyName(model: FuzzModel): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(
      ...model.fields.map((field) => field.name),
      'id',
      'documentId',
      'password',
      'createdBy',
      '__proto__',
      'constructor',
    ),
    fc.string({ maxLength: 12 }),
  );
}

/** A filter path: a few names, operators and indexes, or a real relation and one of its fields. */
function anyFilterPath(model: FuzzModel, lookup: ModelLookup): fc.Arbitrary<(string | number)[]> {
  const segment = fc.oneof(anyName(model), fc.constantFrom(...ANY_OPERATOR), fc.nat(3), fc.constant(''));
  const random = fc
    .tuple(anyName(model), fc.array(segment, { maxLength: 4 }))
    .map(([first, rest]) => ['filters', first, ...rest]);
  const nested = model.fields.flatMap((field) => {
    const inner = field.target ?? field.component;
    const fields = inner ? lookup(inner) : undefined;
    return fields?.length ? [{ field, fields }] : [];
  });
  if (nested.length === 0) return random;
  const throughRelation = fc
    .constantFrom(...nested)
    .chain(({ field, fields }) =>
      fc
        .tuple(fc.constantFrom(...fields.map((inner) => inner.name)), fc.array(segment, { maxLength: 2 }))
        .map(([name, rest]) => ['filters', field.name, name, ...rest]),
    );
  return fc.oneof(random, throughRelation);
}

/** Two conditions on one relation, one of them a group: Strapi cannot mix the two there. */
function relationMix(model: FuzzModel, lookup: ModelLookup): fc.Arbitrary<Pair[]> {
  const nested = model.fields.flatMap((field) => {
    const inner = (lookup(field.target ?? field.component ?? '') ?? []).filter(isScalar);
    return inner.length && !field.private ? [{ field, inner }] : [];
  });
  if (nested.length === 0) return fc.constant([]);
  return fc
    .tuple(fc.constantFrom(...nested), fc.constantFrom('$and', '$or', '$not'), hostileText)
    .map(([{ field, inner }, group, text]): Pair[] => [
      [key(['filters', field.name, group, ...(group === '$not' ? [] : [0]), inner[0]!.name, '$eq']), text],
      [key(['filters', field.name, inner[inner.length - 1]!.name, '$eq']), text],
    ]);
}

/** Anything at all in the grammar's vocabulary, well formed or not. */
export function anyQuery(model: FuzzModel, lookup: ModelLookup): fc.Arbitrary<Pair[]> {
  const value = fc.oneof(
    hostileText,
    fc.constant(null),
    ...model.fields
      .filter(isScalar)
      .slice(0, 6)
      .map((field) => validValue(field)),
  );
  const filterPair = fc.tuple(anyFilterPath(model, lookup), value).map(([path, text]): Pair => [key(path), text]);
  const otherPair = fc
    .tuple(
      fc.constantFrom(
        'sort',
        'fields',
        'populate',
        'pagination[page]',
        'pagination[pageSize]',
        'pagination[start]',
        'pagination[limit]',
        'pagination[withCount]',
        'status',
        'locale',
        '_q',
        'sort[0]',
        'fields[0]',
        'populate[0]',
        'populate[serviceArea][fields][0]',
        'populate[serviceArea][filters][title][$eq]',
        'populate[x][populate]',
        'hasPublishedVersion',
        'publicationFilter',
        'count',
        'filters',
        'filters[]',
        'filters[$or]',
        'filters[$and][0]',
        'filters[$not]',
        'pagination',
        'x',
        'filters[[x]]',
      ),
      fc.oneof(
        value,
        anyName(model),
        anyName(model).map((name) => `${name}:asc`),
        anyName(model).map((name) => `${name}.title:desc`),
      ),
    )
    .map(([name, text]): Pair => [name, text]);
  const pairs = fc.array(fc.oneof({ weight: 3, arbitrary: filterPair }, { weight: 2, arbitrary: otherPair }), {
    minLength: 1,
    maxLength: 6,
  });
  return fc.oneof({ weight: 9, arbitrary: pairs }, { weight: 1, arbitrary: relationMix(model, lookup) });
}

export function encode(pairs: readonly Pair[]): string {
  return pairs
    .map(([name, value]) =>
      value === null ? encodeURIComponent(name) : `${encodeURIComponent(name)}=${encodeURIComponent(value)}`,
    )
    .join('&');
}
