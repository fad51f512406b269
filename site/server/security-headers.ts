/**
 * The response headers every page of the live site carries (issue 11): a strict
 * Content-Security-Policy (no inline script but the few the build lists by hash),
 * no framing (clickjacking), a referrer policy, and geolocation for the site alone
 * (the verge map's "Use my location"). The build lists its inline scripts and styles
 * (`collectInlineHashes`, run by site/src/integrations/served-files.ts) in a private
 * manifest; the server composes the policy from it (`pageSecurityPolicy`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Where a build keeps what only the server reads; request paths into it are refused. */
export const PRIVATE_DIR = '.doorstep';
export const HEADERS_MANIFEST = 'headers.json';

export const manifestSchema = z.object({
  scriptHashes: z.array(z.string().regex(/^sha256-[A-Za-z0-9+/=]+$/)),
  styleHashes: z.array(z.string().regex(/^sha256-[A-Za-z0-9+/=]+$/)),
  /** Map tile servers the build was given (PUBLIC_MAP_TILES_URL), as CSP sources. */
  imageSources: z.array(z.string().regex(/^https:\/\/[A-Za-z0-9.*-]+(:\d+)?$/)),
});
export type HeadersManifest = z.infer<typeof manifestSchema>;

export const EMPTY_MANIFEST: HeadersManifest = { scriptHashes: [], styleHashes: [], imageSources: [] };

/** For every response, whatever it is. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** For anything that is not one of the site's pages: nothing may load, nothing may frame it. */
export const LOCKED_DOWN_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/**
 * A page's policy. `'wasm-unsafe-eval'` lets Pagefind's search index (WebAssembly) run;
 * it allows compiling WebAssembly only, not JavaScript's eval.
 */
export function pageSecurityPolicy(manifest: HeadersManifest): string {
  const list = (items: readonly string[]) => items.map((item) => ` '${item}'`).join('');
  return [
    "default-src 'self'",
    `script-src 'self'${list(manifest.scriptHashes)} 'wasm-unsafe-eval'`,
    `style-src 'self'${list(manifest.styleHashes)}`,
    `img-src 'self' data:${manifest.imageSources.map((source) => ` ${source}`).join('')}`,
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const hash = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
/** Script types a browser runs; others (`application/ld+json`) are data and need no hash. */
const RUNNABLE = /^\s*$|^\s*type\s*=\s*"(module|text\/javascript)"\s*$/;

/** The hashes of a page's inline scripts and style elements, for the policy. */
export function collectInlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes = '']) => !/\bsrc\s*=/.test(attributes) && RUNNABLE.test(attributes))
    .map(([, , body = '']) => hash(body));
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, body = '']) => hash(body));
  return { scripts, styles };
}

/** A tile URL template's origin as a CSP source: `https://{s}.tiles.example.org/{z}/...` is `https://*.tiles.example.org`. */
export function tileSource(template: string | undefined): string[] {
  if (!template) return [];
  const match = /^https:\/\/([^/]+)/.exec(template);
  if (!match) return [];
  return [`https://${match[1]!.replace(/\{[a-z]+\}/g, '*')}`];
}

/** The manifest of a build; a build without one (made before it existed) gets the strict defaults. */
export function readHeadersManifest(buildDir: string): HeadersManifest {
  try {
    return manifestSchema.parse(JSON.parse(readFileSync(path.join(buildDir, PRIVATE_DIR, HEADERS_MANIFEST), 'utf8')));
  } catch {
    return EMPTY_MANIFEST;
  }
}
