import { readableValue, type FieldInfo, type Line } from './readable';

/** One field of two revisions side by side. */
export interface FieldComparison {
  name: string;
  label: string;
  changed: boolean;
  /** The older revision's value as lines to read; lines not in the newer one are marked. */
  before: Line[];
  after: Line[];
}

const key = (line: Line) => `${line.style}|${line.depth}|${line.text}`;

/**
 * Marks the lines of each side that the other does not have, by their longest common
 * sequence: a paragraph added in the middle marks that paragraph, not all that follow.
 */
export function markChanges(before: readonly Line[], after: readonly Line[]): { before: Line[]; after: Line[] } {
  const rows = before.length + 1;
  const cols = after.length + 1;
  const common: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number) => common[i * cols + j] ?? 0;
  for (let i = before.length - 1; i >= 0; i -= 1) {
    for (let j = after.length - 1; j >= 0; j -= 1) {
      common[i * cols + j] =
        key(before[i]!) === key(after[j]!) ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const keptBefore = new Set<number>();
  const keptAfter = new Set<number>();
  for (let i = 0, j = 0; i < before.length && j < after.length;) {
    if (key(before[i]!) === key(after[j]!)) {
      keptBefore.add(i++);
      keptAfter.add(j++);
    } else if (at(i + 1, j) >= at(i, j + 1)) i += 1;
    else j += 1;
  }
  return {
    before: before.map((line, index) => ({ ...line, changed: !keptBefore.has(index) })),
    after: after.map((line, index) => ({ ...line, changed: !keptAfter.has(index) })),
  };
}

/**
 * Two snapshots field by field, in the order of `fields` (the schema's), each with
 * its label and whether it changed: a field changed when its kept value differs,
 * even where the words read the same (a relation to another entry of the same title).
 */
export function compareSnapshots(
  fields: readonly FieldInfo[],
  older: Record<string, unknown>,
  newer: Record<string, unknown>,
): FieldComparison[] {
  return fields.map((field) => {
    const marked = markChanges(readableValue(field, older[field.name]), readableValue(field, newer[field.name]));
    return {
      name: field.name,
      label: field.label,
      changed: JSON.stringify(older[field.name] ?? null) !== JSON.stringify(newer[field.name] ?? null),
      ...marked,
    };
  });
}
