import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseRequestPath } from '../../../site/server/request-path';
import {
  collectInlineHashes,
  EMPTY_MANIFEST,
  pageSecurityPolicy,
  tileSource,
} from '../../../site/server/security-headers';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('the inline scripts a page needs', () => {
  const page = [
    '<head><script type="application/ld+json">{"@type":"GovernmentService"}</script></head>',
    "<body><script>document.body.className += ' js-enabled';</script>",
    '<script type="module" src="/_astro/page.js"></script>',
    '<script type="module">import("/pagefind/pagefind.js")</script>',
    '<style>astro-island{display:contents}</style>',
    '<script>(()=>{var e=1})()</script></body>',
  ].join('\n');

  it('hashes the scripts a browser runs, not data blocks or scripts loaded from a file', () => {
    expect(collectInlineHashes(page).scripts).toEqual([
      sha("document.body.className += ' js-enabled';"),
      sha('import("/pagefind/pagefind.js")'),
      sha('(()=>{var e=1})()'),
    ]);
  });

  it('hashes style elements', () => {
    expect(collectInlineHashes(page).styles).toEqual([sha('astro-island{display:contents}')]);
  });
});

describe('the page policy', () => {
  it('is strict with nothing listed: no inline code, no framing, WebAssembly for search only', () => {
    expect(pageSecurityPolicy(EMPTY_MANIFEST)).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
  });

  it('lets map tiles load from the tile server the build was given', () => {
    expect(tileSource('https://{s}.tiles.example.org/{z}/{x}/{y}.png')).toEqual(['https://*.tiles.example.org']);
    expect(tileSource('https://tiles.example.org:8443/{z}/{x}/{y}.png')).toEqual(['https://tiles.example.org:8443']);
    expect(tileSource('http://tiles.example.org/{z}/{x}/{y}.png')).toEqual([]);
    expect(tileSource(undefined)).toEqual([]);
  });
});

describe('request paths into the build’s private folder', () => {
  it.each(['/.doorstep/headers.json', '/%2Edoorstep/build-info.json', '/a/.git/config', '/.env'])(
    'refuses %s',
    (target) => {
      expect(parseRequestPath(target).kind).toBe('forbidden');
    },
  );

  it('keeps /.well-known/ public', () => {
    expect(parseRequestPath('/.well-known/security.txt').kind).toBe('ok');
  });
});
