/**
 * Swaps made by another process while residents keep asking for pages: the `current`
 * link is replaced by rename(2), so every answer is one whole page of one build.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBuilds } from '../../../site/server/builds';
import { createSiteServer } from '../../../site/server/http';
import { createRebuildWorker } from '../../../site/server/rebuild-worker';
import { REPO_ROOT } from '../../../scripts/lib/cms/paths';
import { readPagesUntil } from './client';
import { writeFakeSite } from './fake-site';

let root: string;
let server: Server;
let base: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'doorstep-swaps-'));
  const builds = createBuilds({ root, keep: 2 });
  const first = builds.createBuildDir();
  writeFakeSite(first, 0);
  builds.promote(first);
  const log = { info: () => {}, error: () => {} };
  const worker = createRebuildWorker({ build: (dir) => Promise.resolve(writeFakeSite(dir, -1)), builds, log });
  server = createSiteServer({
    builds,
    worker,
    cmsUrl: 'http://127.0.0.1:9',
    webhookSecret: 'bramblewick-rebuild-secret',
    log,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

function swapFromAnotherProcess(count: number, pauseMs: number): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'swapper.ts'), root, String(count), String(pauseMs)],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`swapper exited with ${code}`))));
  });
}

it('never gives a resident an error, a torn page or a mix of two builds', async () => {
  const { problems, seen, requests } = await readPagesUntil(base, swapFromAnotherProcess(60, 5));
  expect(problems).toEqual([]);
  expect(requests).toBeGreaterThan(200);
  // Residents saw many different builds, so the swaps really happened under their feet.
  expect(seen.size).toBeGreaterThan(10);
});
