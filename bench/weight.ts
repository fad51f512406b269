/**
 * `npm run bench:weight`: what each template makes a resident download, built from
 * the seeded demo council. CSS and JavaScript together must stay within 30 KB
 * gzipped per page (GOV.UK Frontend alone is about 26 KB), and the verge map page
 * (its island: React and Leaflet) within the map's 200 KB; the baseline printed
 * alongside is GOV.UK Frontend's own precompiled CSS and JS, as a team would ship
 * it without choosing components.
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createAstroBuild } from '../site/server/astro-build';
import compileCms from '../scripts/lib/cms/compile';
import { startCms } from '../scripts/lib/cms/throwaway';
import { slugify } from '@doorstep/domain';
import { generateVerges } from '@doorstep/demo';
import { islandScripts } from './lib/verge-site/files';

const BUDGET = 30 * 1024;
/** Pages with an island carry React (the form runner, the verge map with Leaflet): the map's budget. */
const ISLAND_BUDGET = 200 * 1024;
/** The home page, signed out (issue 16): the personal panel's script comes on top, within 10 KB. */
const HOME_BUDGET = 15 * 1024;
const firstVerge = generateVerges({ count: 1, asOf: '2026-07-15' })[0]!.verge;
const streetPage = `/verges/streets/${slugify(`${firstVerge.streetName} ${firstVerge.locality}`.replace(/['’]/g, ''))}/`;
const TEMPLATES: Array<[string, string, number?]> = [
  ['home', '/', HOME_BUDGET],
  ['service area', '/areas/waste-and-recycling/'],
  ['service page, level 0', '/services/food-banks-and-community-pantries/'],
  ['service page, level 1', '/services/report-a-missed-bin/'],
  ['service page, level 2', '/services/apply-for-a-dropped-kerb/'],
  ['service page, level 3', '/services/become-a-foster-carer/'],
  ['levels of support', '/support-levels/'],
  ['one level', '/support-levels/level-1/'],
  ['community hubs', '/community-hubs/'],
  ['one hub', '/community-hubs/kestrel-vale-community-centre/'],
  ['contact us', '/contact-us/'],
  ['A to Z', '/a-z/'],
  ['information page', '/accessibility-statement/'],
  ['search', '/search/'],
  ['404', '/404.html'],
  ['verge street page', streetPage],
  ['verge search and map', '/verges/', ISLAND_BUDGET],
  ['web form (form runner island)', '/forms/report-a-missed-bin/', ISLAND_BUDGET],
];

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

await compileCms();
const cms = await startCms({ seed: true });
const outDir = mkdtempSync(path.join(os.tmpdir(), 'doorstep-bench-weight-'));
try {
  await createAstroBuild({ cmsUrl: cms.url, timeoutMs: 300_000 })(outDir);
  const fileOf = (url: string) => path.join(outDir, url.endsWith('/') ? `${url}index.html` : url);
  const rows = TEMPLATES.map(([name, url, budget = BUDGET]) => {
    const html = readFileSync(fileOf(url), 'utf8');
    const assets = [
      ...[
        ...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
        ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
      ].map((match) => match[1]!),
      // An island's JavaScript is loaded by its <astro-island>, not a <script src>.
      ...islandScripts(outDir, path.relative(outDir, fileOf(url))),
    ].map((asset) => readFileSync(path.join(outDir, asset)));
    // Inline scripts count too (not JSON-LD, which is data).
    const inline = [
      ...html.matchAll(/<script(?![^>]*application\/ld\+json)(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g),
    ].map((match) => match[1]!);
    const cssJs = assets.reduce((sum, asset) => sum + gz(asset), 0) + inline.reduce((sum, code) => sum + gz(code), 0);
    return { name, url, html: gz(html), cssJs, budget, ok: cssJs <= budget };
  });

  const require = createRequire(import.meta.url);
  const govukDir = path.dirname(require.resolve('govuk-frontend/package.json'));
  const govuk =
    gz(readFileSync(path.join(govukDir, 'dist/govuk/govuk-frontend.min.css'))) +
    gz(readFileSync(path.join(govukDir, 'dist/govuk/govuk-frontend.min.js')));
  const pagefind = ['pagefind/pagefind.js', 'pagefind/wasm.en-gb.pagefind']
    .map((file) => gz(readFileSync(path.join(outDir, file))))
    .reduce((a, b) => a + b, 0);

  console.log(`\nPage weight per template (gzip -9), budget ${kb(BUDGET)} for CSS + JavaScript\n`);
  console.log('| Template | HTML | CSS + JS | vs all of GOV.UK Frontend | Budget |');
  console.log('|---|---|---|---|---|');
  for (const row of rows) {
    console.log(
      `| ${row.name} (${row.url}) | ${kb(row.html)} | ${kb(row.cssJs)} | ${(row.cssJs / govuk).toFixed(2)}x | ${row.ok ? 'within' : 'OVER'}${row.budget === BUDGET ? '' : ` ${kb(row.budget)}`} |`,
    );
  }
  console.log(`\nBaseline: GOV.UK Frontend's precompiled CSS + JS, all components: ${kb(govuk)}`);
  console.log(
    `The search page also loads Pagefind when a search runs: ${kb(pagefind)} (pagefind.js + its WebAssembly)`,
  );
  if (rows.some((row) => !row.ok)) process.exitCode = 1;
} finally {
  rmSync(outDir, { recursive: true, force: true });
  await cms.stop();
}
