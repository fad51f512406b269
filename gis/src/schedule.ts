import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describeIssues, parseScheduleDate, vergeCutSchema, type VergeCut } from '@doorstep/domain';
import { parseCsv } from './csv.js';
import { key } from './mapping.js';
import { splitIssue, type ImportProblem } from './problems.js';

/**
 * The cutting schedule as a CSV, one row per cut, joined to the verges on reference:
 *   reference,scheduledFrom,scheduledTo,status,completedOn,skipReason
 * (snake_case headers too). Dates are YYYY-MM-DD or DD/MM/YYYY. A blank status is
 * "scheduled". Each verge listed gets exactly the cuts listed for it.
 */
const COLUMNS = {
  reference: ['reference', 'ref', 'asset_id'],
  scheduledFrom: ['scheduledFrom', 'scheduled_from', 'from', 'date', 'due'],
  scheduledTo: ['scheduledTo', 'scheduled_to', 'to', 'until'],
  status: ['status'],
  completedOn: ['completedOn', 'completed_on', 'completed', 'done_on'],
  skipReason: ['skipReason', 'skip_reason', 'reason'],
} as const;
type Column = keyof typeof COLUMNS;

export interface ScheduleRow {
  line: number;
  reference: string;
  cut: VergeCut | null;
}

export interface Schedule {
  /** Good cuts by reference, in file order. */
  cuts: Map<string, VergeCut[]>;
  rows: ScheduleRow[];
  problems: ImportProblem[];
}

export async function readSchedule(file: string, referenceProperty?: string): Promise<Schedule> {
  const name = path.basename(file);
  const schedule: Schedule = { cuts: new Map(), rows: [], problems: [] };
  const [header, ...records] = parseCsv(await readFile(file, 'utf8'));
  const columns = new Map<Column, number>();
  for (const [column, names] of Object.entries(COLUMNS) as Array<[Column, readonly string[]]>) {
    const accepted = [...names, ...(column === 'reference' && referenceProperty ? [referenceProperty] : [])].map(key);
    const index = header?.fields.findIndex((field) => accepted.includes(key(field))) ?? -1;
    if (index >= 0) columns.set(column, index);
  }
  for (const required of ['reference', 'scheduledFrom'] as const) {
    if (!columns.has(required)) {
      const message = `The header must have a ${required} column (${COLUMNS[required].join(' or ')})`;
      schedule.problems.push({ file: name, line: 1, message });
    }
  }
  if (schedule.problems.length > 0) return schedule;

  for (const record of records) {
    const cell = (column: Column) => {
      const index = columns.get(column);
      return index === undefined ? '' : (record.fields[index] ?? '').trim();
    };
    const reference = cell('reference');
    const found: Array<{ field?: string; message: string }> = [];
    if (!reference) found.push({ field: 'reference', message: 'Give the reference of the verge this cut is for' });
    const dates: Partial<Record<Column, string>> = {};
    for (const column of ['scheduledFrom', 'scheduledTo', 'completedOn'] as const) {
      const written = cell(column);
      const parsed = written ? parseScheduleDate(written) : null;
      if (parsed) dates[column] = parsed;
      else if (written)
        found.push({ field: column, message: `"${written}" is not a date: use YYYY-MM-DD or DD/MM/YYYY` });
    }
    const unreadable = new Set(found.map((problem) => problem.field));
    const result = vergeCutSchema.safeParse({
      ...dates,
      status: cell('status').toLowerCase() || 'scheduled',
      skipReason: cell('skipReason'),
    });
    if (!result.success) {
      // A date already reported as unreadable is not reported again as missing.
      found.push(
        ...describeIssues(result.error)
          .map(splitIssue)
          .filter((issue) => !unreadable.has(issue.field)),
      );
    }
    for (const problem of found) {
      schedule.problems.push({ file: name, line: record.line, reference: reference || undefined, ...problem });
    }
    const cut = result.success && found.length === 0 ? result.data : null;
    schedule.rows.push({ line: record.line, reference, cut });
    if (reference && cut) schedule.cuts.set(reference, [...(schedule.cuts.get(reference) ?? []), cut]);
  }
  return schedule;
}
