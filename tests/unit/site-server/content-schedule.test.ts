import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createContentSchedule, SCHEDULED_REASON } from '../../../site/server/content-schedule';
import { PRIVATE_DIR } from '../../../site/server/security-headers';

let dir: string;
const log = { info: vi.fn(), error: vi.fn() };
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-23T09:00:00.000Z') });
  dir = mkdtempSync(path.join(tmpdir(), 'doorstep-schedule-'));
  mkdirSync(path.join(dir, PRIVATE_DIR));
  log.info.mockClear();
  log.error.mockClear();
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

function writeInfo(nextChangeAt: string | null, nextChangeReason?: string) {
  writeFileSync(
    path.join(dir, PRIVATE_DIR, 'build-info.json'),
    JSON.stringify({ builtAt: '2026-11-23T09:00:00.000Z', nextChangeAt, nextChangeReason }),
  );
}

describe('the content schedule', () => {
  it('asks for a rebuild just after the next banner starts or ends', () => {
    const request = vi.fn();
    writeInfo('2026-11-23T09:30:00.000Z');
    const schedule = createContentSchedule({ request, log });
    schedule.watch(dir);
    expect(schedule.next()?.toISOString()).toBe('2026-11-23T09:30:01.000Z');
    vi.advanceTimersByTime(30 * 60 * 1000);
    expect(request).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(request).toHaveBeenCalledExactlyOnceWith(SCHEDULED_REASON);
    expect(schedule.next()).toBeNull();
  });

  it('rebuilds at midnight for the verge pages, saying why, when the build asks', () => {
    const request = vi.fn();
    writeInfo('2026-11-24T00:00:00.000Z', 'a new day for verge cuts');
    const schedule = createContentSchedule({ request, log });
    schedule.watch(dir);
    expect(log.info).toHaveBeenCalledWith(expect.stringContaining('(a new day for verge cuts)'));
    vi.advanceTimersByTime(15 * 60 * 60 * 1000 + 1000);
    expect(request).toHaveBeenCalledExactlyOnceWith('a new day for verge cuts');
  });

  it('replaces the timer when a newer build goes live, so one change means one rebuild', () => {
    const request = vi.fn();
    const schedule = createContentSchedule({ request, log });
    writeInfo('2026-11-23T10:00:00.000Z');
    schedule.watch(dir);
    writeInfo('2026-11-23T09:10:00.000Z');
    schedule.watch(dir);
    vi.advanceTimersByTime(2 * 60 * 60 * 1000);
    expect(request).toHaveBeenCalledOnce();
  });

  it('waits beyond what setTimeout allows by checking again, without rebuilding early', () => {
    const request = vi.fn();
    writeInfo('2027-02-01T09:00:00.000Z');
    const schedule = createContentSchedule({ request, log });
    schedule.watch(dir);
    vi.advanceTimersByTime(30 * 24 * 60 * 60 * 1000);
    expect(request).not.toHaveBeenCalled();
    vi.setSystemTime(new Date('2027-02-01T09:00:01.000Z'));
    vi.advanceTimersByTime(40 * 24 * 60 * 60 * 1000);
    expect(request).toHaveBeenCalledOnce();
  });

  it('schedules nothing when no banner will change, and says so when the file is unreadable', () => {
    const request = vi.fn();
    const schedule = createContentSchedule({ request, log });
    writeInfo(null);
    schedule.watch(dir);
    expect(schedule.next()).toBeNull();
    writeFileSync(path.join(dir, PRIVATE_DIR, 'build-info.json'), '{"builtAt": 1');
    schedule.watch(dir);
    expect(log.error).toHaveBeenCalledWith(expect.stringContaining('cannot read build-info.json'));
    vi.runAllTimers();
    expect(request).not.toHaveBeenCalled();
  });
});
