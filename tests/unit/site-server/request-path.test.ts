import { describe, expect, it } from 'vitest';
import { parseRequestPath } from '../../../site/server/request-path';

describe('request paths', () => {
  it.each([
    ['/', [], true, ''],
    ['/services/', ['services'], true, ''],
    ['/services/bins?x=1#top', ['services', 'bins'], false, '?x=1'],
    ['//services//bins/', ['services', 'bins'], true, ''],
    ['/caf%C3%A9/', ['café'], true, ''],
  ])('%s is %o', (target, segments, trailingSlash, search) => {
    expect(parseRequestPath(target)).toMatchObject({ kind: 'ok', segments, trailingSlash, search });
  });

  it.each([
    '/../../etc/passwd',
    '/services/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E/etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/..%5c..%5cetc%5cpasswd',
    '/index.html%00.png',
    '/./index.html',
  ])('refuses %s', (target) => {
    expect(parseRequestPath(target)).toEqual({ kind: 'forbidden' });
  });

  it.each(['/%E0%A4%A', '/%zz', 'http://evil.example/', '*'])('cannot read %s', (target) => {
    expect(parseRequestPath(target)).toEqual({ kind: 'bad-encoding' });
  });

  it('leaves double-encoded dots as the literal name they are', () => {
    expect(parseRequestPath('/%252e%252e/etc')).toMatchObject({ kind: 'ok', segments: ['%2e%2e', 'etc'] });
  });
});
