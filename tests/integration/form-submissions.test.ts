import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submissionResponseSchema, type SubmissionReceipt } from '@doorstep/domain';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';

let cms: TestCms;

beforeAll(async () => {
  // The fuzz test sends over a thousand requests from one address.
  cms = await startCms({
    seed: true,
    env: { FORM_SUBMISSIONS_PER_MINUTE: '100000', FORM_SUBMISSIONS_BURST: '100000' },
  });
});

afterAll(async () => {
  await cms?.stop();
});

const SUBMISSIONS = 'api::form-submission.form-submission';
const count = () => cms.strapi.db.query(SUBMISSIONS).count();
const key = () => randomUUID();

const missedBin = {
  bin: 'recycling',
  'out-by-7am': 'yes',
  address: { line1: '1 Market Street', town: 'Bramblewick', postcode: 'ne99 1bb' },
  'full-name': 'Sam Resident',
  email: 'sam@example.com',
};

function post(slug: string, body: string, headers: Record<string, string>) {
  return fetch(`${cms.url}/api/forms/${slug}/submissions`, { method: 'POST', body, headers });
}

const postJson = (slug: string, answers: unknown, idempotencyKey: string | null = key()) =>
  post(slug, JSON.stringify({ answers }), {
    'Content-Type': 'application/json',
    ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
  });

type Receipt = SubmissionReceipt;
interface ErrorBody {
  error: { status: number; message: string; details: { errors?: Array<{ field: string; message: string }> } };
}

describe('submitting a web form', () => {
  it('stores valid answers and answers 201 with an unguessable reference and a reply-by date', async () => {
    const before = await count();
    const response = await postJson('report-a-missed-bin', missedBin);
    expect(response.status).toBe(201);
    const body: unknown = await response.json();
    // The answer is the protocol's: the island reads it with this same schema.
    expect(submissionResponseSchema.safeParse(body).success).toBe(true);
    const { data } = body as { data: Receipt };
    expect(data.reference).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(data).toMatchObject({ form: 'report-a-missed-bin', formVersion: 1 });
    expect(data.expectedReplyBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await count()).toBe(before + 1);
    const stored = (await cms.strapi.db.query(SUBMISSIONS).findOne({ where: { reference: data.reference } })) as {
      answers: Record<string, unknown>;
      definitionSnapshot: { version: number; pages: unknown[] };
      caseStatus: string;
      timeline: Array<{ status: string }>;
    };
    expect(stored.answers.address).toEqual({ line1: '1 Market Street', town: 'Bramblewick', postcode: 'NE99 1BB' });
    expect(stored.definitionSnapshot.version).toBe(1);
    expect(stored.definitionSnapshot.pages.length).toBeGreaterThan(0);
    expect(stored.caseStatus).toBe('received');
    expect(stored.timeline).toEqual([expect.objectContaining({ status: 'received' })]);
  });

  it('never stores a retry twice: the same Idempotency-Key gets the first receipt', async () => {
    const idempotencyKey = key();
    const first = (await (await postJson('report-a-missed-bin', missedBin, idempotencyKey)).json()) as {
      data: Receipt;
    };
    const before = await count();
    const retries = await Promise.all([1, 2, 3].map(() => postJson('report-a-missed-bin', missedBin, idempotencyKey)));
    for (const retry of retries) {
      expect(retry.status).toBe(200);
      expect(((await retry.json()) as { data: Receipt }).data.reference).toBe(first.data.reference);
    }
    expect(await count()).toBe(before);
  });

  it('stores one submission when the first attempt and its retries all arrive at once', async () => {
    const idempotencyKey = key();
    const before = await count();
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => postJson('report-a-missed-bin', missedBin, idempotencyKey)),
    );
    const receipts = (await Promise.all(responses.map((response) => response.json()))) as Array<{ data: Receipt }>;
    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(receipts.map((receipt) => receipt.data.reference)).size).toBe(1);
    expect(await count()).toBe(before + 1);
  });

  it('accepts an HTML form post, with nested address fields and repeated checkboxes', async () => {
    const form = new URLSearchParams([
      ['_idempotencyKey', key()],
      ['changes', 'date'],
      ['changes', 'instalments'],
      ['account-number', '12345678'],
      ['postcode', 'NE99 1BB'],
      ['day-of-month', '15'],
      ['instalments', '12'],
      ['full-name', 'Sam Resident'],
      ['email', 'sam@example.com'],
    ]);
    const response = await post('council-tax-direct-debit', form.toString(), {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(201);
  });

  it('answers wrong answers with a 422 and a GOV.UK message per question, and stores nothing', async () => {
    const before = await count();
    const response = await postJson('report-a-missed-bin', { ...missedBin, bin: 'skip', email: 'sam@' });
    expect(response.status).toBe(422);
    const body = (await response.json()) as ErrorBody;
    expect(submissionResponseSchema.safeParse(body).success).toBe(true);
    expect(body.error.details.errors).toEqual([
      { field: 'bin', part: null, message: 'Select which bin was missed from the list' },
      { field: 'email', part: null, message: 'Enter an email address in the correct format, like name@example.com' },
    ]);
    expect(await count()).toBe(before);
  });

  it.each([
    ['an unknown form', () => postJson('no-such-form', missedBin), 404, /There is no form called/],
    [
      'a question the form does not have',
      () => postJson('report-a-missed-bin', { ...missedBin, admin: true }),
      422,
      /problem/,
    ],
    ['no Idempotency-Key', () => postJson('report-a-missed-bin', missedBin, null), 400, /Idempotency-Key/],
    ['answers that are not an object', () => postJson('report-a-missed-bin', ['bin']), 400, /answers/],
    [
      'a content type forms do not use',
      () => post('report-a-missed-bin', 'bin=recycling', { 'Content-Type': 'text/plain', 'Idempotency-Key': key() }),
      415,
      /application\/json/,
    ],
    [
      'an oversized body',
      () => postJson('report-a-missed-bin', { ...missedBin, 'full-name': 'x'.repeat(400 * 1024) }),
      413,
      /./,
    ],
  ])('refuses %s with a clear 4xx', async (_what, send, status, message) => {
    const before = await count();
    const response = await send();
    expect(response.status).toBe(status);
    expect(JSON.stringify(await response.json())).toMatch(message);
    expect(await count()).toBe(before);
  });

  it('has no public way to read submissions', async () => {
    expect((await fetch(`${cms.url}/api/form-submissions`)).status).toBe(404);
    const result = await cms.graphql('{ formSubmissions { reference answers } }');
    expect(result.status).toBe(400);
  });
});

