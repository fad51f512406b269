import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { IDEMPOTENCY_HEADER, submissionResponseSchema, submissionsPath } from '@doorstep/domain';

/** The demo council's form every cluster submission answers, and where its team emails go. */
export const FORM = 'blue-badge-enquiry';
export const TEAM_ADDRESS = 'parking@bramblewick.example';

/** Valid answers for the form, with the resident's own address for their confirmation. */
export function answersFor(residentEmail: string): Record<string, string> {
  return {
    topic: 'renewal',
    question: 'When does my badge run out?',
    'full-name': 'Sam Resident',
    email: residentEmail,
  };
}

/** One submission's request: its own key and resident. */
export interface Submission {
  key: string;
  residentEmail: string;
  body: string;
}

export function newSubmission(residentEmail: string): Submission {
  return { key: randomUUID(), residentEmail, body: JSON.stringify({ answers: answersFor(residentEmail) }) };
}

/** How a submission was answered, as the resident saw it. */
export interface Answer {
  submission: Submission;
  /** HTTP status, or 0 when no answer came. */
  status: number;
  reference: string | undefined;
  sentAt: number;
  answeredAt: number;
}

export interface SendOptions {
  /** Sent as X-Forwarded-For (through a front door that believes it). */
  forwardedFor?: string;
  /** The local address to connect from (straight to an instance, which counts by it). */
  localAddress?: string;
}

/** The receipt in a 2xx answer's body, read with the protocol's own schema. */
function receiptOf(text: string) {
  try {
    const parsed = submissionResponseSchema.safeParse(JSON.parse(text));
    return parsed.success && 'data' in parsed.data ? parsed.data.data : undefined;
  } catch {
    return undefined;
  }
}

/** Posts one submission and waits for its answer (at most a minute). */
export function send(base: string, submission: Submission, options: SendOptions = {}): Promise<Answer> {
  const sentAt = Date.now();
  return new Promise((resolve) => {
    const done = (status: number, reference?: string) =>
      resolve({ submission, status, reference, sentAt, answeredAt: Date.now() });
    const req = request(
      new URL(submissionsPath(FORM), base),
      {
        method: 'POST',
        localAddress: options.localAddress,
        headers: {
          'Content-Type': 'application/json',
          [IDEMPOTENCY_HEADER]: submission.key,
          ...(options.forwardedFor ? { 'X-Forwarded-For': options.forwardedFor } : {}),
        },
        timeout: 60_000,
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          done(res.statusCode ?? 0, receiptOf(text)?.reference);
        });
        res.on('error', () => done(0));
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => done(0));
    req.end(submission.body);
  });
}

/**
 * Sends `total` submissions at a steady rate, each when its time comes whether or not
 * earlier ones were answered (residents do not wait for each other), and resolves
 * with every answer once all are in.
 */
export async function steadyLoad(
  total: number,
  perSecond: number,
  sendOne: (index: number) => Promise<Answer>,
): Promise<Answer[]> {
  const started = Date.now();
  const answers: Array<Promise<Answer>> = [];
  for (let index = 0; index < total; index += 1) {
    const due = started + (index * 1000) / perSecond;
    if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
    answers.push(sendOne(index));
  }
  return Promise.all(answers);
}

/** The value below which `share` of the values fall (nearest rank). */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}
