import type { CsvRecord, ImportProblem } from '@doorstep/gis';

/**
 * The columns of a council's collection CSV: each has the usual names councils give
 * it, matched ignoring case and punctuation ("First collection", first_collection).
 * Documented in the README ("Bin collection days").
 */
export const ROUND_COLUMNS = {
  usrn: ['usrn'],
  street: ['street', 'streetName', 'street_name', 'road'],
  locality: ['locality', 'town', 'village', 'area'],
  postcodes: ['postcodes', 'postcode'],
  bin: ['bin', 'container', 'service'],
  colour: ['colour', 'color', 'bin_colour'],
  name: ['bin_name', 'name'],
  day: ['day', 'collection_day', 'weekday'],
  everyWeeks: ['every_weeks', 'every', 'frequency_weeks', 'weeks'],
  firstCollection: ['first_collection', 'first_date', 'start_date', 'anchor_date'],
} as const;
export const ROUND_REQUIRED = ['usrn', 'street', 'locality', 'bin', 'day', 'everyWeeks', 'firstCollection'] as const;

export const EXCEPTION_COLUMNS = {
  usrn: ['usrn'],
  bin: ['bin', 'container', 'service'],
  originalDate: ['original_date', 'due_date', 'was_due', 'from'],
  newDate: ['new_date', 'moved_to', 'to'],
  reason: ['reason', 'why'],
} as const;
export const EXCEPTION_REQUIRED = ['usrn', 'originalDate', 'newDate', 'reason'] as const;

const key = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

export interface Columns<C extends string> {
  /** The cell of a column, trimmed ('' when the column is absent). */
  cell(record: CsvRecord, column: C): string;
  /** The column's header as the file writes it, for error messages. */
  header(column: C): string;
}

/** Finds the columns in the header row; a missing required one is a problem on line 1. */
export function findColumns<C extends string>(
  file: string,
  header: CsvRecord | undefined,
  names: Record<C, readonly string[]>,
  required: readonly NoInfer<C>[],
): { columns: Columns<C>; problems: ImportProblem[] } {
  const index = new Map<C, number>();
  for (const [column, accepted] of Object.entries(names) as Array<[C, readonly string[]]>) {
    const found = header?.fields.findIndex((field) => accepted.map(key).includes(key(field))) ?? -1;
    if (found >= 0) index.set(column, found);
  }
  const problems = required
    .filter((column) => !index.has(column))
    .map((column) => ({
      file,
      line: 1,
      message: `The header must have a ${names[column][0]} column (or ${names[column].slice(1).join(', ') || 'the same in capitals'})`,
    }));
  return {
    problems,
    columns: {
      cell: (record, column) => {
        const at = index.get(column);
        return at === undefined ? '' : (record.fields[at] ?? '').trim();
      },
      header: (column) => {
        const at = index.get(column);
        return at === undefined ? names[column][0]! : (header?.fields[at]?.trim() ?? names[column][0]!);
      },
    },
  };
}
