import { z } from 'zod';
import type { Model, Models } from './model.js';
import { isRecord, paramName, type QueryProblem } from './query-path.js';
import { checkFilters } from './rest-filters.js';
import { checkPopulate } from './rest-populate.js';
import { checkFields, checkSort } from './rest-sort-fields.js';
import { textProblem } from './values.js';

const positiveInteger = z.string().regex(/^[1-9]\d{0,6}$/, 'use a whole number from 1 to 9999999');
const nonNegativeInteger = z.string().regex(/^\d{1,7}$/, 'use a whole number from 0 to 9999999');

const pagination = z
  .strictObject(
    {
      page: positiveInteger.optional(),
      pageSize: positiveInteger.optional(),
      start: nonNegativeInteger.optional(),
      limit: positiveInteger.optional(),
      withCount: z.enum(['true', 'false']).optional(),
    },
    { error: 'use pagination[page] and pagination[pageSize], or pagination[start] and pagination[limit]' },
  )
  .refine((value) => !((value.page ?? value.pageSize) && (value.start ?? value.limit)), {
    error: 'use page and pageSize, or start and limit, not both',
  });

const PARAMS = ['filters', 'sort', 'fields', 'populate', 'pagination', 'status', 'locale', '_q'] as const;

/**
 * The whole REST query string of a read from a public type, checked before Strapi
 * runs it: every parameter's grammar, every field named against the public model,
 * every value against its column. Anything else is refused with the parameter named.
 */
export function checkRestQuery(query: unknown, model: Model, models: Models): QueryProblem[] {
  if (!isRecord(query)) return [];
  const problems: QueryProblem[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (!(PARAMS as readonly string[]).includes(key)) {
      problems.push({ param: key, message: `is not a query parameter here: use ${PARAMS.join(', ')}` });
      continue;
    }
    problems.push(...checkParam(key as (typeof PARAMS)[number], value, model, models));
  }
  return problems;
}

function checkParam(key: (typeof PARAMS)[number], value: unknown, model: Model, models: Models): QueryProblem[] {
  switch (key) {
    case 'pagination': {
      const result = pagination.safeParse(value);
      return result.success
        ? []
        : result.error.issues.map((issue) => ({
            param: paramName(['pagination', ...issue.path.map((key) => (typeof key === 'number' ? key : String(key)))]),
            message: issue.message,
          }));
    }
    case 'status':
      return value === 'published' || value === 'draft' ? [] : [{ param: key, message: 'use published or draft' }];
    case 'locale':
      return typeof value === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/.test(value)
        ? []
        : [{ param: key, message: 'use a locale code, like en' }];
    case '_q': {
      const problem = typeof value === 'string' ? textProblem(value) : 'give the words to search for once';
      return problem ? [{ param: key, message: problem }] : [];
    }
    case 'filters':
      return checkFilters(value, model, models);
    case 'sort':
      return checkSort(value, model, models);
    case 'fields':
      return checkFields(value, model);
    case 'populate':
      return checkPopulate(value, model, models);
  }
}
