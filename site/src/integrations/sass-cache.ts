import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as sass from 'sass';
import type { Plugin } from 'vite';

/**
 * Compiling GOV.UK Frontend's Sass is a second or two of every build, and a rebuild
 * after an editor publishes changes content, not styles. Builds compile each stylesheet
 * once and keep the CSS with the list of files it was made from; the next build uses
 * it while every one of those files is unchanged, byte for byte.
 *
 * Builds only: `astro dev` keeps Vite's own Sass handling, which watches the partials.
 */
export function cachedSass({ cacheDir, loadPaths }: { cacheDir: string; loadPaths: string[] }): Plugin {
  const hash = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
  const writeAtomically = (file: string, data: string) => {
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  };

  /** The cached CSS for this stylesheet, if every file it was made from is unchanged. */
  const cached = (manifestFile: string): string | undefined => {
    try {
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
        css: string;
        sources: Record<string, string>;
      };
      const unchanged = Object.entries(manifest.sources).every(([file, digest]) => hash(readFileSync(file)) === digest);
      return unchanged ? path.join(cacheDir, manifest.css) : undefined;
    } catch {
      return undefined; // no cache yet, or a file it listed is gone
    }
  };

  return {
    name: 'doorstep:sass-cache',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('.scss') || !importer) return null;
      const stylesheet = path.resolve(path.dirname(importer), source);
      // Another Sass version or load path may compile the same files differently.
      const manifestFile = path.join(
        cacheDir,
        `${hash([stylesheet, sass.info, ...loadPaths].join('\n')).slice(0, 16)}.json`,
      );
      const hit = cached(manifestFile);
      if (hit) return hit;

      const result = await sass.compileAsync(stylesheet, { loadPaths, quietDeps: true, style: 'expanded' });
      const sources = Object.fromEntries(
        result.loadedUrls
          .filter((url) => url.protocol === 'file:')
          .map((url) => fileURLToPath(url))
          .map((file) => [file, hash(readFileSync(file))]),
      );
      const css = `${path.basename(stylesheet, '.scss')}.${hash(result.css).slice(0, 16)}.css`;
      mkdirSync(cacheDir, { recursive: true });
      writeAtomically(path.join(cacheDir, css), result.css);
      writeAtomically(manifestFile, JSON.stringify({ css, sources }));
      return path.join(cacheDir, css);
    },
  };
}
