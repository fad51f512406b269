import { BIN_NAMES, binExceptionSchema, collectedOn, longDate, type BinException } from '@doorstep/domain';
import { parseCsv, type ImportProblem } from '@doorstep/gis';
import { EXCEPTION_COLUMNS, EXCEPTION_REQUIRED, findColumns } from './columns';
import type { RoundDraft } from './read-rounds';
import { readBin, readDate, readUsrn, type Read } from './values';

/**
 * The changes CSV, one row per collection moved:
 *   usrn,bin,original_date,new_date,reason
 * A blank bin moves every bin due that day. Each change must move a collection the
 * street's round really has on that day, and its street must be in the rounds file.
 */
export function readExceptions(
  file: string,
  text: string,
  roundsFile: string,
  rounds: ReadonlyMap<number, RoundDraft>,
  brokenUsrns: ReadonlySet<number>,
): { exceptions: Map<number, BinException[]>; problems: ImportProblem[] } {
  const [header, ...records] = parseCsv(text);
  const { columns, problems } = findColumns(file, header, EXCEPTION_COLUMNS, EXCEPTION_REQUIRED);
  const exceptions = new Map<number, BinException[]>();
  if (problems.length > 0) return { exceptions, problems };
  const lines = new Map<string, number>();

  for (const record of records) {
    const cell = (column: keyof typeof EXCEPTION_COLUMNS) => columns.cell(record, column);
    const found: ImportProblem[] = [];
    const report = (column: keyof typeof EXCEPTION_COLUMNS, message: string) =>
      found.push({ file, line: record.line, field: columns.header(column), message });
    function take<T>(column: keyof typeof EXCEPTION_COLUMNS, read: Read<T>): T | undefined {
      if ('problem' in read) report(column, read.problem);
      return 'value' in read ? read.value : undefined;
    }
    const usrn = take('usrn', readUsrn(cell('usrn')));
    const bin = cell('bin') ? take('bin', readBin(cell('bin'))) : null;
    const originalDate = take('originalDate', readDate(cell('originalDate'), 'the date the collection was due'));
    const newDate = take('newDate', readDate(cell('newDate'), 'the date it moves to'));
    const reason = cell('reason');
    if (!reason) report('reason', 'Say why the collection moves, like "Christmas Day"');

    const round = usrn === undefined ? undefined : rounds.get(usrn);
    if (usrn !== undefined && !round && !brokenUsrns.has(usrn)) {
      report('usrn', `USRN ${usrn} has no round in ${roundsFile}: changes are imported with their street’s round`);
    }
    if (originalDate && newDate && reason && bin !== undefined) {
      const checked = binExceptionSchema.safeParse({ originalDate, newDate, bin, reason });
      if (!checked.success) for (const issue of checked.error.issues) report('newDate', issue.message);
      else if (round) {
        const due = collectedOn({ services: round.services, exceptions: [] }, originalDate);
        const moves = bin ? due.includes(bin) : due.length > 0;
        if (!moves) {
          const what = bin ? `the ${BIN_NAMES[bin].toLowerCase()} bin is not` : 'no bin is';
          report(
            'originalDate',
            `On ${longDate(originalDate)} ${what} collected on ${round.streetName}: there is nothing to move`,
          );
        }
        const id = `${usrn}|${originalDate}|${bin ?? ''}`;
        const earlier = lines.get(id);
        if (earlier) report('originalDate', `Line ${earlier} already moves this collection: give each change once`);
        lines.set(id, record.line);
        if (found.length === 0 && usrn !== undefined)
          exceptions.set(usrn, [...(exceptions.get(usrn) ?? []), checked.data]);
      }
    }
    problems.push(...found);
  }
  return { exceptions, problems };
}
