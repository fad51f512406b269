import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cmsAccountPath } from '../../site/server/http';

/**
 * The site server passes `/account/…` to the CMS's `/api/account/…` and nothing else:
 * whatever path a client sends (a raw client need not resolve dots as a browser does),
 * the CMS route it reaches stays under `/api/account`.
 */
const stays = (target: string | null) =>
  target === null || new URL(target, 'http://cms.internal').pathname.startsWith('/api/account');

describe('the account paths the site server passes to the CMS', () => {
  it('maps the account’s own addresses', () => {
    expect(cmsAccountPath('/account')).toBe('/api/account');
    expect(cmsAccountPath('/account/')).toBe('/api/account');
    expect(cmsAccountPath('/account/requests/K7Q9-XPM4-TA2B')).toBe('/api/account/requests/K7Q9-XPM4-TA2B');
    expect(cmsAccountPath('/account/data.json')).toBe('/api/account/data.json');
    expect(cmsAccountPath('/account/continue?email=a%40b.example&code=123456')).toBe(
      '/api/account/continue?email=a%40b.example&code=123456',
    );
  });

  it('refuses dot segments, encoded or not, and backslashes', () => {
    for (const path of [
      '/account/../../admin/login',
      '/account/..',
      '/account/./me',
      '/account/%2e%2e/%2e%2e/admin',
      '/account/%2E%2E/graphql',
      '/account/..%2f..%2fadmin',
      '/account/\\..\\..\\admin',
      '/account/requests/..',
      '/accounts/me',
      '/account//graphql',
    ]) {
      expect(cmsAccountPath(path), path).toBeNull();
    }
  });

  it('never reaches a CMS route outside /api/account, whatever the path (fuzzed)', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '%2e%2e', '%2E.', '.%2e', '\\..', 'admin', 'graphql', 'me', '', '%00', ':', '@'),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), fc.option(fc.string()), (segments, query) => {
        const path = `/account/${segments.join('/')}${query === null ? '' : `?${query}`}`;
        expect(stays(cmsAccountPath(path)), path).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
