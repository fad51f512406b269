/**
 * An Idempotency-Key makes a retry safe: the same request again gets the first receipt.
 * The same key with a different request is a 422 (the IETF Idempotency-Key draft),
 * never another submission's receipt and never silently dropped answers (issue 11).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';

const SUBMISSIONS = 'api::form-submission.form-submission';
let cms: TestCms;

beforeAll(async () => {
  cms = await startCms({ seed: true, env: { FORM_SUBMISSIONS_PER_MINUTE: '1000', FORM_SUBMISSIONS_BURST: '1000' } });
});

afterAll(async () => {
  await cms?.stop();
});

const missedBin = (bin = 'recycling') => ({
  bin,
  'out-by-7am': 'yes',
  address: { line1: '1 Market Street', town: 'Bramblewick', postcode: 'BW1 2AB' },
  'full-name': 'Sam Resident',
  email: 'sam@example.com',
});

function send(key: string, body: unknown, slug = 'report-a-missed-bin') {
  return fetch(`${cms.url}/api/forms/${slug}/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(body),
  });
}

const count = () => cms.strapi.db.query(SUBMISSIONS).count();

describe('Idempotency-Key', () => {
  it('answers a retry of the same request with the first receipt, stored once', async () => {
    const key = randomUUID();
    const before = await count();
    const first = await send(key, { answers: missedBin() });
    expect(first.status).toBe(201);
    // The same answers with their keys in another order are the same request.
    const reordered = Object.fromEntries(Object.entries(missedBin()).reverse());
    const again = await send(key, { answers: reordered });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    expect(await count()).toBe(before + 1);
  });

  it('refuses the same key with different answers with a 422, keeping the first submission as it was', async () => {
    const key = randomUUID();
    const first = await send(key, { answers: missedBin('recycling') });
    const { reference } = ((await first.json()) as { data: { reference: string } }).data;
    const before = await count();
    const reused = await send(key, { answers: missedBin('food') });
    expect(reused.status).toBe(422);
    const body = (await reused.json()) as { data: unknown; error: { message: string } };
    expect(body.data).toBeNull();
    expect(body.error.message).toMatch(/already used with different answers/);
    expect(JSON.stringify(body)).not.toContain(reference);
    expect(await count()).toBe(before);
    const stored = (await cms.strapi.db.query(SUBMISSIONS).findOne({ where: { reference } })) as {
      answers: { bin: string };
    };
    expect(stored.answers.bin).toBe('recycling');
  });

  it('refuses the same key for another form with a 422', async () => {
    const key = randomUUID();
    expect((await send(key, { answers: missedBin() })).status).toBe(201);
    const other = await send(key, { answers: {} }, 'report-fly-tipping');
    expect(other.status).toBe(422);
  });

  it('lets one of two different requests racing with one key in, and refuses the other', async () => {
    const key = randomUUID();
    const before = await count();
    const statuses = (
      await Promise.all([send(key, { answers: missedBin('recycling') }), send(key, { answers: missedBin('food') })])
    ).map((response) => response.status);
    expect(statuses.sort()).toEqual([201, 422]);
    expect(await count()).toBe(before + 1);
  });
});
