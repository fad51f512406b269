/**
 * Routing a web form's pages (issue 17, item 6): which earlier questions a page's
 * condition can name, and which answers each can have, read from the form being
 * edited, so editors choose them rather than type machine names. The same questions
 * the publish check accepts (domain/src/forms/check-definition.ts): yes or no,
 * radios, select and checkboxes, before the page.
 */
export interface Answer {
  value: string;
  label: string;
}
export interface RoutableQuestion {
  name: string;
  label: string;
  answers: Answer[];
}

/** The question kinds with a fixed list of answers, by their component; yes or no has its own two. */
export const ROUTABLE_COMPONENTS = ['form.yes-no', 'form.radios', 'form.select', 'form.checkboxes'] as const;
const YES_NO: Answer[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

function answersOf(entry: Record<string, unknown>): Answer[] {
  if (entry.__component === 'form.yes-no') return YES_NO;
  const options = Array.isArray(entry.options) ? (entry.options as Array<Record<string, unknown>>) : [];
  return options
    .map((option) => ({ value: text(option.value), label: text(option.label) || text(option.value) }))
    .filter((option) => option.value !== '');
}

/**
 * The questions a condition at `questions[position]` (a page break or exit page) can
 * route on: every routable question above it, in order, with a name.
 */
export function routableQuestions(questions: unknown, position: number): RoutableQuestion[] {
  if (!Array.isArray(questions)) return [];
  return (questions as unknown[])
    .slice(0, Math.max(0, position))
    .filter((entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null)
    .filter((entry) => (ROUTABLE_COMPONENTS as readonly unknown[]).includes(entry.__component))
    .map((entry) => ({ name: text(entry.name), label: text(entry.label), answers: answersOf(entry) }))
    .filter((question) => question.name !== '');
}

/** Where a condition's field sits: `questions.3.showIf.0.field` is in the entry at position 3. */
export function conditionPlace(fieldName: string): { position: number; questionField: string } | null {
  const match = /^questions\.(\d+)\.showIf\.(\d+)\.(field|equals)$/.exec(fieldName);
  if (!match) return null;
  return { position: Number(match[1]), questionField: `questions.${match[1]}.showIf.${match[2]}.field` };
}

/** What a form's values hold at a dotted path, like `questions.3.showIf.0.field`. */
export function valueAt(values: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (at, key) => (typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined),
      values,
    );
}
