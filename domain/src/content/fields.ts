/**
 * Building blocks for content contracts. Each contract reads an entry in either of
 * the two shapes Strapi hands it out in: the Document Service's (the publish rules)
 * and the public GraphQL API's (the site build). The differences are few and named
 * here: GraphQL spells enumerations with underscores, and it answers null for an
 * empty relation, an empty component list or a related entry that is not published.
 */
import { z } from 'zod';
import { blocksSchema } from '../blocks.js';
import { describeIssues } from '../errors.js';

/** An enumeration as Strapi stores it (level-0, working-days) or as GraphQL spells it (level_0). */
export const cmsEnum = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .transform((value) => value.replace(/_/g, '-'))
    .pipe(schema);

/**
 * A value that must be there. Its input still admits null, because that is what
 * Strapi's types say (so a query's generated type fits), and null is refused with
 * `message`, naming what to do.
 */
export const present = <T extends z.ZodType>(schema: T, message: string) =>
  schema.nullable().transform((value, ctx): z.output<T> => {
    if (value === null) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return value;
  });

/** A relation to one entry that must be chosen, with the fields the site shows of it. */
export const requiredRelation = <T extends z.ZodRawShape>(shape: T, message: string) =>
  present(z.object(shape, { error: message }), message);

/** A repeatable component or a to-many relation: null (nothing yet) and null items are dropped. */
export const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item.nullable())
    .nullable()
    .transform((items) => (items ?? []).filter((entry): entry is NonNullable<typeof entry> => entry !== null));

/** A to-many relation kept as the related entries' slugs. */
export const slugList = list(z.object({ slug: z.string() })).transform((items) => items.map((item) => item.slug));

/** Rich text (Strapi blocks). Its input is JSON of any shape; only safe blocks pass. */
export const richText = (emptyMessage?: string) =>
  z.unknown().pipe(emptyMessage ? blocksSchema.min(1, emptyMessage) : blocksSchema);

/** Text an editor must fill in: a draft holds null until they do. */
export const text = (message: string) => z.string({ error: message }).trim().min(1, message);

/** The time an entry last changed: the site's "Last updated" and the sitemap's lastmod. */
export const updatedAt = present(z.string(), 'The entry has no last-updated time');

/** A time of day as HH:MM, whether Strapi gives 09:00:00.000 or 09:00. */
export const timeOfDay = z
  .string()
  .regex(/^\d{2}:\d{2}/, 'Enter a time like 09:00')
  .transform((value) => value.slice(0, 5));

/**
 * The contract of one content type: the schema the site parses an entry with and
 * the publish rule checks a draft with, so the two cannot drift; and the checks
 * that only make sense at the moment of publishing, because they look at other
 * entries that may later change (a level 1 page's web form, a banner's targets).
 */
export interface ContentContract<S extends z.ZodType = z.ZodType> {
  /** What editors call it, for messages. */
  label: string;
  schema: S;
  /** Problems as "field: message", checked only when the entry itself is valid. */
  publishChecks?: (entry: z.output<S>) => string[];
}

export const defineContract = <S extends z.ZodType>(contract: ContentContract<S>): ContentContract<S> => contract;

/** Every problem with an entry under its contract, each as "field: message"; empty when it may go live. */
export function contractProblems<S extends z.ZodType>(contract: ContentContract<S>, entry: unknown): string[] {
  const result = contract.schema.safeParse(entry);
  if (!result.success) return describeIssues(result.error);
  return contract.publishChecks?.(result.data) ?? [];
}
