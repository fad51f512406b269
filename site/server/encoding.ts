/**
 * Compressed answers without compressing per request: the build writes a gzip -9
 * copy beside each text file (site/src/integrations/precompress.mjs), and the server
 * sends it to browsers that accept gzip. The verge map's budget (200 KB) and the page
 * weights in bench/RESULTS.md are these bytes.
 */
export const PRECOMPRESSED_EXTENSIONS: ReadonlySet<string> = new Set([
  '.html',
  '.css',
  '.js',
  '.json',
  '.xml',
  '.svg',
  '.txt',
]);

/** True when an Accept-Encoding header allows gzip (not "gzip;q=0"); "*" counts. */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((part) => {
    const [coding = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (coding !== 'gzip' && coding !== '*') return false;
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    return quality === undefined || Number(quality.slice(2)) > 0;
  });
}
