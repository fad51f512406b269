import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type * as Jobs from '../../cms/src/jobs';
import { CMS_DIR } from '../../scripts/lib/cms/paths';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';

/**
 * One contract for both job backends (ADR 0013): the embedded queue (SQLite, and
 * PostgreSQL when the suite runs on it) and pg-boss (PostgreSQL, the cluster mode).
 * The probe job is declared in the compiled CMS's own module (Node's require cache,
 * which Strapi loads it from), before the CMS starts its queue.
 */
const require = createRequire(import.meta.url);
const jobs = require(path.join(CMS_DIR, 'dist/src/jobs/index.js')) as typeof Jobs;

const runs: Array<{ id: string; at: number }> = [];
const failedHook: string[] = [];
const FIRST_DELAY_MS = 1000;

const probe = jobs.defineJob({
  queue: 'contract-probe',
  data: z.object({ id: z.string(), fail: z.number().int().default(0) }),
  policy: { attempts: 3, firstDelayMs: FIRST_DELAY_MS, longestRunS: 30 },
  describe: ({ id }) => `Probe ${id}`,
  run: async (_strapi, { id, fail }) => {
    runs.push({ id, at: Date.now() });
    if (runs.filter((run) => run.id === id).length <= fail) throw new Error(`probe ${id} refused`);
    await Promise.resolve();
  },
  failed: async (_strapi, { id }) => {
    failedHook.push(id);
    await Promise.resolve();
  },
});

const scheduled: number[] = [];
jobs.defineJob({
  queue: 'contract-schedule',
  data: z.object({}),
  get cron() {
    return process.env.CONTRACT_CRON;
  },
  policy: { attempts: 1, firstDelayMs: FIRST_DELAY_MS, longestRunS: 30 },
  describe: () => 'Scheduled probe',
  run: async () => {
    scheduled.push(Date.now());
    await Promise.resolve();
  },
});

const runsOf = (id: string) => runs.filter((run) => run.id === id);

async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const onPostgres = process.env.DATABASE_CLIENT === 'postgres';
const BACKENDS: Array<{ name: string; env: Record<string, string> }> = [
  // Strapi's cron takes seconds; pg-boss's schedules are by the minute.
  {
    name: `embedded (${onPostgres ? 'PostgreSQL' : 'SQLite'})`,
    env: { JOBS_POLL_MS: '100', CONTRACT_CRON: '*/2 * * * * *' },
  },
  ...(onPostgres
    ? [{ name: 'pg-boss (cluster mode)', env: { CMS_CLUSTER: 'true', JOBS_POLL_S: '0.5', CONTRACT_CRON: '* * * * *' } }]
    : []),
];

describe.each(BACKENDS)('jobs on $name', ({ name, env }) => {
  let cms: TestCms;
  const tag = (id: string) => `${name}:${id}`;

  beforeAll(async () => {
    scheduled.length = 0;
    cms = await startCms({ env });
  });
  afterAll(async () => {
    await cms?.stop();
  });

  it('never runs a job whose transaction rolled back; runs a committed one once', async () => {
    await expect(
      cms.strapi.db.transaction(async () => {
        await jobs.sendJob(probe, { id: tag('rolled-back') });
        throw new Error('the change is refused');
      }),
    ).rejects.toThrow('the change is refused');
    await cms.strapi.db.transaction(async () => {
      await jobs.sendJob(probe, { id: tag('committed') });
    });
    await waitFor(() => runsOf(tag('committed')).length > 0, 'the committed job');
    // Sent after the rolled-back one: once it has run and a little more, the other would have too.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(runsOf(tag('rolled-back'))).toHaveLength(0);
    expect(runsOf(tag('committed'))).toHaveLength(1);
  });

  it('queues one job per key, however often it is sent', async () => {
    for (let time = 0; time < 3; time += 1) await jobs.sendJob(probe, { id: tag('keyed') }, { key: 'the-key' });
    await jobs.sendJob(probe, { id: tag('after-keyed') });
    await waitFor(() => runsOf(tag('after-keyed')).length > 0 && runsOf(tag('keyed')).length > 0, 'both jobs');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(runsOf(tag('keyed'))).toHaveLength(1);
  });

  it('does not run a job before its time', async () => {
    const after = new Date(Date.now() + 2000);
    await jobs.sendJob(probe, { id: tag('later') }, { after });
    await waitFor(() => runsOf(tag('later')).length > 0, 'the later job');
    expect(runsOf(tag('later'))[0]!.at).toBeGreaterThanOrEqual(after.getTime() - 50);
  });

  it('retries a failing job with growing waits, and stops once it succeeds', async () => {
    await jobs.sendJob(probe, { id: tag('flaky'), fail: 1 });
    await waitFor(() => runsOf(tag('flaky')).length === 2, 'the retry');
    const [first, second] = runsOf(tag('flaky'));
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(FIRST_DELAY_MS - 50);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(runsOf(tag('flaky'))).toHaveLength(2);
    expect(failedHook).not.toContain(tag('flaky'));
  });

  it('puts a job out of attempts where staff see it, once, after waits that grow', async () => {
    await jobs.sendJob(probe, { id: tag('broken'), fail: 99 });
    const failures = () =>
      cms.strapi.db.query('api::job-failure.job-failure').findMany({ where: { subject: `Probe ${tag('broken')}` } });
    await waitFor(async () => (await failures()).length > 0, 'the dead-letter entry', 45_000);
    const attempts = runsOf(tag('broken'));
    expect(attempts).toHaveLength(3);
    const [first, second, third] = attempts.map((run) => run.at);
    expect(second! - first!).toBeGreaterThanOrEqual(FIRST_DELAY_MS - 50);
    expect(third! - second!).toBeGreaterThanOrEqual(2 * FIRST_DELAY_MS - 50);
    expect(await failures()).toEqual([
      expect.objectContaining({ queue: 'contract-probe', attempts: 3, lastError: `probe ${tag('broken')} refused` }),
    ]);
    expect(failedHook.filter((id) => id === tag('broken'))).toHaveLength(1);
  });

  it('runs a schedule once per occurrence', async () => {
    const perMinute = env.CONTRACT_CRON === '* * * * *';
    await waitFor(() => scheduled.length >= (perMinute ? 1 : 3), 'the schedule', perMinute ? 100_000 : 15_000);
    const first = scheduled.length;
    // Every two seconds: each run its own; every minute: no second run within it.
    await new Promise((resolve) => setTimeout(resolve, perMinute ? 5000 : 0));
    if (perMinute) expect(scheduled).toHaveLength(first);
    else {
      const gaps = scheduled.slice(1, 3).map((at, index) => at - scheduled[index]!);
      for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(1500);
    }
  }, 120_000);
});
