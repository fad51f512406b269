import type { z } from 'zod';

/**
 * One readable sentence per problem, naming where it is: "body[2].level: Headings
 * in body text must be level 2, 3 or 4". Used by the CMS, the site build and the tests.
 */
export function describeIssues(error: z.ZodError, prefix = ''): string[] {
  return error.issues.map((issue) => {
    const where = formatPath(prefix, issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
}

function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, prefix);
}

/** Parses or throws one error whose message lists every problem, each with its place. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new Error(`${where} is not valid:\n- ${describeIssues(result.error).join('\n- ')}`);
}
