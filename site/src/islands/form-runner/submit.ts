import {
  IDEMPOTENCY_HEADER,
  POSTED,
  SAVE_TO_ACCOUNT_FIELD,
  submissionResponseSchema,
  type AnswerProblem,
  type SubmissionReceipt,
} from '@doorstep/domain';

/**
 * Sends the answers once, whatever the network does: every attempt carries the
 * same Idempotency-Key, so a retry after a timeout or a dropped connection gets
 * the first receipt back instead of making a second submission.
 */
export type SendResult =
  | { ok: true; receipt: SubmissionReceipt }
  | { ok: false; kind: 'answers'; errors: AnswerProblem[] }
  | { ok: false; kind: 'refused' | 'unreachable'; message: string };

const RETRY_DELAYS_MS = [1000, 3000, 7000];

/** What goes with the answers: the signed-in resident's choice to keep their details (issue 15). */
export interface SendOptions {
  saveToAccount?: boolean;
}

async function attempt(
  action: string,
  key: string,
  values: Record<string, unknown>,
  files: Map<string, File>,
  { saveToAccount = false }: SendOptions,
) {
  let body: BodyInit;
  const headers: Record<string, string> = { Accept: 'application/json', [IDEMPOTENCY_HEADER]: key };
  if (files.size > 0) {
    const form = new FormData();
    form.set(POSTED.answers, JSON.stringify(values));
    if (saveToAccount) form.set(SAVE_TO_ACCOUNT_FIELD, 'yes');
    for (const [name, file] of files) form.set(name, file, file.name);
    body = form;
  } else {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(saveToAccount ? { answers: values, saveToAccount } : { answers: values });
  }
  return fetch(action, { method: 'POST', headers, body, credentials: 'same-origin' });
}

export async function sendAnswers(
  action: string,
  key: string,
  values: Record<string, unknown>,
  files: Map<string, File>,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  options: SendOptions = {},
): Promise<SendResult> {
  for (let tries = 0; ; tries += 1) {
    let response: Response | null = null;
    try {
      response = await attempt(action, key, values, files, options);
    } catch {
      response = null; // offline, or the connection dropped: try again
    }
    if (response && response.status < 500 && response.status !== 429) {
      // The answer is read with the protocol's schema: a body that is not one is a refusal, never a receipt.
      const parsed = submissionResponseSchema.safeParse(await response.json().catch(() => null));
      const body = parsed.success ? parsed.data : null;
      if (response.ok && body && 'data' in body && body.data) return { ok: true, receipt: body.data };
      const error = body && 'error' in body ? body.error : null;
      const errors = error?.details?.errors;
      if (response.status === 422 && errors?.length) return { ok: false, kind: 'answers', errors };
      return {
        ok: false,
        kind: 'refused',
        message: error?.message ?? `The form could not be sent (${response.status})`,
      };
    }
    const delay = RETRY_DELAYS_MS[tries];
    if (delay === undefined) {
      return {
        ok: false,
        kind: 'unreachable',
        message: 'We could not send your form. Your answers are saved on this device: try again in a few minutes.',
      };
    }
    await wait(delay);
  }
}