describe('fuzzing the submission endpoint', () => {
  const hostile: unknown[] = [
    null,
    [],
    'answers',
    42,
    { __proto__: { admin: true } },
    JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
    { bin: { $gt: '' } },
    { bin: ['recycling', 'rubbish'] },
    { bin: '<script>alert(1)</script>', email: '"><img src=x onerror=alert(1)>' },
    { 'full-name': 'x'.repeat(100_000) },
    { address: { line1: { line1: { line1: {} } } } },
    { address: 'a string' },
    { 'out-by-7am': true },
    { bin: '\u0000', email: '\ud800' },
  ];

  function randomValue(depth: number): unknown {
    const pick = Math.floor(Math.random() * 9);
    if (depth > 4) return 'deep';
    switch (pick) {
      case 0:
        return Math.random() * 1e9;
      case 1:
        return '𝕏'.repeat(Math.floor(Math.random() * 300));
      case 2:
        return null;
      case 3:
        return Array.from({ length: Math.floor(Math.random() * 5) }, () => randomValue(depth + 1));
      case 4:
        return Object.fromEntries([
          ['line1', randomValue(depth + 1)],
          ['__proto__', randomValue(depth + 1)],
        ]);
      case 5:
        return Math.random() > 0.5;
      case 6:
        return 'yes';
      case 7:
        return '<b onmouseover=alert(1)>x</b>';
      default:
        return String.fromCharCode(...Array.from({ length: 20 }, () => Math.floor(Math.random() * 0xffff)));
    }
  }

  function randomAnswers(): unknown {
    const names = [
      'bin',
      'out-by-7am',
      'address',
      'full-name',
      'email',
      'phone',
      'unknown',
      'constructor',
      '__proto__',
    ];
    const answers: Record<string, unknown> = {};
    for (const name of names) if (Math.random() > 0.4) answers[name] = randomValue(0);
    return answers;
  }

  /** An HTML form post's fields: flat names, brackets, repeats, as browsers and scripts send them. */
  function randomFormFields(): URLSearchParams {
    const names = [
      'bin',
      'out-by-7am',
      'address[line1]',
      'address[town]',
      'address',
      'email',
      'a[b][c]',
      '_answers',
      '__proto__[x]',
      'constructor[prototype][y]',
    ];
    const fields = new URLSearchParams();
    for (const name of names) {
      for (let repeat = Math.floor(Math.random() * 3); repeat > 0; repeat -= 1)
        fields.append(name, String(randomValue(3)));
    }
    return fields;
  }

  /** Multipart bodies as a script might send them: odd parts, odd files, broken JSON in _answers. */
  function randomMultipart(): FormData {
    const form = new FormData();
    const pick = Math.floor(Math.random() * 4);
    if (pick === 0) form.set('_answers', '{"bin": ');
    if (pick === 1) form.set('_answers', JSON.stringify(randomAnswers()));
    if (pick === 2) for (const [name, value] of randomFormFields()) form.append(name, value);
    const bytes = new Uint8Array(Math.floor(Math.random() * 4096)).map(() => Math.floor(Math.random() * 256));
    const names = ['photo', 'bin', 'unknown', '../../etc/passwd', '__proto__'];
    form.append(
      names[Math.floor(Math.random() * names.length)]!,
      new Blob([bytes], { type: 'image/png' }),
      '<img src=x>.png',
    );
    return form;
  }

  const postMultipart = (body: FormData, accept = 'application/json') =>
    fetch(`${cms.url}/api/forms/report-a-missed-bin/submissions`, {
      method: 'POST',
      body,
      headers: { Accept: accept, 'Idempotency-Key': key() },
    });

  it('answers 1,000 random and hostile payloads with 4xx only, stays healthy and stores nothing', async () => {
    const before = await count();
    const statuses = new Map<number, number>();
    const bodies: Array<() => Promise<Response>> = [
      ...hostile.map((answers) => () => postJson('report-a-missed-bin', answers)),
      ...Array.from({ length: 1000 }, () => () => postJson('report-a-missed-bin', randomAnswers())),
      ...Array.from(
        { length: 150 },
        (_, i) => () =>
          post('report-a-missed-bin', randomFormFields().toString(), {
            'Content-Type': 'application/x-www-form-urlencoded',
            Accept: i % 2 ? 'text/html' : 'application/json',
          }),
      ),
      ...Array.from(
        { length: 150 },
        (_, i) => () => postMultipart(randomMultipart(), i % 2 ? 'text/html' : 'application/json'),
      ),
      () =>
        post('report-a-missed-bin', '--x\r\nContent-Disposition: form-data; name="bin"\r\n\r\nrecyc', {
          'Content-Type': 'multipart/form-data; boundary=x',
          'Idempotency-Key': key(),
        }),
      () =>
        post('report-a-missed-bin', 'no boundary at all', {
          'Content-Type': 'multipart/form-data',
          'Idempotency-Key': key(),
        }),
      () =>
        post('report-a-missed-bin', '{"answers": {"bin": ', {
          'Content-Type': 'application/json',
          'Idempotency-Key': key(),
        }),
      () =>
        post('report-a-missed-bin', '\xff\xfe\x00', { 'Content-Type': 'application/json', 'Idempotency-Key': key() }),
      () =>
        post('report-a-missed-bin', 'a[b][c][d][e][f][g][h]=1&bin[$gt]=', {
          'Content-Type': 'application/x-www-form-urlencoded',
          'Idempotency-Key': key(),
        }),
      () => post('report-a-missed-bin', '<answers/>', { 'Content-Type': 'application/xml', 'Idempotency-Key': key() }),
      () => post('..%2F..%2Fadmin', '{}', { 'Content-Type': 'application/json', 'Idempotency-Key': key() }),
    ];
    for (let i = 0; i < bodies.length; i += 20) {
      const batch = await Promise.all(bodies.slice(i, i + 20).map((send) => send()));
      for (const response of batch) {
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        await response.arrayBuffer();
      }
    }
    const serverErrors = [...statuses].filter(([status]) => status >= 500 || status < 400);
    expect(serverErrors, JSON.stringify([...statuses])).toEqual([]);
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1000);
    expect((await fetch(`${cms.url}/_health`)).status).toBe(204);
    expect(await count()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
