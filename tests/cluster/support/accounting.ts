import type { CountedMail } from './mail-counter';
import { TEAM_ADDRESS } from './submissions';

/** A submission the CMS said it stored (2xx), and whom it owes an email. */
export interface Accepted {
  key: string;
  reference: string;
  residentEmail: string;
  answeredAt: number;
}

export interface EmailTally {
  /** Team and resident emails owed and never received. */
  missing: string[];
  /** Owed once, received more often. */
  doubled: string[];
  /** When each copy of a doubled email was received, in order. */
  doubledAt: Array<{ owed: string; at: number[] }>;
  /** Received, but for no accepted submission, or to someone else. */
  stray: string[];
  /** Message-IDs seen on more than one message. */
  repeatedMessageIds: string[];
  /** Per email received first: milliseconds from its submission's answer to the SMTP server's acceptance. */
  delays: number[];
}

const REFERENCE = /\b([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\b/;

/**
 * Each accepted submission owes two emails: the service team's and the resident's
 * confirmation. Every message received is matched to one by the reference in its
 * subject and its recipient; whatever is owed and absent, or received twice, or
 * owed to nobody, is listed.
 */
export function tallyEmails(accepted: readonly Accepted[], mails: readonly CountedMail[]): EmailTally {
  const byReference = new Map(accepted.map((submission) => [submission.reference, submission]));
  const counts = new Map<string, number>();
  const tally: EmailTally = { missing: [], doubled: [], doubledAt: [], stray: [], repeatedMessageIds: [], delays: [] };
  const copies = new Map<string, number[]>();
  const messageIds = new Map<string, number>();
  for (const mail of mails) {
    if (mail.messageId) messageIds.set(mail.messageId, (messageIds.get(mail.messageId) ?? 0) + 1);
    const reference = REFERENCE.exec(mail.subject)?.[1];
    const submission = reference ? byReference.get(reference) : undefined;
    const recipient = mail.to.join(',');
    const kind = recipient === TEAM_ADDRESS ? 'team' : recipient === submission?.residentEmail ? 'resident' : null;
    if (!submission || !kind) {
      tally.stray.push(`${recipient}: ${mail.subject}`);
      continue;
    }
    const owed = `${submission.reference} ${kind}`;
    const seen = (counts.get(owed) ?? 0) + 1;
    counts.set(owed, seen);
    copies.set(owed, [...(copies.get(owed) ?? []), mail.at]);
    if (seen === 1) tally.delays.push(mail.at - submission.answeredAt);
  }
  for (const { reference } of accepted) {
    for (const kind of ['team', 'resident']) {
      const seen = counts.get(`${reference} ${kind}`) ?? 0;
      if (seen === 0) tally.missing.push(`${reference} ${kind}`);
      if (seen > 1) {
        tally.doubled.push(`${reference} ${kind} x${seen}`);
        tally.doubledAt.push({ owed: `${reference} ${kind}`, at: copies.get(`${reference} ${kind}`)! });
      }
    }
  }
  for (const [id, seen] of messageIds) if (seen > 1) tally.repeatedMessageIds.push(`${id} x${seen}`);
  return tally;
}

/** A line an instance printed, and when. */
export interface PrintedLine {
  instance: number;
  line: string;
  at: number;
}

const MINUTE = 60_000;

/**
 * A schedule of every minute, run once per occurrence: each run's line is put down
 * to the minute it printed in (a run starts within the minute it is due, see the
 * caller's settle time). Lists the minutes with more than one run, and those due
 * inside the window (at least `settleMs` before its end) with none.
 */
export function tallyMinutelyRuns(
  runs: readonly PrintedLine[],
  window: { from: number; to: number },
  settleMs: number,
): { due: number; ran: number; twice: string[]; missed: string[] } {
  const perMinute = new Map<number, PrintedLine[]>();
  for (const run of runs) {
    const minute = Math.floor(run.at / MINUTE) * MINUTE;
    perMinute.set(minute, [...(perMinute.get(minute) ?? []), run]);
  }
  const label = (minute: number) => new Date(minute).toISOString().slice(11, 16);
  const twice = [...perMinute]
    .filter(([, lines]) => lines.length > 1)
    .map(
      ([minute, lines]) =>
        `${label(minute)}: ${lines.length} runs, by instances ${lines.map((l) => l.instance).join(', ')}`,
    );
  const missed: string[] = [];
  let due = 0;
  for (let minute = Math.ceil(window.from / MINUTE) * MINUTE; minute + settleMs <= window.to; minute += MINUTE) {
    due += 1;
    if (!perMinute.has(minute)) missed.push(label(minute));
  }
  return { due, ran: runs.length, twice, missed };
}

/**
 * How long after the kill a copy the killed instance sent may still be counted as it
 * arrives: the bytes it wrote before SIGKILL are read by the counter, in this busy
 * test process, a little later (44 ms seen in CI, the first copy of the one repeat).
 */
export const KILL_DRAIN_MS = 2_000;

/**
 * The one repeat no queue prevents (ADR 0013): the killed instance's SMTP server had
 * accepted the email, and the instance died before recording it, so another sent it
 * again after the kill. Such a repeat straddles the kill: its first copy arrived
 * within `windowMs` before it (or was read within KILL_DRAIN_MS after it), and every
 * other copy after that. Any other repeat (two instances sending the same email, a
 * retry of a recorded send) is a fault.
 */
export function repeatsOfTheKill(
  doubled: EmailTally['doubledAt'],
  killedAt: number,
  windowMs: number,
): { ofTheKill: string[]; faults: string[] } {
  const ofTheKill: string[] = [];
  const faults: string[] = [];
  for (const { owed, at } of doubled) {
    const [first, ...later] = at;
    const straddles =
      first! >= killedAt - windowMs &&
      first! <= killedAt + KILL_DRAIN_MS &&
      later.every((time) => time > killedAt + KILL_DRAIN_MS);
    (straddles && later.length === 1 ? ofTheKill : faults).push(
      `${owed} at ${at.map((time) => time - killedAt).join(', ')} ms from the kill`,
    );
  }
  return { ofTheKill, faults };
}
