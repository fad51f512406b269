/**
 * Run as its own process by swap-under-load.test.ts: makes and promotes `count` builds
 * in `root`, `pauseMs` apart, so the server sees swaps from outside its event loop.
 * Usage: node --import tsx swapper.ts <root> <count> <pauseMs>
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { createBuilds } from '../../../site/server/builds';
import { writeFakeSite } from './fake-site';

const [root = '', count = '0', pauseMs = '0'] = process.argv.slice(2);
const builds = createBuilds({ root, keep: 2 });
for (let n = 1; n <= Number(count); n += 1) {
  const dir = builds.createBuildDir();
  writeFakeSite(dir, n);
  builds.promote(dir);
  await sleep(Number(pauseMs));
}
