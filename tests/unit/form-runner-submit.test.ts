import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendAnswers } from '../../site/src/islands/form-runner/submit';

/**
 * The form runner sends answers once, whatever the network does (issue 13): every
 * attempt carries the same Idempotency-Key; 5xx, 429 and a dropped connection are
 * retried after 1, 3 and 7 seconds (through the `wait` seam, so no test waits);
 * answers the council refused are not.
 */
const RECEIPT = {
  reference: '7K2M-9QX4-TR8B',
  form: 'report-a-missed-bin',
  formVersion: 1,
  submittedAt: '2026-12-02T09:30:00.000Z',
  expectedReplyBy: '2026-12-09',
  confirmationEmail: 'sam@example.com',
};
/** Strapi's error envelope, as the endpoint and the site server send it (domain errorEnvelope). */
const refusal = (status: number, name: string, message: string, details: object = {}) => ({
  data: null,
  error: { status, name, message, details },
});
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function fakeFetch(...answers: Array<Response | Error>) {
  const calls: Array<{ url: string; key: string | null }> = [];
  const fetch = vi.fn((url: string, init: RequestInit) => {
    calls.push({ url, key: new Headers(init.headers).get('Idempotency-Key') });
    const next = answers.shift();
    if (!next) throw new Error('No more answers');
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sending a form’s answers', () => {
  it('retries 5xx, 429 and a dropped connection with the same key, and takes the receipt', async () => {
    const calls = fakeFetch(
      json(503, {}),
      json(429, refusal(429, 'RateLimitError', 'Too many')),
      new TypeError('Failed to fetch'),
      json(201, { data: RECEIPT }),
    );
    const waits: number[] = [];
    const result = await sendAnswers(
      '/api/forms/report-a-missed-bin/submissions',
      'key-0123456789abcdef',
      { a: 1 },
      new Map(),
      (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    );
    expect(result).toEqual({ ok: true, receipt: RECEIPT });
    expect(waits).toEqual([1000, 3000, 7000]);
    expect(calls.map((call) => call.key)).toEqual(Array(4).fill('key-0123456789abcdef'));
  });

  it('gives up after four attempts, saying the answers are kept on the device', async () => {
    const calls = fakeFetch(json(500, {}), json(502, {}), json(503, {}), json(504, {}));
    const result = await sendAnswers('/x', 'key-0123456789abcdef', {}, new Map(), async () => {});
    expect(result).toMatchObject({ ok: false, kind: 'unreachable' });
    expect(result.ok === false && 'message' in result ? result.message : '').toMatch(/saved on this device/);
    expect(calls).toHaveLength(4);
  });

  it('does not retry answers the council refused: 422 with the problems, other 4xx with the message', async () => {
    const problems = [{ field: 'postcode', part: null, message: 'Enter a real postcode' }];
    fakeFetch(json(422, refusal(422, 'ValidationError', 'Check your answers', { errors: problems })));
    expect(await sendAnswers('/x', 'key-0123456789abcdef', {}, new Map(), async () => {})).toEqual({
      ok: false,
      kind: 'answers',
      errors: problems,
    });
    const calls = fakeFetch(json(413, refusal(413, 'PayloadTooLargeError', 'The files are too large')));
    expect(await sendAnswers('/x', 'key-0123456789abcdef', {}, new Map(), async () => {})).toEqual({
      ok: false,
      kind: 'refused',
      message: 'The files are too large',
    });
    expect(calls).toHaveLength(1);
  });

  it('takes only a receipt as a receipt: a 2xx that is not one is a refusal, and is not retried', async () => {
    for (const body of [
      { data: { reference: '' } },
      { data: null },
      'OK',
      { data: { ...RECEIPT, expectedReplyBy: 'soon' } },
    ]) {
      const calls = fakeFetch(json(201, body));
      expect(await sendAnswers('/x', 'key-0123456789abcdef', {}, new Map(), async () => {})).toEqual({
        ok: false,
        kind: 'refused',
        message: 'The form could not be sent (201)',
      });
      expect(calls).toHaveLength(1);
    }
  });
});
