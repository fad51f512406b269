/**
 * Turns a request target into path segments inside a build, or refuses it.
 *
 * Segments are decoded one at a time and any that decodes to `.`, `..` or contains a
 * slash, backslash or NUL is refused, so `/..%2f..%2fetc/passwd`, `/%2e%2e/` and friends
 * never reach the file system. A segment starting with a dot (`.doorstep/`, the build's
 * private folder) is refused too, `.well-known` aside. Empty segments are dropped, which also keeps redirects
 * from ever starting with `//` (a link to another site).
 */
export type RequestPath =
  | { kind: 'ok'; segments: string[]; rawSegments: string[]; trailingSlash: boolean; search: string }
  | { kind: 'bad-encoding' }
  | { kind: 'forbidden' };

const UNSAFE = /[/\\\0]/;

export function parseRequestPath(target: string): RequestPath {
  // Origin-form only ("/path?query"); absolute-form and "*" are for proxies.
  if (!target.startsWith('/')) return { kind: 'bad-encoding' };
  const queryAt = target.search(/[?#]/);
  const rawPath = queryAt === -1 ? target : target.slice(0, queryAt);
  const search = queryAt === -1 || target[queryAt] === '#' ? '' : (target.slice(queryAt).split('#')[0] ?? '');
  const rawSegments = rawPath.split('/').filter((segment) => segment !== '');
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { kind: 'bad-encoding' };
    }
    if (segment === '.' || segment === '..' || UNSAFE.test(segment)) return { kind: 'forbidden' };
    // Dot folders are the server's own (the build's private manifest); only .well-known is public.
    if (segment.startsWith('.') && segment !== '.well-known') return { kind: 'forbidden' };
    segments.push(segment);
  }
  return { kind: 'ok', segments, rawSegments, trailingSlash: rawPath.endsWith('/'), search };
}
