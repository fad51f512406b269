import type { Field, Model, Models } from './model.js';
import { asList, isRecord, paramName, type QueryProblem } from './query-path.js';

/** Names in a comma-separated string or a list: `fields=title,slug`, `fields[0]=title`. */
function names(value: unknown): unknown[] | undefined {
  if (typeof value === 'string') return value.split(',').map((part) => part.trim());
  return asList(value);
}

/** `fields`: the scalar fields to return. */
export function checkFields(value: unknown, model: Model, path: (string | number)[] = ['fields']): QueryProblem[] {
  const list = names(value);
  if (!list || list.length === 0)
    return [{ param: paramName(path), message: 'name the fields to return, like fields=title,slug' }];
  return list.flatMap((name, index) => {
    const at = paramName(typeof value === 'string' ? path : [...path, index]);
    if (typeof name !== 'string' || name === '') return [{ param: at, message: 'name a field, like fields=title' }];
    const field = model.fields.get(name);
    // JSON and rich text are columns of their own; dynamic zones and media are not.
    if (field?.kind === 'scalar' || (field?.kind === 'opaque' && ['json', 'blocks'].includes(field.type))) return [];
    return [{ param: at, message: `"${name}" is not a field that can be returned on its own` }];
  });
}

/**
 * `sort`: `title`, `title:desc`, `serviceArea.title:asc`, as a comma-separated string,
 * a list, or an object (`sort[title]=desc`). Only scalar fields can be sorted on.
 */
export function checkSort(value: unknown, model: Model, models: Models): QueryProblem[] {
  if (isRecord(value) && !asList(value)) return sortObject(value, model, models, ['sort']);
  const list = names(value);
  if (!list || list.length === 0) return [{ param: 'sort', message: 'name a field to sort by, like sort=title:asc' }];
  return list.flatMap((entry, index) => {
    const param = paramName(typeof value === 'string' ? ['sort'] : ['sort', index]);
    if (typeof entry !== 'string') return [{ param, message: 'name a field to sort by, like sort=title:asc' }];
    const [fieldPath = '', direction, extra] = entry.split(':');
    if (extra !== undefined || (direction !== undefined && !/^(asc|desc)$/i.test(direction))) {
      return [{ param, message: `sort by "field:asc" or "field:desc", not "${entry.slice(0, 40)}"` }];
    }
    const problem = sortPathProblem(fieldPath.split('.'), model, models);
    return problem ? [{ param, message: problem }] : [];
  });
}

function sortObject(value: Record<string, unknown>, model: Model, models: Models, path: string[]): QueryProblem[] {
  const entries = Object.entries(value);
  if (entries.length === 0) return [{ param: paramName(path), message: 'name a field to sort by' }];
  return entries.flatMap(([name, inner]) => {
    const at = [...path, name];
    const field = model.fields.get(name);
    if (typeof inner === 'string') {
      if (field?.kind !== 'scalar') return [{ param: paramName(at), message: `"${name}" cannot be sorted on` }];
      return /^(asc|desc)$/i.test(inner) ? [] : [{ param: paramName(at), message: 'use asc or desc' }];
    }
    const target =
      field?.kind === 'relation'
        ? models.get(field.target)
        : field?.kind === 'component'
          ? models.get(field.component)
          : undefined;
    if (!target || !isRecord(inner) || path.length > 3)
      return [{ param: paramName(at), message: `"${name}" cannot be sorted on` }];
    return sortObject(inner, target, models, at);
  });
}

function sortPathProblem(parts: string[], model: Model, models: Models): string | undefined {
  let current: Model | undefined = model;
  for (const [index, name] of parts.entries()) {
    const field: Field | undefined = current?.fields.get(name);
    const last = index === parts.length - 1;
    if (last) return field?.kind === 'scalar' ? undefined : `"${parts.join('.')}" cannot be sorted on`;
    current =
      field?.kind === 'relation'
        ? models.get(field.target)
        : field?.kind === 'component'
          ? models.get(field.component)
          : undefined;
    if (!current || index >= 3) return `"${parts.join('.')}" cannot be sorted on`;
  }
  return 'name a field to sort by, like sort=title:asc';
}
