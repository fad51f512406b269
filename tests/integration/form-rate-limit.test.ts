import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';

let cms: TestCms;

beforeAll(async () => {
  cms = await startCms({ seed: true, env: { FORM_SUBMISSIONS_PER_MINUTE: '1', FORM_SUBMISSIONS_BURST: '3' } });
});

afterAll(async () => {
  await cms?.stop();
});

describe('rate limiting submissions', () => {
  it('lets a burst through, then answers 429 with how long to wait', async () => {
    const send = () =>
      fetch(`${cms.url}/api/forms/report-a-missed-bin/submissions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({ answers: {} }),
      });
    const statuses = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await send()).status);
    expect(statuses).toEqual([422, 422, 422, 429, 429]);
    const limited = await send();
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(((await limited.json()) as { error: { message: string } }).error.message).toMatch(/Too many submissions/);
  });
});
