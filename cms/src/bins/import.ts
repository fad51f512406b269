import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { binRoundSchema, describeIssues, type BinRound } from '@doorstep/domain';
import { splitIssue, type ImportProblem } from '@doorstep/gis';
import { readKnownStreets } from './known-streets';
import { readExceptions } from './read-exceptions';
import { readRounds, usrnsOf } from './read-rounds';
import { writeBinRounds } from './write';

/**
 * `npm run import:bins`, as a function: the rounds CSV and the changes CSV are read
 * and checked against the council's streets, then every round is written and
 * published in one transaction, or, at the first problem anywhere, nothing is.
 */
export interface BinImportOptions {
  rounds: string;
  exceptions?: string;
  dryRun?: boolean;
}

export interface BinImportResult {
  outcome: 'imported' | 'checked' | 'refused';
  problems: ImportProblem[];
  /** Streets in the rounds file. */
  streets: number;
  changes: number;
  created: number;
  updated: number;
}

export async function importBinRounds(strapi: Core.Strapi, options: BinImportOptions): Promise<BinImportResult> {
  const roundsFile = path.basename(options.rounds);
  const roundsText = await readFile(options.rounds, 'utf8');
  const known = await readKnownStreets(strapi, usrnsOf(roundsText));
  const read = readRounds(roundsFile, roundsText, known);
  const drafts = new Map(read.rounds.map((round) => [round.usrn, round]));
  const problems = [...read.problems];
  const broken = new Set(problems.map((problem) => problem.line));
  let changes = new Map<number, BinRound['exceptions']>();
  if (options.exceptions) {
    const usrnsWithProblems = new Set(usrnsOf(roundsText).filter((usrn) => !drafts.has(usrn)));
    const file = path.basename(options.exceptions);
    const text = await readFile(options.exceptions, 'utf8');
    const result = readExceptions(file, text, roundsFile, drafts, usrnsWithProblems);
    problems.push(...result.problems);
    changes = result.exceptions;
  }

  const rounds: BinRound[] = [];
  for (const draft of drafts.values()) {
    const result = binRoundSchema.safeParse({ ...draft, exceptions: changes.get(draft.usrn) ?? [] });
    if (result.success) rounds.push(result.data);
    else if (!broken.has(draft.line)) {
      // Caught row by row above; this is the last guard, on the street's first line.
      problems.push(
        ...describeIssues(result.error).map((issue) => ({ file: roundsFile, line: draft.line, ...splitIssue(issue) })),
      );
    }
  }
  const counts = {
    streets: new Set(usrnsOf(roundsText)).size,
    changes: [...changes.values()].flat().length,
    created: 0,
    updated: 0,
  };
  if (problems.length > 0) return { outcome: 'refused', problems, ...counts };
  if (options.dryRun) return { outcome: 'checked', problems: [], ...counts };
  return { outcome: 'imported', problems: [], ...counts, ...(await writeBinRounds(strapi, rounds)) };
}
