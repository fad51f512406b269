import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bramblewick, generateBinRounds, generateVerges, toBinExceptionsCsv, toBinRoundsCsv } from '@doorstep/demo';
import { binRoundSchema, collectedOn, dayOfWeek, describeIssues } from '@doorstep/domain';
import { describeProblem } from '@doorstep/gis';
import { readExceptions } from '../../cms/src/bins/read-exceptions';
import { readRounds } from '../../cms/src/bins/read-rounds';
import { REPO_ROOT } from '../../scripts/lib/cms/paths';

const verges = generateVerges({ count: 600, asOf: '2026-04-01' }).map((generated) => generated.verge);
const rounds = bramblewick.binRounds!.generate(
  verges.flatMap((verge) => (verge.usrn === null ? [] : [{ ...verge, usrn: verge.usrn }])),
);

describe('the demo council’s bin rounds', () => {
  it('gives every street of the verges a round the publish check accepts', () => {
    expect(rounds.map((round) => round.usrn)).toEqual([...new Set(verges.map((verge) => verge.usrn))].sort());
    for (const round of rounds) {
      const result = binRoundSchema.safeParse(round);
      expect(result.success ? [] : describeIssues(result.error)).toEqual([]);
    }
  });

  it('moves collections over Christmas and New Year 2026/27, each one moving something', () => {
    for (const round of rounds) {
      expect(round.exceptions.length).toBeGreaterThan(0);
      for (const change of round.exceptions) {
        expect(dayOfWeek(change.originalDate)).toBe(round.services[0]!.weekday);
        expect(collectedOn({ ...round, exceptions: [] }, change.originalDate)).not.toEqual([]);
        expect(collectedOn(round, change.originalDate)).toEqual([]);
      }
    }
  });

  it('keeps demo/fixtures as the importer reads them, in step with the demo', () => {
    const few = generateBinRounds(generateVerges({ count: 60, asOf: '2026-04-01' }).map((g) => g.verge)).slice(0, 4);
    const roundsCsv = readFileSync(path.join(REPO_ROOT, 'demo/fixtures/bin-rounds.csv'), 'utf8');
    const changesCsv = readFileSync(path.join(REPO_ROOT, 'demo/fixtures/bin-changes.csv'), 'utf8');
    expect(roundsCsv).toBe(toBinRoundsCsv(few));
    expect(changesCsv).toBe(toBinExceptionsCsv(few));

    const known = new Map(few.map((round) => [round.usrn, round]));
    const read = readRounds('bin-rounds.csv', roundsCsv, known);
    expect(read.problems.map(describeProblem)).toEqual([]);
    const drafts = new Map(read.rounds.map((round) => [round.usrn, round]));
    const changes = readExceptions('bin-changes.csv', changesCsv, 'bin-rounds.csv', drafts, new Set());
    expect(changes.problems.map(describeProblem)).toEqual([]);
    for (const round of few) {
      expect(
        binRoundSchema.parse({ ...drafts.get(round.usrn), exceptions: changes.exceptions.get(round.usrn) ?? [] }),
      ).toEqual(round);
    }
  });
});
