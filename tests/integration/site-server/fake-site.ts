/**
 * A stand-in for an Astro build (no Astro, no CMS): a few pages naming their build
 * number at the start and the end, padded so that a torn or mixed file would show.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const PADDING = 'Bramblewick Borough Council. '.repeat(8000);

export function writeFakeSite(outDir: string, n: number): void {
  const page = (title: string) =>
    `<!doctype html><title>${title}</title><p>build ${n}</p><!--${PADDING}--><p>end ${n}</p>`;
  writeFileSync(path.join(outDir, 'index.html'), page('Home'));
  writeFileSync(path.join(outDir, '404.html'), page('Page not found'));
  writeFileSync(path.join(outDir, 'style.css'), 'body { color: #0b0c0c; }');
  // As the build's precompress integration writes: a gzip copy beside a text file.
  writeFileSync(path.join(outDir, 'style.css.gz'), gzipSync(`body { color: #0b0c0c; } /* build ${n} */`));
  mkdirSync(path.join(outDir, 'bins'));
  writeFileSync(path.join(outDir, 'bins', 'index.html'), page('Bins'));
  mkdirSync(path.join(outDir, '_astro'));
  writeFileSync(path.join(outDir, '_astro', 'app.Ab12Cd.js'), 'export {};');
  // A form whose hidden question a link can fill in (site/server/answered-pages.ts).
  mkdirSync(path.join(outDir, 'forms', 'report-a-verge-problem'), { recursive: true });
  writeFileSync(
    path.join(outDir, 'forms', 'report-a-verge-problem', 'index.html'),
    '<!doctype html><title>Report a verge problem</title><form>' +
      '<input type="hidden" id="f-verge-reference" name="verge-reference" value="" data-prefill="verge-reference">' +
      '<input class="govuk-input" id="f-street" name="street" type="text" value="" data-prefill="street">' +
      '<input class="govuk-input" id="f-email" name="email" type="email" value=""></form>',
  );
  // What the build keeps for the server alone (site/src/integrations/served-files.ts).
  mkdirSync(path.join(outDir, '.doorstep'));
  writeFileSync(
    path.join(outDir, '.doorstep', 'headers.json'),
    JSON.stringify({ scriptHashes: [FAKE_SCRIPT_HASH], styleHashes: [], imageSources: [] }),
  );
  writeFileSync(
    path.join(outDir, '.doorstep', 'redirects.json'),
    JSON.stringify({ '/services/old-address/': '/bins/', '/elsewhere/': '//evil.example/' }),
  );
  writeFileSync(
    path.join(outDir, '.doorstep', 'build-info.json'),
    JSON.stringify({ builtAt: new Date().toISOString(), nextChangeAt: null, nextChangeReason: null }),
  );
}

export const FAKE_SCRIPT_HASH = 'sha256-AbCdEfGh0123456789+/AbCdEfGh0123456789AbCdE=';

/** The build a page came from, or a description of what is wrong with the answer. */
export function checkPage(status: number, body: string): { build: string } | { problem: string } {
  const start = /<p>build (\d+)<\/p>/.exec(body)?.[1];
  const end = /<p>end (\d+)<\/p>$/.exec(body)?.[1];
  if (status === 200 && start && start === end && body.includes(PADDING)) return { build: start };
  return { problem: `${status}, build ${start} to ${end}, ${body.length} characters` };
}
