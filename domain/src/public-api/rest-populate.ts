import type { Field, Model, Models } from './model.js';
import { asList, isRecord, paramName, type QueryProblem } from './query-path.js';
import { checkFilters } from './rest-filters.js';
import { checkFields, checkSort } from './rest-sort-fields.js';

const MAX_POPULATE_DEPTH = 4;
const YES = new Set(['*', 'true']);

/** The model a relation or component leads to, or 'leaf' for media and dynamic zones (populated whole). */
function targetOf(field: Field | undefined, models: Models): Model | 'leaf' | undefined {
  if (field?.kind === 'relation') return models.get(field.target);
  if (field?.kind === 'component') return models.get(field.component);
  if (field?.kind === 'opaque' && (field.type === 'media' || field.type === 'dynamiczone')) return 'leaf';
  return undefined;
}

/**
 * `populate`: `*`, names (`serviceArea,supportLevel`, dotted for deeper), a list of
 * them, or an object whose entries say what to bring of each relation (fields,
 * filters, sort, populate).
 */
export function checkPopulate(
  value: unknown,
  model: Model,
  models: Models,
  path: (string | number)[] = ['populate'],
  depth = 0,
): QueryProblem[] {
  if (depth >= MAX_POPULATE_DEPTH)
    return [{ param: paramName(path), message: `populate can nest at most ${MAX_POPULATE_DEPTH} deep` }];
  if (typeof value === 'string' && YES.has(value)) return [];
  if (typeof value === 'string' || asList(value)) {
    const list = typeof value === 'string' ? value.split(',') : (asList(value) ?? []);
    return list.flatMap((entry, index) => {
      const param = paramName(typeof value === 'string' ? path : [...path, index]);
      return typeof entry === 'string'
        ? dottedPath(entry.trim(), model, models, param)
        : [{ param, message: 'name a relation to populate' }];
    });
  }
  if (!isRecord(value) || Object.keys(value).length === 0) {
    return [{ param: paramName(path), message: 'name the relations to populate, like populate=serviceArea' }];
  }
  return Object.entries(value).flatMap(([name, inner]) => {
    const at = [...path, name];
    const target = targetOf(model.fields.get(name), models);
    if (!target) return [{ param: paramName(at), message: `"${name}" is not a relation that can be populated` }];
    if (typeof inner === 'string' && (YES.has(inner) || inner === 'false')) return [];
    if (target === 'leaf' || !isRecord(inner))
      return [{ param: paramName(at), message: 'use true, or say what to bring: fields, filters, sort, populate' }];
    return populateOptions(inner, target, models, at, depth);
  });
}

function populateOptions(
  options: Record<string, unknown>,
  model: Model,
  models: Models,
  path: (string | number)[],
  depth: number,
): QueryProblem[] {
  return Object.entries(options).flatMap(([key, inner]) => {
    const at = [...path, key];
    switch (key) {
      case 'fields':
        return checkFields(inner, model, at);
      case 'filters':
        return checkFilters(inner, model, models).map((problem) => ({
          ...problem,
          param: problem.param.replace(/^filters/, paramName(at)),
        }));
      case 'sort':
        return checkSort(inner, model, models).map((problem) => ({
          ...problem,
          param: problem.param.replace(/^sort/, paramName(at)),
        }));
      case 'populate':
        return checkPopulate(inner, model, models, at, depth + 1);
      default:
        return [{ param: paramName(at), message: 'use fields, filters, sort or populate here' }];
    }
  });
}

function dottedPath(entry: string, model: Model, models: Models, param: string): QueryProblem[] {
  const parts = entry.split('.');
  if (parts.length > MAX_POPULATE_DEPTH)
    return [{ param, message: `populate can nest at most ${MAX_POPULATE_DEPTH} deep` }];
  let current: Model | 'leaf' | undefined = model;
  for (const part of parts) {
    if (current === 'leaf' || current === undefined)
      return [{ param, message: `"${entry.slice(0, 60)}" is not a relation that can be populated` }];
    current = targetOf(current.fields.get(part), models);
  }
  return current === undefined
    ? [{ param, message: `"${entry.slice(0, 60)}" is not a relation that can be populated` }]
    : [];
}
