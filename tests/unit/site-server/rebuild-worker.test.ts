import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBuilds, type Builds } from '../../../site/server/builds';
import { createRebuildWorker, type RebuildWorkerOptions } from '../../../site/server/rebuild-worker';

let root: string;
let builds: Builds;
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-23T09:00:00.000Z') });
  root = mkdtempSync(path.join(tmpdir(), 'doorstep-worker-'));
  builds = createBuilds({ root });
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(root, { recursive: true, force: true });
});

/**
 * Stands in for `astro build`: takes `durationMs` of (fake) time, writes a page naming
 * the build, and fails when told to. Counts how many run at once.
 */
function fakeSite(durationMs = 5000) {
  const site = { started: [] as number[], running: 0, mostAtOnce: 0, failNext: '' };
  const build = async (outDir: string) => {
    site.started.push(Date.now());
    site.running += 1;
    site.mostAtOnce = Math.max(site.mostAtOnce, site.running);
    try {
      await new Promise((resolve) => setTimeout(resolve, durationMs));
      if (site.failNext) throw new Error(site.failNext);
      writeFileSync(path.join(outDir, 'index.html'), `build ${site.started.length}`);
    } finally {
      site.running -= 1;
    }
  };
  return { site, build };
}

const quietLog = () => ({ info: vi.fn<(message: string) => void>(), error: vi.fn<(message: string) => void>() });

function worker(build: RebuildWorkerOptions['build'], log = quietLog()) {
  return createRebuildWorker({ build, builds, debounceMs: 1500, maxWaitMs: 10_000, log });
}

const T0 = new Date('2026-11-23T09:00:00.000Z').getTime();
const live = () => readFileSync(path.join(builds.currentDir() ?? 'none', 'index.html'), 'utf8');

describe('rebuild worker', () => {
  it('turns a burst of requests into one build, started 1.5 s after the last', async () => {
    const { site, build } = fakeSite();
    const rebuilds = worker(build);
    for (let i = 0; i < 5; i += 1) {
      rebuilds.request('entry.publish service-page');
      await vi.advanceTimersByTimeAsync(500);
    }
    rebuilds.request('entry.unpublish alert-banner');
    await vi.advanceTimersByTimeAsync(1499);
    expect(site.started).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(site.started).toEqual([T0 + 2500 + 1500]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(site.started).toHaveLength(1);
    expect(rebuilds.status()).toMatchObject({
      building: false,
      pending: false,
      builds: 1,
      lastError: null,
      lastBuild: { durationMs: 5000, reasons: ['entry.publish service-page x5', 'entry.unpublish alert-banner'] },
    });
    expect(live()).toBe('build 1');
  });

  it('starts at most 10 s after the first request, however long the requests keep coming', async () => {
    const { site, build } = fakeSite(100);
    const rebuilds = worker(build);
    for (let i = 0; i < 25; i += 1) {
      rebuilds.request('entry.update service-page');
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(site.started[0]).toBe(T0 + 10_000);
    // The first request the first build missed came at 10 s, while it ran.
    expect(site.started[1]).toBe(T0 + 20_000);
  });

  it('never runs two builds at once, and serves requests made during a build with exactly one more', async () => {
    const { site, build } = fakeSite(5000);
    const rebuilds = worker(build);
    rebuilds.request('entry.publish service-page');
    await vi.advanceTimersByTimeAsync(1500 + 100);
    expect(rebuilds.status()).toMatchObject({ building: true, pending: false });
    for (let i = 0; i < 10; i += 1) {
      rebuilds.request('entry.publish service-area');
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(rebuilds.status()).toMatchObject({ building: true, pending: true });
    expect(site.running).toBe(1);
    const idle = rebuilds.idle();
    await vi.advanceTimersByTimeAsync(60_000);
    await idle;
    expect(site.mostAtOnce).toBe(1);
    expect(site.started).toHaveLength(2);
    // The follow-up waited for the first build to end (at 6.5 s), not for its own debounce alone.
    expect(site.started[1]).toBe(T0 + 6500);
    expect(rebuilds.status().lastBuild?.reasons).toEqual(['entry.publish service-area x10']);
    expect(live()).toBe('build 2');
  });

  it('keeps the last good site live when a build fails, and says why', async () => {
    const { site, build } = fakeSite(1000);
    const log = quietLog();
    const rebuilds = worker(build, log);
    rebuilds.request('entry.publish service-page');
    await vi.advanceTimersByTimeAsync(10_000);
    const good = builds.currentDir();

    site.failNext = '"astro build" exited with code 1\n--- last output ---\nservicePages[3].slug: Enter a slug';
    rebuilds.request('entry.publish service-page');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(builds.currentDir()).toBe(good);
    expect(live()).toBe('build 1');
    expect(readdirSync(path.join(root, 'builds'))).toEqual([path.basename(good ?? '')]);
    const status = rebuilds.status();
    expect(status.lastError?.message).toContain('servicePages[3].slug: Enter a slug');
    expect(status.lastBuild?.id).toBe(path.basename(good ?? ''));
    expect(log.error).toHaveBeenCalledOnce();
    expect(log.error.mock.calls[0]?.[0]).toMatch(
      /FAILED after 1\.0 s \(entry\.publish service-page\)\. The last good build stays live\.\n"astro build" exited/,
    );

    site.failNext = '';
    rebuilds.request('entry.publish service-page');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(rebuilds.status()).toMatchObject({ lastError: null, builds: 3 });
    expect(live()).toBe('build 3');
  });

  it('logs each good build with its id, time taken and reasons', async () => {
    const { build } = fakeSite(5200);
    const log = quietLog();
    const rebuilds = worker(build, log);
    rebuilds.request('entry.publish service-page');
    rebuilds.request('entry.publish service-page');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(log.info.mock.calls.map(([line]) => line)).toEqual([
      'build 20261123-090001-1 started (entry.publish service-page x2)',
      'build 20261123-090001-1 ok in 5.2 s (entry.publish service-page x2)',
    ]);
  });

  it('tells onLive about each build residents can see, and never about a failed one', async () => {
    const { site, build } = fakeSite();
    const onLive = vi.fn<(dir: string) => void>();
    const rebuilds = createRebuildWorker({ build, builds, log: quietLog(), onLive });
    rebuilds.request('first');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onLive).toHaveBeenCalledExactlyOnceWith(builds.currentDir());
    site.failNext = 'unknown block';
    rebuilds.request('second');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onLive).toHaveBeenCalledOnce();
  });

  it('is idle straight away when nothing was asked', async () => {
    const { build } = fakeSite();
    await expect(worker(build).idle()).resolves.toBeUndefined();
  });

  it('refuses a maximum wait shorter than the debounce', () => {
    const { build } = fakeSite();
    expect(() => createRebuildWorker({ build, builds, debounceMs: 2000, maxWaitMs: 1000 })).toThrow(
      'maxWaitMs (1000) must not be shorter than debounceMs (2000)',
    );
  });
});
