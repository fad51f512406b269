import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareIds } from '../../../site/server/build-ids';
import { createBuilds } from '../../../site/server/builds';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'doorstep-builds-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A clock that only moves when told to, so ids are predictable. */
function clock(start = '2026-11-23T09:37:12.000Z') {
  let at = new Date(start).getTime();
  return { now: () => new Date(at), set: (iso: string) => (at = new Date(iso).getTime()) };
}

function built(dir: string, text: string): string {
  writeFileSync(path.join(dir, 'index.html'), text);
  return dir;
}

describe('build folders', () => {
  it('are new, empty and named by UTC time stamp and counter', () => {
    const time = clock();
    const builds = createBuilds({ root, now: time.now });
    const first = builds.createBuildDir();
    const second = builds.createBuildDir();
    time.set('2026-11-23T09:37:13.000Z');
    const third = builds.createBuildDir();
    expect([first, second, third].map((dir) => path.basename(dir))).toEqual([
      '20261123-093712-1',
      '20261123-093712-2',
      '20261123-093713-1',
    ]);
    expect(readdirSync(first)).toEqual([]);
    expect(builds.list()).toEqual(['20261123-093712-1', '20261123-093712-2', '20261123-093713-1']);
  });

  it('keep counting up when the clock steps back, so pruning still removes the oldest', () => {
    const time = clock('2026-11-23T10:00:00.000Z');
    const builds = createBuilds({ root, now: time.now });
    builds.createBuildDir();
    time.set('2026-11-23T09:00:00.000Z');
    expect(path.basename(builds.createBuildDir())).toBe('20261123-100000-2');
  });

  it('sort by counter as a number', () => {
    expect(['20261123-093712-10', '20261123-093712-9', '20261122-235959-11'].sort(compareIds)).toEqual([
      '20261122-235959-11',
      '20261123-093712-9',
      '20261123-093712-10',
    ]);
  });
});

describe('promote', () => {
  it('points current at the build, replacing the link rather than deleting it', () => {
    const builds = createBuilds({ root });
    expect(builds.currentDir()).toBeNull();
    const first = built(builds.createBuildDir(), 'one');
    builds.promote(first);
    expect(builds.currentDir()).toBe(first);
    const second = built(builds.createBuildDir(), 'two');
    builds.promote(second);
    const link = path.join(root, 'current');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(path.join('builds', path.basename(second)));
    expect(builds.currentDir()).toBe(second);
    // Only `builds` and `current`: no temporary links left behind.
    expect(readdirSync(root).sort()).toEqual(['builds', 'current']);
  });

  it('keeps the newest builds and deletes the rest', () => {
    const builds = createBuilds({ root, keep: 3 });
    const dirs: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      dirs.push(built(builds.createBuildDir(), `build ${index}`));
      builds.promote(dirs[index] ?? '');
    }
    expect(builds.list()).toEqual(dirs.slice(2).map((dir) => path.basename(dir)));
    expect(builds.currentDir()).toBe(dirs[4]);
  });

  it('never deletes the live build, even when rolling back to an old one', () => {
    const builds = createBuilds({ root, keep: 2 });
    const dirs = Array.from({ length: 4 }, (_, index) => built(builds.createBuildDir(), `build ${index}`));
    builds.promote(dirs[0] ?? '');
    expect(builds.currentDir()).toBe(dirs[0]);
    expect(builds.list()).toEqual([dirs[0], dirs[2], dirs[3]].map((dir) => path.basename(dir ?? '')));
  });

  it('refuses folders that are not its builds', () => {
    const builds = createBuilds({ root });
    const elsewhere = path.join(root, 'elsewhere');
    mkdirSync(elsewhere);
    expect(() => builds.promote(elsewhere)).toThrow(/is not a build folder under/);
    expect(() => builds.promote(path.join(root, 'builds', '..', 'elsewhere'))).toThrow(/is not a build folder under/);
  });

  it('says so when current is a real folder it cannot replace', () => {
    mkdirSync(path.join(root, 'current'));
    writeFileSync(path.join(root, 'current', 'index.html'), 'hand made');
    const builds = createBuilds({ root });
    expect(() => builds.promote(builds.createBuildDir())).toThrow(/could not be replaced/);
    expect(readdirSync(root).sort()).toEqual(['builds', 'current']);
  });
});

describe('discard', () => {
  it('deletes a failed build but never the live one', () => {
    const builds = createBuilds({ root });
    const live = built(builds.createBuildDir(), 'live');
    builds.promote(live);
    const failed = built(builds.createBuildDir(), 'half');
    builds.discard(failed);
    expect(existsSync(failed)).toBe(false);
    expect(() => builds.discard(live)).toThrow(/is the live build/);
    expect(builds.currentDir()).toBe(live);
  });
});
