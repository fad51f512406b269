/** A problem with one query parameter, named as it appears in the query string. */
export interface QueryProblem {
  param: string;
  message: string;
}

/** `['filters', 'title', '$eq']` as the client wrote it: `filters[title][$eq]`. */
export function paramName(path: readonly (string | number)[]): string {
  const [first, ...rest] = path;
  return `${String(first ?? '')}${rest.map((key) => `[${String(key)}]`).join('')}`;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A list as qs leaves it: an array, or an object keyed 0, 1, 2... when the list was
 * longer than qs's array limit or written sparsely. Anything else is not a list.
 */
export function asList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value as unknown[];
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length === 0 || !keys.every((key) => /^\d{1,4}$/.test(key))) return undefined;
  return keys.sort((a, b) => Number(a) - Number(b)).map((key) => value[key]);
}
