import {
  BIN_NAMES,
  DEFAULT_BIN_COLOURS,
  normaliseStreetName,
  parsePostcodeList,
  type BinKind,
  type BinServiceInput,
} from '@doorstep/domain';
import { parseCsv, type ImportProblem } from '@doorstep/gis';
import { findColumns, ROUND_COLUMNS, ROUND_REQUIRED } from './columns';
import { KNOWN_STREETS_RULE, type KnownStreet } from './known-streets';
import { onWeekday, readBin, readColour, readDate, readEveryWeeks, readUsrn, readWeekday, type Read } from './values';

/**
 * The rounds CSV, one row per street and bin:
 *   usrn,street,locality,postcodes,bin,colour,day,every_weeks,first_collection
 * Rows of one USRN make one street's round. Every problem is reported with its file,
 * line and column; a street with any problem is not returned.
 */
export interface RoundDraft {
  usrn: number;
  streetName: string;
  locality: string;
  postcodes: string[];
  services: BinServiceInput[];
  /** Line of the street's first row, and of each bin's row. */
  line: number;
  binLines: Map<BinKind, number>;
}

export function readRounds(
  file: string,
  text: string,
  known: ReadonlyMap<number, KnownStreet>,
): { rounds: RoundDraft[]; problems: ImportProblem[] } {
  const [header, ...records] = parseCsv(text);
  const { columns, problems } = findColumns(file, header, ROUND_COLUMNS, ROUND_REQUIRED);
  if (problems.length > 0) return { rounds: [], problems };
  const rounds = new Map<number, RoundDraft>();
  const broken = new Set<number>();

  for (const record of records) {
    const cell = (column: keyof typeof ROUND_COLUMNS) => columns.cell(record, column);
    const found: ImportProblem[] = [];
    const report = (column: keyof typeof ROUND_COLUMNS, message: string) =>
      found.push({ file, line: record.line, field: columns.header(column), message });
    function take<T>(column: keyof typeof ROUND_COLUMNS, read: Read<T>): T | undefined {
      if ('problem' in read) report(column, read.problem);
      return 'value' in read ? read.value : undefined;
    }

    const usrn = take('usrn', readUsrn(cell('usrn')));
    const streetName = cell('street');
    const locality = cell('locality');
    if (!streetName) report('street', 'Give the street name');
    if (!locality) report('locality', 'Give the locality (town, village or area)');
    const postcodes = parsePostcodeList(cell('postcodes'));
    for (const bad of postcodes.invalid)
      report('postcodes', `"${bad}" is not a postcode: enter a real postcode, like BW1 2AB`);
    const bin = take('bin', readBin(cell('bin')));
    const colour = take('colour', readColour(cell('colour')));
    const weekday = take('day', readWeekday(cell('day')));
    const everyWeeks = take('everyWeeks', readEveryWeeks(cell('everyWeeks')));
    const first = take('firstCollection', readDate(cell('firstCollection'), 'the date of the first collection'));
    const offDay = first && weekday ? onWeekday(first, weekday) : null;
    if (offDay) report('firstCollection', offDay);

    if (usrn !== undefined) {
      const street = known.get(usrn);
      if (!street) {
        report(
          'usrn',
          `USRN ${usrn} is not one of the council’s streets (${KNOWN_STREETS_RULE}): check the USRN, or import the street’s verges first`,
        );
      } else if (streetName && normaliseStreetName(street.streetName) !== normaliseStreetName(streetName)) {
        report('street', `USRN ${usrn} is ${street.streetName} in the council’s streets, not "${streetName}"`);
      }
      const round = rounds.get(usrn);
      const named = found.length === 0 || !found.some((problem) => problem.field === columns.header('street'));
      if (
        round?.streetName &&
        named &&
        streetName &&
        (round.streetName !== streetName || round.locality !== locality)
      ) {
        report(
          'street',
          `Line ${round.line} gives USRN ${usrn} as ${round.streetName}, ${round.locality}: every row of a street must agree`,
        );
      }
      const earlier = bin && round?.binLines.get(bin);
      if (bin && earlier)
        report(
          'bin',
          `The ${BIN_NAMES[bin].toLowerCase()} bin of USRN ${usrn} is already on line ${earlier}: give each bin once a street`,
        );
    }

    problems.push(...found);
    if (usrn === undefined) continue;
    if (found.length > 0) broken.add(usrn);
    // A row whose street is wrong does not name the street for the rows after it.
    const streetWrong = found.some((problem) =>
      [columns.header('street'), columns.header('usrn')].includes(problem.field ?? ''),
    );
    const round = rounds.get(usrn) ?? {
      usrn,
      streetName: '',
      locality: '',
      postcodes: [],
      services: [],
      line: record.line,
      binLines: new Map<BinKind, number>(),
    };
    rounds.set(usrn, round);
    if (!round.streetName && !streetWrong && streetName && locality) {
      Object.assign(round, { streetName, locality, line: record.line });
    }
    round.postcodes = [...new Set([...round.postcodes, ...postcodes.postcodes])].sort();
    if (bin && !round.binLines.has(bin)) round.binLines.set(bin, record.line);
    if (found.length === 0 && bin && weekday && everyWeeks && first) {
      const name = cell('name') || null;
      round.services.push({
        bin,
        name,
        colour: colour ?? DEFAULT_BIN_COLOURS[bin],
        weekday,
        everyWeeks,
        firstCollection: first,
      });
    }
  }
  if (records.length === 0)
    problems.push({ file, line: 2, message: 'The file has a header but no rows: give one row per street and bin' });
  return {
    rounds: [...rounds.values()].filter((round) => !broken.has(round.usrn)),
    problems,
  };
}

/** The USRNs a rounds file names, to look the streets up before reading it. */
export function usrnsOf(text: string): number[] {
  const [header, ...records] = parseCsv(text);
  const { columns } = findColumns('', header, ROUND_COLUMNS, []);
  return records.flatMap((record) => {
    const read = readUsrn(columns.cell(record, 'usrn'));
    return 'value' in read ? [read.value] : [];
  });
}
