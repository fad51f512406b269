/**
 * Rebuilds the live site when content changes, one build at a time.
 *
 * Publishing several entries at once (bulk publish, a script) fires a webhook each,
 * milliseconds apart. So requests are debounced: a build starts
 * `debounceMs` after the last request, but never later than `maxWaitMs` after the
 * first request it will serve, so a steady trickle cannot starve the site. Builds never
 * overlap: requests during a build are served by exactly one build after it.
 */
import path from 'node:path';
import type { Builds } from './builds';
import { ReasonTally } from './reasons';

export interface WorkerLog {
  info(message: string): void;
  error(message: string): void;
}

export interface RebuildWorkerOptions {
  /** Writes a complete static site into `outDir`; rejects (with the build's output in the message) on failure. */
  build: (outDir: string) => Promise<void>;
  builds: Pick<Builds, 'createBuildDir' | 'promote' | 'discard'>;
  debounceMs?: number;
  maxWaitMs?: number;
  log?: WorkerLog;
  /** Called with a build's folder once residents see it. */
  onLive?: (buildDir: string) => void;
}

export interface BuildSummary {
  id: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  reasons: string[];
}

export interface WorkerStatus {
  building: boolean;
  /** Requests received that no finished or running build has served yet. */
  pending: boolean;
  /** The build residents see now, if this worker made it. */
  lastBuild: BuildSummary | null;
  /** Why newer content is not live: set by a failed build, cleared by the next good one. */
  lastError: { at: string; message: string } | null;
  /** Builds run since the worker started, good or failed. */
  builds: number;
}

export interface RebuildWorker {
  request(reason: string): void;
  /** Resolves once nothing is waiting, scheduled or building. */
  idle(): Promise<void>;
  status(): WorkerStatus;
}

export function createRebuildWorker(options: RebuildWorkerOptions): RebuildWorker {
  const { build, builds, debounceMs = 500, maxWaitMs = 10_000, log = console, onLive } = options;
  if (maxWaitMs < debounceMs)
    throw new Error(`maxWaitMs (${maxWaitMs}) must not be shorter than debounceMs (${debounceMs})`);
  let pending = new ReasonTally();
  let firstRequestAt = 0;
  let lastRequestAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let building = false;
  let buildCount = 0;
  let lastBuild: BuildSummary | null = null;
  let lastError: WorkerStatus['lastError'] = null;
  let waiters: Array<() => void> = [];

  function request(reason: string): void {
    const now = Date.now();
    if (pending.isEmpty()) firstRequestAt = now;
    lastRequestAt = now;
    pending.add(reason);
    // During a build the request just waits: `schedule` runs again when the build ends.
    if (!building) schedule();
  }

  function schedule(): void {
    clearTimeout(timer);
    timer = undefined;
    const delay = Math.min(lastRequestAt + debounceMs, firstRequestAt + maxWaitMs) - Date.now();
    // Already due (requests waited out a long build): start now, not a timer tick later.
    if (delay <= 0) return void runBuild();
    timer = setTimeout(() => {
      timer = undefined;
      void runBuild();
    }, delay);
  }

  async function runBuild(): Promise<void> {
    building = true;
    buildCount += 1;
    const reasons = pending.summary();
    pending = new ReasonTally();
    const started = Date.now();
    let dir: string | undefined;
    try {
      dir = builds.createBuildDir();
      log.info(`build ${path.basename(dir)} started (${reasons.join(', ')})`);
      await build(dir);
      builds.promote(dir);
      const finished = Date.now();
      lastBuild = {
        id: path.basename(dir),
        startedAt: iso(started),
        finishedAt: iso(finished),
        durationMs: finished - started,
        reasons,
      };
      lastError = null;
      log.info(`build ${lastBuild.id} ok in ${seconds(lastBuild.durationMs)} (${reasons.join(', ')})`);
      onLive?.(dir);
    } catch (error) {
      fail(dir, started, reasons, error);
    } finally {
      building = false;
      if (pending.isEmpty()) settle();
      else schedule();
    }
  }

  function fail(dir: string | undefined, started: number, reasons: string[], error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    lastError = { at: iso(Date.now()), message };
    const id = dir ? path.basename(dir) : '(no folder)';
    log.error(
      `build ${id} FAILED after ${seconds(Date.now() - started)} (${reasons.join(', ')}). ` +
        `The last good build stays live.\n${message}`,
    );
    if (!dir) return;
    try {
      builds.discard(dir);
    } catch (discardError) {
      log.error(`could not delete the failed build ${id}: ${String(discardError)}`);
    }
  }

  function settle(): void {
    const resolved = waiters;
    waiters = [];
    for (const resolve of resolved) resolve();
  }

  return {
    request,
    idle: () => (!building && pending.isEmpty() ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
    status: () => ({ building, pending: !pending.isEmpty(), lastBuild, lastError, builds: buildCount }),
  };
}

const iso = (ms: number) => new Date(ms).toISOString();
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
