import { describe, expect, it } from 'vitest';
import { acceptsGzip } from '../../../site/server/encoding';

describe('whether a browser takes the gzip copy', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8, *;q=0.1', true],
    ['GZIP', true],
    ['*', true],
    [['deflate', 'gzip'], true],
    ['gzip;q=0', false],
    ['gzip; q=0.000', false],
    ['identity', false],
    ['br', false],
    ['', false],
    [undefined, false],
  ])('Accept-Encoding %j: %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});
