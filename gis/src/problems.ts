/**
 * One problem found in an import, with where it is: the file, the feature (its index
 * in the file and its reference) or the schedule line, and the field. Every problem is
 * collected before anything is written, so one run reports them all.
 */
export interface ImportProblem {
  /** File name, as the user gave it. */
  file: string;
  /** Index of the feature in the file (features[12]). */
  feature?: number;
  /** Line of the schedule CSV, counting the header as line 1. */
  line?: number;
  reference?: string;
  /** Where inside the feature or row: "geometry.coordinates[0]", "scheduledFrom". */
  field?: string;
  message: string;
}

export function describeProblem(problem: ImportProblem): string {
  const place =
    problem.feature !== undefined
      ? `features[${problem.feature}]`
      : problem.line !== undefined
        ? `${problem.file} line ${problem.line}`
        : problem.file;
  const reference = problem.reference ? ` (ref ${problem.reference})` : '';
  const field = problem.field ? `${problem.field}: ` : '';
  return `${place}${reference}: ${field}${problem.message}`;
}

/** "geometry.coordinates[0]: message" from a domain issue line, split back into field and message. */
export function splitIssue(issue: string): { field?: string; message: string } {
  const match = /^([\w.[\]]+): (.*)$/s.exec(issue);
  return match ? { field: match[1]!, message: match[2]! } : { message: issue };
}

/** Every feature whose reference an earlier feature has already used. */
export function duplicates(file: string, references: Array<string | undefined>): ImportProblem[] {
  const first = new Map<string, number>();
  const problems: ImportProblem[] = [];
  references.forEach((reference, index) => {
    if (reference === undefined) return;
    const earlier = first.get(reference);
    if (earlier === undefined) first.set(reference, index);
    else {
      const message = `${reference} is also the reference of features[${earlier}]: each verge needs its own`;
      problems.push({ file, feature: index, reference, field: 'reference', message });
    }
  });
  return problems;
}

/** Features in file order, then schedule lines, so the report reads top to bottom. */
export function byPlace(a: ImportProblem, b: ImportProblem): number {
  const rank = (problem: ImportProblem) =>
    problem.feature !== undefined ? problem.feature : problem.line !== undefined ? 1e9 + problem.line : -1;
  return rank(a) - rank(b);
}
