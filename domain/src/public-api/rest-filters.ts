import { FILTER_LIMITS } from './limits.js';
import type { Field, Model, Models } from './model.js';
import { FLAG_OPERATORS, LIST_OPERATORS, OPERATORS_BY_TYPE, operatorHint, type ScalarType } from './operators.js';
import { asList, isRecord, paramName, type QueryProblem } from './query-path.js';
import { valueProblem } from './values.js';

type Path = (string | number)[];

interface Walk {
  models: Models;
  problems: QueryProblem[];
  conditions: number;
}

const GROUPS = new Set(['$and', '$or']);

/**
 * The REST `filters` grammar, checked against the public model: groups ($and, $or,
 * $not) hold filters; a field holds a value or operators that suit its type; a
 * relation or component holds filters on what it points at.
 */
export function checkFilters(filters: unknown, model: Model, models: Models): QueryProblem[] {
  const walk: Walk = { models, problems: [], conditions: 0 };
  filterObject(walk, filters, model, ['filters'], 0);
  return walk.problems;
}

function problem(walk: Walk, path: Path, message: string): void {
  if (walk.problems.length < 20) walk.problems.push({ param: paramName(path), message });
}

function filterObject(walk: Walk, value: unknown, model: Model, path: Path, depth: number, ofRelation = false): void {
  if (depth > FILTER_LIMITS.depth) return problem(walk, path, `filters can nest at most ${FILTER_LIMITS.depth} deep`);
  if (!isRecord(value)) return problem(walk, path, 'must hold filters, like filters[title][$eq]=Bins');
  const keys = Object.keys(value);
  if (keys.length === 0) return problem(walk, path, 'must hold at least one filter');
  // Strapi reads a relation's filters either as fields or as one group, never both.
  if (ofRelation && keys.some((key) => key.startsWith('$')) && keys.length > 1) {
    return problem(walk, path, 'inside a relation, either name its fields or use one of $and, $or, $not');
  }
  for (const [key, inner] of Object.entries(value)) {
    const at = [...path, key];
    if (GROUPS.has(key)) {
      const list = asList(inner);
      if (!list?.length)
        problem(walk, at, `${key} must be a list of filters, like filters[${key}][0][title][$eq]=Bins`);
      else list.forEach((item, index) => filterObject(walk, item, model, [...at, index], depth + 1));
    } else if (key === '$not') {
      filterObject(walk, inner, model, at, depth + 1);
    } else if (key.startsWith('$')) {
      problem(walk, at, `${key} cannot be used here: only $and, $or and $not group filters`);
    } else {
      fieldFilter(walk, model.fields.get(key), key, inner, at, depth);
    }
  }
}

function fieldFilter(
  walk: Walk,
  field: Field | undefined,
  name: string,
  value: unknown,
  path: Path,
  depth: number,
): void {
  if (!field) return problem(walk, path, `there is no field called "${name}" to filter on`);
  switch (field.kind) {
    case 'scalar':
      return scalarFilter(walk, field.type, field.values, value, path, 0);
    case 'relation':
    case 'component': {
      const target = walk.models.get(field.kind === 'relation' ? field.target : field.component);
      if (!target) return problem(walk, path, `"${name}" cannot be filtered on`);
      return filterObject(walk, value, target, path, depth + 1, true);
    }
    case 'opaque':
      return problem(walk, path, `"${name}" cannot be filtered on`);
  }
}

function scalarFilter(
  walk: Walk,
  type: ScalarType,
  values: readonly string[] | undefined,
  value: unknown,
  path: Path,
  nots: number,
): void {
  if (!isRecord(value) || asList(value)) return operand(walk, type, values, '$eq', value, path);
  const entries = Object.entries(value);
  if (entries.length === 0) return problem(walk, path, `give an operator, like ${paramName([...path, '$eq'])}=...`);
  for (const [key, inner] of entries) {
    const at = [...path, key];
    const operator = key.startsWith('$') ? key.slice(1) : '';
    if (!OPERATORS_BY_TYPE[type].some((known) => known === operator)) {
      problem(walk, at, `${key} is not an operator for this field: use $${operatorHint(type).replaceAll(', ', ', $')}`);
    } else if (operator === 'not') {
      if (nots >= 2) problem(walk, at, '$not can be used at most twice in a row');
      else scalarFilter(walk, type, values, inner, at, nots + 1);
    } else {
      operand(walk, type, values, key, inner, at);
    }
  }
}

function operand(
  walk: Walk,
  type: ScalarType,
  values: readonly string[] | undefined,
  operator: string,
  value: unknown,
  path: Path,
): void {
  walk.conditions += 1;
  if (walk.conditions === FILTER_LIMITS.conditions + 1) {
    return problem(walk, ['filters'], `use at most ${FILTER_LIMITS.conditions} conditions`);
  }
  const bare = operator.slice(1);
  if (FLAG_OPERATORS.has(bare)) {
    if (value !== 'true' && value !== 'false') problem(walk, path, 'use true or false');
    return;
  }
  const list = asList(value);
  if (LIST_OPERATORS.has(bare) || list) {
    const items = list ?? (LIST_OPERATORS.has(bare) && bare !== 'between' ? [value] : undefined);
    if (!items) return problem(walk, path, 'give exactly two values, like [$between][0]=1&[$between][1]=9');
    if (bare === 'between' && items.length !== 2) return problem(walk, path, 'give exactly two values');
    if (items.length === 0 || items.length > FILTER_LIMITS.listLength) {
      return problem(walk, path, `give 1 to ${FILTER_LIMITS.listLength} values`);
    }
    return items.forEach((item, index) => single(walk, type, values, bare, item, list ? [...path, index] : path));
  }
  single(walk, type, values, bare, value, path);
}

function single(
  walk: Walk,
  type: ScalarType,
  values: readonly string[] | undefined,
  operator: string,
  value: unknown,
  path: Path,
): void {
  // `filters[title][$eq]` with no "=" reads as null: "is empty" for the equality operators.
  if (value === null && ['eq', 'ne', 'eqi', 'nei'].includes(operator)) return;
  if (typeof value !== 'string') return problem(walk, path, 'give one value here, not a list or an object');
  // Text operators match parts of words, so an enumeration's value need not be whole.
  const partial = !['eq', 'ne', 'in', 'notIn'].includes(operator);
  const message = valueProblem(type, value, partial ? undefined : values);
  if (message) problem(walk, path, `${message}, not "${value.slice(0, 40)}"`);
}
