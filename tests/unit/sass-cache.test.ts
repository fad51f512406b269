import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedSass } from '../../site/src/integrations/sass-cache';

let dir: string;
const resolve = async (plugin: ReturnType<typeof cachedSass>) => {
  const hook = plugin.resolveId as (source: string, importer: string) => Promise<string | null>;
  return hook('./site.scss', path.join(dir, 'Page.astro'));
};

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'doorstep-sass-cache-'));
  writeFileSync(path.join(dir, '_colours.scss'), '$brand: #1d70b8;\n');
  writeFileSync(path.join(dir, 'site.scss'), "@use 'colours';\n.header { color: colours.$brand; }\n");
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('cached Sass', () => {
  it('compiles a stylesheet once and reuses the CSS while its files are unchanged', async () => {
    const plugin = cachedSass({ cacheDir: path.join(dir, 'cache'), loadPaths: [] });
    const first = await resolve(plugin);
    expect(readFileSync(first!, 'utf8')).toContain('color: #1d70b8');
    // A cache hit reads the CSS it kept: proven by changing the kept file by hand.
    writeFileSync(first!, '.kept { color: red; }\n');
    const second = await resolve(plugin);
    expect(second).toBe(first);
    expect(readFileSync(second!, 'utf8')).toBe('.kept { color: red; }\n');
  });

  it('compiles again when any file the stylesheet used has changed', async () => {
    const plugin = cachedSass({ cacheDir: path.join(dir, 'cache'), loadPaths: [] });
    const first = await resolve(plugin);
    writeFileSync(path.join(dir, '_colours.scss'), '$brand: #00703c;\n');
    const second = await resolve(plugin);
    expect(second).not.toBe(first);
    expect(readFileSync(second!, 'utf8')).toContain('color: #00703c');
  });

  it('leaves other imports to Vite', async () => {
    const plugin = cachedSass({ cacheDir: path.join(dir, 'cache'), loadPaths: [] });
    const hook = plugin.resolveId as (source: string, importer: string) => Promise<string | null>;
    expect(await hook('leaflet/dist/leaflet.css', path.join(dir, 'Page.astro'))).toBeNull();
  });
});
