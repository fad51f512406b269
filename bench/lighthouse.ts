/**
 * `npm run bench:lighthouse`: Lighthouse 12 (mobile: a mid-range phone on a slow 4G
 * link, simulated) on the four templates residents use most, built from the seeded
 * demo council and served by the live site server with its real headers. Prints the
 * four categories and cumulative layout shift, the median of RUNS runs each.
 * Goals (issue 12): CLS under 0.1 on every template; performance 95 or more.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { createAstroBuild } from '../site/server/astro-build';
import { createSiteServer } from '../site/server/http';
import compileCms from '../scripts/lib/cms/compile';
import { startCms } from '../scripts/lib/cms/throwaway';
import { CHROMIUM_PATH } from '../tests/support/chromium';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TEMPLATES: Array<[string, string]> = [
  ['home', '/'],
  ['service page (level 1, with banners)', '/services/report-a-missed-bin/'],
  ['web form', '/forms/report-a-missed-bin/'],
  ['verge search and map', '/verges/'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Scores {
  categories: Record<(typeof CATEGORIES)[number], number>;
  cls: number;
  lcp: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

await compileCms();
const cms = await startCms({ seed: true });
const outDir = mkdtempSync(path.join(os.tmpdir(), 'doorstep-bench-lighthouse-'));
const server = createSiteServer({
  builds: { currentDir: () => outDir, currentLink: outDir },
  worker: {
    request: () => {},
    status: () => ({ building: false, pending: false, lastBuild: null, lastError: null, builds: 0 }),
  },
  webhookSecret: 'bench-lighthouse-secret-not-used',
  cmsUrl: cms.url,
  log: { info: () => {}, error: (message) => console.error(message) },
});
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  await createAstroBuild({ cmsUrl: cms.url, timeoutMs: 300_000 })(outDir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const rows: Array<{ name: string; url: string; scores: Scores }> = [];
  for (const [name, url] of TEMPLATES) {
    const runs: Scores[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const result = await lighthouse(`${base}${url}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const lhr = result!.lhr;
      runs.push({
        categories: Object.fromEntries(
          CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
        ) as Scores['categories'],
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
        lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
      });
    }
    rows.push({
      name,
      url,
      scores: {
        categories: Object.fromEntries(
          CATEGORIES.map((category) => [category, median(runs.map((run) => run.categories[category]))]),
        ) as Scores['categories'],
        cls: median(runs.map((run) => run.cls)),
        lcp: median(runs.map((run) => run.lcp)),
      },
    });
  }
  console.log(`\nLighthouse 12, mobile, median of ${RUNS} runs\n`);
  console.log('| Template | Performance | Accessibility | Best practices | SEO | CLS | LCP |');
  console.log('|---|---|---|---|---|---|---|');
  for (const { name, url, scores } of rows) {
    const { performance, accessibility, seo } = scores.categories;
    console.log(
      `| ${name} (${url}) | ${performance} | ${accessibility} | ${scores.categories['best-practices']} | ${seo} | ${scores.cls.toFixed(3)} | ${(scores.lcp / 1000).toFixed(1)} s |`,
    );
  }
  const misses = rows.filter((row) => row.scores.cls >= 0.1 || row.scores.categories.performance < 95);
  if (misses.length > 0)
    console.log(`\nGoal missed on: ${misses.map((row) => row.url).join(', ')} (CLS under 0.1, performance 95 or more)`);
} finally {
  chrome.kill();
  server.close();
  rmSync(outDir, { recursive: true, force: true });
  await cms.stop();
}
