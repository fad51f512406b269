/**
 * The live site's build folders, switched atomically.
 *
 *   <root>/builds/<id>/   one complete static build each
 *   <root>/current        symlink to builds/<id>, the one residents see
 *
 * `promote` points a fresh symlink at the new build and renames it over `current`.
 * rename(2) replaces the link in one step, so a request sees the old build or the new
 * one, never a half-written folder and never a missing `current`.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
} from 'node:fs';
import path from 'node:path';
import { compareIds, formatStamp, ID_PATTERN, nextId } from './build-ids';

export interface Builds {
  readonly root: string;
  /** The `current` symlink itself: paths through it follow each swap as it happens. */
  readonly currentLink: string;
  /** Creates an empty folder for the next build; its name is the build id. */
  createBuildDir(): string;
  /** Makes `dir` the live build, then deletes old builds beyond the newest `keep`. */
  promote(dir: string): void;
  /** Deletes a build that failed; refuses to delete the live one. */
  discard(dir: string): void;
  /** The live build's folder, or null before the first build. */
  currentDir(): string | null;
  /** Build ids on disk, oldest first. */
  list(): string[];
}

export interface BuildsOptions {
  root: string;
  /** Builds kept on disk, the live one included: the others are there to roll back to. */
  keep?: number;
  now?: () => Date;
}

export function createBuilds({ root, keep = 3, now = () => new Date() }: BuildsOptions): Builds {
  if (!Number.isInteger(keep) || keep < 1) throw new Error(`keep must be a whole number of at least 1, not ${keep}`);
  const buildsDir = path.join(path.resolve(root), 'builds');
  const currentLink = path.join(path.resolve(root), 'current');
  mkdirSync(buildsDir, { recursive: true });
  let tempCounter = 0;

  function list(): string[] {
    return readdirSync(buildsDir)
      .filter((name) => ID_PATTERN.test(name))
      .sort(compareIds);
  }

  function currentDir(): string | null {
    let target: string;
    try {
      target = readlinkSync(currentLink);
    } catch (error) {
      if (isCode(error, 'ENOENT')) return null;
      throw error;
    }
    const dir = path.resolve(path.dirname(currentLink), target);
    return existsSync(dir) ? dir : null;
  }

  /** Only folders directly under builds/ with a build id: never anything else on disk. */
  function ownBuild(dir: string, action: string): string {
    const id = path.basename(dir);
    if (path.resolve(dir) !== path.join(buildsDir, id) || !ID_PATTERN.test(id)) {
      throw new Error(`Cannot ${action} ${dir}: it is not a build folder under ${buildsDir}`);
    }
    return id;
  }

  function createBuildDir(): string {
    const latest = list().at(-1);
    let id = nextId(formatStamp(now()), latest);
    // Another process sharing the root may have taken the id: move on to the next.
    for (;;) {
      const dir = path.join(buildsDir, id);
      try {
        mkdirSync(dir);
        return dir;
      } catch (error) {
        if (!isCode(error, 'EEXIST')) throw error;
        id = nextId(formatStamp(now()), id);
      }
    }
  }

  function promote(dir: string): void {
    const id = ownBuild(dir, 'promote');
    if (!lstatSync(dir).isDirectory()) throw new Error(`Cannot promote ${dir}: it is not a folder`);
    // A relative target keeps the root movable (backups, container volumes).
    const temp = path.join(path.dirname(currentLink), `.current-${process.pid}-${++tempCounter}`);
    symlinkSync(path.join('builds', id), temp);
    try {
      renameSync(temp, currentLink);
    } catch (error) {
      unlinkSync(temp);
      throw new Error(`Cannot make ${id} live: ${currentLink} could not be replaced (${String(error)})`);
    }
    prune(id);
  }

  function prune(liveId: string): void {
    const ids = list();
    for (const id of ids.slice(0, Math.max(0, ids.length - keep))) {
      if (id !== liveId) rmSync(path.join(buildsDir, id), { recursive: true, force: true });
    }
  }

  function discard(dir: string): void {
    const id = ownBuild(dir, 'discard');
    if (currentDir() === path.join(buildsDir, id)) throw new Error(`Cannot discard ${id}: it is the live build`);
    rmSync(dir, { recursive: true, force: true });
  }

  return { root: path.resolve(root), currentLink, createBuildDir, promote, discard, currentDir, list };
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}
