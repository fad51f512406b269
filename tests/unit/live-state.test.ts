import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { siteStatusUrl } from '../../cms/src/live-status/site-status';
import { liveState, type SiteStatus } from '../../cms/src/live-status/state';

/** Publish to live (cms/src/live-status): where a publish stands, from the live site server's status. */
const PUBLISHED = '2027-01-05T09:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(PUBLISHED) + seconds * 1000).toISOString();
const idle: SiteStatus = { building: false, pending: false, lastBuild: null, lastError: null };
const build = (startS: number, endS: number) => ({ startedAt: at(startS), finishedAt: at(endS) });

describe('liveState', () => {
  it('is live once a build that started after the publish has finished, since it finished', () => {
    expect(liveState(PUBLISHED, { ...idle, lastBuild: build(1, 20) })).toEqual({
      state: 'live',
      publishedAt: PUBLISHED,
      since: at(20),
    });
    // A later failed build does not take it off: the good build that has it is still live.
    expect(liveState(PUBLISHED, { ...idle, lastBuild: build(1, 20), lastError: { at: at(60) } }).state).toBe('live');
  });

  it('is on its way while the site builds or has been asked to, after a build from before the publish', () => {
    expect(liveState(PUBLISHED, { ...idle, lastBuild: build(-30, -1), building: true })).toMatchObject({
      state: 'publishing',
      building: true,
    });
    expect(liveState(PUBLISHED, { ...idle, pending: true })).toMatchObject({ state: 'publishing', building: false });
  });

  it('is waiting when no build has started since, and failed when the build since failed', () => {
    expect(liveState(PUBLISHED, { ...idle, lastBuild: build(-30, -1) }).state).toBe('waiting');
    expect(liveState(PUBLISHED, { ...idle, lastBuild: build(-30, -1), lastError: { at: at(-5) } }).state).toBe(
      'waiting',
    );
    expect(
      liveState(PUBLISHED, { ...idle, lastBuild: build(-30, -1), lastError: { at: at(40), message: 'x'.repeat(900) } }),
    ).toEqual({ state: 'failed', publishedAt: PUBLISHED, at: at(40), message: 'x'.repeat(300) });
  });

  it('is not published without a published version, whatever the site does', () => {
    expect(liveState(null, { ...idle, building: true, lastBuild: build(1, 2) })).toEqual({ state: 'not-published' });
  });

  it('says live exactly when the last good build started at or after the publish', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -3600, max: 3600 }),
        fc.boolean(),
        fc.boolean(),
        fc.option(fc.integer({ min: -3600, max: 3600 })),
        (startS, building, pending, errorS) => {
          const state = liveState(PUBLISHED, {
            building,
            pending,
            lastBuild: build(startS, startS + 30),
            lastError: errorS === null ? null : { at: at(errorS) },
          });
          expect(state.state === 'live').toBe(startS >= 0);
        },
      ),
    );
  });
});

describe('siteStatusUrl', () => {
  it('is the status beside the rebuild webhook, and only with its secret', () => {
    const env = { REBUILD_WEBHOOK_URL: 'http://127.0.0.1:4321/__doorstep/rebuild', REBUILD_SECRET: 's'.repeat(32) };
    expect(siteStatusUrl(env)).toBe('http://127.0.0.1:4321/__doorstep/status');
    expect(siteStatusUrl({ ...env, REBUILD_SECRET: undefined })).toBeNull();
    expect(siteStatusUrl({ REBUILD_SECRET: 'x' })).toBeNull();
    expect(siteStatusUrl({ ...env, REBUILD_WEBHOOK_URL: 'not a url' })).toBeNull();
  });
});
