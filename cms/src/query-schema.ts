import { z } from 'zod';

const positiveInteger = (what: string) =>
  z.string().regex(/^[1-9]\d{0,6}$/, `${what} must be a whole number from 1 upwards`);
const nonNegativeInteger = (what: string) =>
  z.string().regex(/^\d{1,7}$/, `${what} must be a whole number from 0 upwards`);

const pagination = z.strictObject(
  {
    page: positiveInteger('pagination[page]').optional(),
    pageSize: positiveInteger('pagination[pageSize]').optional(),
    start: nonNegativeInteger('pagination[start]').optional(),
    limit: positiveInteger('pagination[limit]').optional(),
    withCount: z.enum(['true', 'false']).optional(),
  },
  { error: 'pagination must use page and pageSize, or start and limit' },
);

type Filters = { [key: string]: unknown };

/** Logical operators must hold filters; everything else Strapi validates against the schema. */
const filters: z.ZodType<Filters> = z.lazy(() =>
  z
    .record(z.string(), z.unknown(), { error: 'filters must be an object, like filters[title][$eq]=Bins' })
    .superRefine((value, ctx) => {
      for (const [key, inner] of Object.entries(value)) {
        if ((key === '$and' || key === '$or') && !isFilterList(inner)) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `${key} must be a list of filters, like filters[${key}][0][title][$eq]=Bins`,
          });
        } else if (key === '$not' && !isObject(inner)) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: '$not must hold a filter, like filters[$not][title][$eq]=Bins',
          });
        }
      }
    }),
);

function isObject(value: unknown): value is Filters {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFilterList(value: unknown): boolean {
  const items = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : null;
  return items !== null && items.every(isObject);
}

/** The parts of a REST query string whose shape Strapi does not check itself. */
export const contentQuerySchema = z.looseObject({
  pagination: pagination.optional(),
  filters: filters.optional(),
  status: z.enum(['published', 'draft'], { error: 'status must be "published" or "draft"' }).optional(),
});
