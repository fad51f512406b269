import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bramblewick } from '@doorstep/demo';
import { loadCouncil } from '../../../cms/src/council/load';
import { createAstroBuild } from '../../../site/server/astro-build';
import type { Figure, VergeMeasure } from '../verge-bench';
import { downloadFigures } from './bytes';
import { listFiles } from './files';
import { startNoVergesProxy } from './no-verges-proxy';
import { searchFigures } from './search';

/**
 * The site's verge figures at the benchmark's scale: the demo council's content
 * (without its own demo verges) is added to the CMS holding the imported verges,
 * and the real site is built twice, side by side: once as it is, once through a
 * proxy that reports no verges. The difference is the build time the verge pages
 * add; the build with verges is then measured for downloads and search.
 */
const seconds = (since: number) => (performance.now() - since) / 1000;

async function timedBuild(cmsUrl: string): Promise<{ dir: string; seconds: number; pages: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'doorstep-bench-verge-site-'));
  const started = performance.now();
  await createAstroBuild({ cmsUrl, timeoutMs: 1_800_000 })(dir);
  const elapsed = seconds(started);
  const pages = listFiles(dir).filter((file) => file.endsWith('.html')).length;
  return { dir, seconds: elapsed, pages };
}

export const vergeSiteMeasure: VergeMeasure = async ({ cms, count }) => {
  await loadCouncil(cms.strapi, bramblewick, { verges: false });
  const proxy = await startNoVergesProxy(cms.url);
  const dirs: string[] = [];
  try {
    const without = await timedBuild(proxy.url);
    dirs.push(without.dir);
    const withVerges = await timedBuild(cms.url);
    dirs.push(withVerges.dir);
    // The JSON files, not the gzip copies the build writes beside them.
    const data = listFiles(path.join(withVerges.dir, 'verges/data')).filter((file) => file.endsWith('.json'));
    const dataBytes = data.reduce((sum, file) => sum + statSync(file).size, 0);
    const largest = Math.max(...data.map((file) => statSync(file).size));
    const figures: Figure[] = [
      { name: 'site build without verges', value: `${without.seconds.toFixed(1)} s`, note: `${without.pages} pages` },
      {
        name: `site build with ${count.toLocaleString('en-GB')} verges`,
        value: `${withVerges.seconds.toFixed(1)} s`,
        note: `${withVerges.pages} pages`,
      },
      {
        name: 'build time added by the verge pages',
        value: `${(withVerges.seconds - without.seconds).toFixed(1)} s`,
        note: `${withVerges.pages - without.pages} more pages, ${data.length} data files (${(dataBytes / 1e6).toFixed(1)} MB, largest ${(largest / 1024).toFixed(0)} KB)`,
      },
      ...downloadFigures(withVerges.dir),
      ...(await searchFigures(withVerges.dir)),
    ];
    return figures;
  } finally {
    await proxy.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
};
