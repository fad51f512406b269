/**
 * What the CMS says about itself and who may call it from a browser (issue 11): it
 * does not name its software, answers CORS without credentials and with a short
 * preflight cache, lets nothing frame it, and its admin panel calls nothing outside.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { adminConfig } from '../../cms/src/admin/config';
import { CORS_PREFLIGHT_SECONDS } from '../../cms/src/cors';

const SITE = 'http://127.0.0.1:4321';
let cms: TestCms;

beforeAll(async () => {
  cms = await startCms();
});

afterAll(async () => {
  await cms?.stop();
});

describe('the CMS’s headers', () => {
  it.each([
    ['GET', '/api/service-pages'],
    ['GET', '/api/service-pages?filters[nope][$eq]=1'],
    ['POST', '/graphql'],
    ['GET', '/_health'],
    ['GET', '/admin/init'],
    ['GET', '/no-such-route'],
  ])('%s %s does not say it is Strapi', async (method, path) => {
    const response = await fetch(`${cms.url}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      ...(method === 'POST' ? { body: JSON.stringify({ query: '{ supportLevels { key } }' }) } : {}),
    });
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    // Strapi widens the admin's policy for Vite's reloading in development and tests only.
    if (path.startsWith('/admin')) return;
    // Connections only to this server: connect-src says so, or default-src does.
    const directives = new Map(policy.split(';').map((part) => [part.trim().split(' ')[0], part.trim()]));
    expect(directives.get('connect-src') ?? directives.get('default-src')).toMatch(/^\S+ 'self'$/);
  });

  it.each(['/api/service-pages', '/graphql'])(
    'answers a preflight to %s without credentials and with a short cache',
    async (path) => {
      const response = await fetch(`${cms.url}${path}`, {
        method: 'OPTIONS',
        headers: {
          Origin: SITE,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type',
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(SITE);
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      expect(Number(response.headers.get('access-control-max-age'))).toBeLessThanOrEqual(CORS_PREFLIGHT_SECONDS);
    },
  );

  it('allows no other origin', async () => {
    const response = await fetch(`${cms.url}/api/service-pages`, { headers: { Origin: 'https://evil.example' } });
    expect(response.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('the admin panel on a closed network', () => {
  it('asks for no release notes', () => {
    expect(adminConfig).toMatchObject({ notifications: { releases: false } });
  });
});

describe('the CMS’s own icon', () => {
  it('answers /favicon.ico with the council’s icon, not a 500', async () => {
    const response = await fetch(`${cms.url}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });
});
