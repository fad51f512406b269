/**
 * `npm run bench:build`: site build throughput at 1,000 and 5,000 service pages,
 * against bare Astro building the same number of trivial pages in the same run on
 * the same machine. Doorstep's figure is the whole build the live server runs:
 * fetching every entry over GraphQL, validating it, rendering and indexing for search.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCouncil } from '../cms/src/council/load';
import { bramblewick, generateServicePages } from '@doorstep/demo';
import { createAstroBuild } from '../site/server/astro-build';
import { runCaptured } from '../site/server/run-captured';
import compileCms from '../scripts/lib/cms/compile';
import { startCms } from '../scripts/lib/cms/throwaway';
import { REPO_ROOT } from '../scripts/lib/cms/paths';
import { RUNS_DIR } from './lib/harness';

const SIZES = (process.env.BENCH_BUILD_PAGES ?? '1000,5000').split(',').map(Number);
const DEMO_PAGES = 60;
const ASTRO = path.join(REPO_ROOT, 'node_modules/astro/astro.js');

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
}

/** A bare Astro project: one route, `pages` trivial pages, no integrations. */
async function bareAstroBuild(pages: number): Promise<number> {
  const root = path.join(RUNS_DIR, 'bare-astro');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'src/pages'), { recursive: true });
  writeFileSync(
    path.join(root, 'astro.config.mjs'),
    `export default { output: 'static', outDir: './dist', telemetry: false, trailingSlash: 'always' };\n`,
  );
  writeFileSync(
    path.join(root, 'src/pages/[n].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } }));
}
const { n } = Astro.params;
---
<!doctype html><html lang="en"><head><title>Page {n}</title></head><body><h1>Page {n}</h1><p>Trivial page {n}.</p></body></html>
`,
  );
  const started = performance.now();
  await runCaptured(process.execPath, [ASTRO, 'build'], { cwd: root, env: {}, timeoutMs: 1_200_000 });
  const seconds = (performance.now() - started) / 1000;
  const built = countHtml(path.join(root, 'dist'));
  if (built !== pages) throw new Error(`bare Astro built ${built} pages, expected ${pages}`);
  return seconds;
}

await compileCms();
const rows: string[] = [];
for (const size of SIZES) {
  const cms = await startCms({ seed: true });
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'doorstep-bench-build-'));
  try {
    await loadCouncil(cms.strapi, bramblewick, {
      extraServicePages: generateServicePages(size - DEMO_PAGES, { prefix: 'bench' }),
    });
    const started = performance.now();
    await createAstroBuild({ cmsUrl: cms.url, timeoutMs: 1_200_000 })(outDir);
    const ours = (performance.now() - started) / 1000;
    const pages = countHtml(outDir);
    const bare = await bareAstroBuild(pages);
    const row = `| ${size} | ${pages} | ${ours.toFixed(1)} s | ${(pages / ours).toFixed(0)} | ${bare.toFixed(1)} s | ${(pages / bare).toFixed(0)} | ${(pages / ours / (pages / bare)).toFixed(2)}x |`;
    console.log(row);
    rows.push(row);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    await cms.stop();
  }
}
console.log(
  '\n| Service pages | HTML pages | Doorstep build | Doorstep pages/s | Bare Astro build | Bare Astro pages/s | Ratio |',
);
console.log('|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
