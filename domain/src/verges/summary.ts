import type { VergeCut } from './cut.js';
import { formatLongDate, weekStart } from './dates.js';
import { lastCut, nextCut, overdueCuts, type HasCuts } from './schedule.js';
import type { VergeStatus } from './verge.js';

/**
 * The plain sentences beside the map, in FixMyStreet's words ("This grass is due to be
 * cut in the week of 4 May 2026"): the no-JavaScript answer and the map's text
 * alternative. One function, so the page, the island and the API say the same thing.
 */
export type VergeSummaryState = 'problem-reported' | 'cut-overdue' | 'cut-due' | 'no-more-cuts';

export interface VergeSummary {
  state: VergeSummaryState;
  /** True when a scheduled cut's window has passed, or editors marked the verge overdue. */
  overdue: boolean;
  nextCut: VergeCut | null;
  lastCut: VergeCut | null;
  sentences: string[];
  /** The sentences as one paragraph. */
  text: string;
}

export interface SummarisableVerge extends HasCuts {
  currentStatus: VergeStatus;
}

/** "in the week of 4 May 2026", or "between 4 May and 22 May 2026" for a longer window. */
export function describeCutWindow(cut: VergeCut): string {
  const end = cut.scheduledTo ?? cut.scheduledFrom;
  const week = weekStart(cut.scheduledFrom);
  if (weekStart(end) === week) return `in the week of ${formatLongDate(week)}`;
  const sameYear = end.slice(0, 4) === cut.scheduledFrom.slice(0, 4);
  return `between ${formatLongDate(cut.scheduledFrom, !sameYear)} and ${formatLongDate(end)}`;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** A skipped cut residents have not yet seen made up for: after the last cut that was done. */
function latestSkipped(verge: HasCuts, today: string, last: VergeCut | null): VergeCut | null {
  const skipped = verge.cuts
    .filter((cut) => cut.status === 'skipped' && cut.scheduledFrom <= today)
    .filter((cut) => !last?.completedOn || cut.scheduledFrom > last.completedOn)
    .sort((a, b) => b.scheduledFrom.localeCompare(a.scheduledFrom));
  return skipped[0] ?? null;
}

export function summariseVerge(verge: SummarisableVerge, today: string): VergeSummary {
  const overdue = overdueCuts(verge, today);
  const next = nextCut(verge, today);
  const last = lastCut(verge);
  const sentences: string[] = [];
  if (verge.currentStatus === 'problem-reported') {
    sentences.push('A problem has been reported with this grass and the council is looking into it.');
  }
  const oldest = overdue[0];
  if (oldest) sentences.push(`This grass is overdue for a cut: it was due to be cut ${describeCutWindow(oldest)}.`);
  else if (verge.currentStatus === 'cut-overdue') sentences.push('This grass is overdue for a cut.');
  const isOverdue = oldest !== undefined || verge.currentStatus === 'cut-overdue';

  if (next) {
    const subject = isOverdue ? 'The next cut is due' : 'This grass is due to be cut';
    sentences.push(`${subject} ${describeCutWindow(next)}.`);
  } else if (!isOverdue) {
    sentences.push(
      verge.cuts.length > 0
        ? 'There are no more cuts planned for this grass this season.'
        : 'No cuts are planned for this grass this season.',
    );
  }
  if (last?.completedOn) sentences.push(`It was last cut on ${formatLongDate(last.completedOn)}.`);
  const skipped = latestSkipped(verge, today, last);
  if (skipped) {
    const reason = skipped.skipReason ? `: ${lowerFirst(skipped.skipReason.replace(/\.$/, ''))}` : '';
    sentences.push(`The cut due ${describeCutWindow(skipped)} was skipped${reason}.`);
  }

  const state: VergeSummaryState =
    verge.currentStatus === 'problem-reported'
      ? 'problem-reported'
      : isOverdue
        ? 'cut-overdue'
        : next
          ? 'cut-due'
          : 'no-more-cuts';
  return { state, overdue: isOverdue, nextCut: next, lastCut: last, sentences, text: sentences.join(' ') };
}
