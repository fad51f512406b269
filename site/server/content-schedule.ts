import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { WorkerLog } from './rebuild-worker';
import { PRIVATE_DIR } from './security-headers';

/**
 * A static page cannot show an alert banner at 9am unless it is rebuilt at 9am.
 * Each build writes `build-info.json` (kept private: nobody outside learns when a
 * banner starts) with the next moment its pages go stale (a
 * banner starts or ends; with verges, the next UK midnight, when cut dates move on)
 * and why; this scheduler asks the worker for a rebuild at that moment.
 */
export const BUILD_INFO_FILE = 'build-info.json';
export const SCHEDULED_REASON = 'an alert banner starts or ends';

const buildInfoSchema = z.object({
  builtAt: z.iso.datetime(),
  nextChangeAt: z.iso.datetime().nullable(),
  /** Builds from before verges did not say why; they only knew banners. */
  nextChangeReason: z.string().min(1).max(200).nullish(),
});

/** setTimeout cannot wait longer than this (about 24.8 days); a later change is re-checked then. */
const MAX_DELAY_MS = 2 ** 31 - 1;
/** Rebuild just after the moment, so the build's clock is past it. */
const GRACE_MS = 1000;

export interface ContentSchedule {
  /** Reads a build that just went live and sets the timer for its next change. */
  watch(buildDir: string): void;
  /** When the next scheduled rebuild will be asked for, if any. */
  next(): Date | null;
  stop(): void;
}

export function createContentSchedule(options: { request(reason: string): void; log: WorkerLog }): ContentSchedule {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let nextAt: Date | null = null;

  function clear(): void {
    clearTimeout(timer);
    timer = undefined;
    nextAt = null;
  }

  function watch(buildDir: string): void {
    clear();
    let info: z.infer<typeof buildInfoSchema>;
    try {
      info = buildInfoSchema.parse(JSON.parse(readFileSync(path.join(buildDir, PRIVATE_DIR, BUILD_INFO_FILE), 'utf8')));
    } catch (error) {
      options.log.error(`cannot read ${BUILD_INFO_FILE} in ${path.basename(buildDir)}: ${String(error)}`);
      return;
    }
    if (!info.nextChangeAt) return;
    const reason = info.nextChangeReason ?? SCHEDULED_REASON;
    const due = Date.parse(info.nextChangeAt) + GRACE_MS;
    const delay = Math.max(0, due - Date.now());
    nextAt = new Date(due);
    if (delay > MAX_DELAY_MS) {
      // Wake when setTimeout allows and look again; nothing is requested yet.
      timer = setTimeout(() => watch(buildDir), MAX_DELAY_MS);
      return;
    }
    options.log.info(`next scheduled rebuild at ${nextAt.toISOString()} (${reason})`);
    timer = setTimeout(() => {
      timer = undefined;
      nextAt = null;
      options.request(reason);
    }, delay);
  }

  return { watch, next: () => nextAt, stop: clear };
}
