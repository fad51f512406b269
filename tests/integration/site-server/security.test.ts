/**
 * What the live server tells the world (issue 11): security headers on every answer,
 * each build's Content-Security-Policy on its pages, nothing of the build's private
 * folder, and the status page's details only to whoever holds the secret.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuilds } from '../../../site/server/builds';
import { createSiteServer } from '../../../site/server/http';
import { createRebuildWorker, type RebuildWorker } from '../../../site/server/rebuild-worker';
import { SECURITY_HEADERS } from '../../../site/server/security-headers';
import { get, rawGet, waitFor } from './client';
import { FAKE_SCRIPT_HASH, writeFakeSite } from './fake-site';

const SECRET = 'bramblewick-rebuild-secret';
let root: string;
let worker: RebuildWorker;
let server: Server;
let base: string;
let failNext = false;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'doorstep-live-security-'));
  const builds = createBuilds({ root, keep: 2 });
  const build = (outDir: string) => {
    if (failNext) {
      failNext = false;
      return Promise.reject(
        new Error(
          `astro build failed in ${outDir}\n    at render (/home/council/doorstep/site/src/pages/index.astro:12:3)`,
        ),
      );
    }
    writeFakeSite(outDir, 1);
    return Promise.resolve();
  };
  worker = createRebuildWorker({
    build,
    builds,
    debounceMs: 10,
    maxWaitMs: 100,
    log: { info: () => {}, error: () => {} },
  });
  server = createSiteServer({
    builds,
    worker,
    cmsUrl: 'http://127.0.0.1:9',
    webhookSecret: SECRET,
    log: { info: () => {}, error: () => {} },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  worker.request('first build');
  await waitFor(async () => (await get(`${base}/`)).status === 200);
});

afterAll(async () => {
  await worker.idle();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

describe('headers on every answer', () => {
  it.each([
    ['a page', '/', 200],
    ['a page in a folder', '/bins/', 200],
    ['the not-found page', '/nowhere/', 404],
    ['a stylesheet', '/style.css', 200],
    ['a bundle', '/_astro/app.Ab12Cd.js', 200],
    ['a redirect', '/bins', 301],
    ['the status page', '/__doorstep/status', 200],
    ['a refused method', '/__doorstep/rebuild', 405],
  ])('%s (%s) carries the security headers', async (_name, target, status) => {
    const response = await get(`${base}${target}`);
    expect(response.status).toBe(status);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it("gives pages their build's policy: inline scripts only by hash, geolocation for the site alone", async () => {
    const response = await get(`${base}/bins/`);
    const policy = response.headers.get('content-security-policy')!;
    expect(policy).toContain(`script-src 'self' '${FAKE_SCRIPT_HASH}' 'wasm-unsafe-eval'`);
    expect(response.headers.get('permissions-policy')).toMatch(/geolocation=\(self\)/);
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const stylesheet = await get(`${base}/style.css`);
    expect(stylesheet.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
    );
  });
});

describe('the build’s private folder', () => {
  it.each([
    '/.doorstep/headers.json',
    '/.doorstep/build-info.json',
    '/%2edoorstep/build-info.json',
    '/.doorstep/',
    '/build-info.json',
  ])('is never served: %s', async (target) => {
    const response = await rawGet(base, target);
    expect(response.status).toBe(404);
    expect(response.body).not.toMatch(/nextChangeAt|scriptHashes/);
  });
});

describe('the status page', () => {
  it('tells anyone only whether a build runs and when builds ran, even after a failure', async () => {
    failNext = true;
    worker.request('a failing build');
    await waitFor(() => worker.status().lastError !== null);
    const anonymous = (await get(`${base}/__doorstep/status`)).body;
    const status = JSON.parse(anonymous) as Record<string, unknown>;
    expect(Object.keys(status).sort()).toEqual(['building', 'builds', 'lastBuild', 'lastError', 'pending']);
    expect(status.lastError).toEqual({ at: expect.any(String) as string });
    expect(anonymous).not.toMatch(/astro build failed|\/home\/council|index\.astro|first build|reasons/);
  });

  it('gives the details, build output included, to whoever holds the rebuild secret', async () => {
    const response = await fetch(`${base}/__doorstep/status`, { headers: { Authorization: `Bearer ${SECRET}` } });
    const status = (await response.json()) as { lastError: { message: string }; lastBuild: { reasons: string[] } };
    expect(status.lastError.message).toMatch(/astro build failed/);
    expect(status.lastBuild.reasons).toEqual(['first build']);
  });
});

describe('pages completed with what the resident gave', () => {
  it('writes a link’s answers into the form’s text questions, escaped, and caches nothing of it', async () => {
    const response = await get(
      `${base}/forms/report-a-verge-problem/?verge-reference=BW-V-0042&street=${encodeURIComponent('Mill "Lane" <b>')}&email=x@example.com`,
    );
    expect(response.status).toBe(200);
    expect(response.body).toContain('name="verge-reference" value="BW-V-0042"');
    expect(response.body).toContain('value="Mill &quot;Lane&quot; &lt;b&gt;"');
    expect(response.body).not.toContain('x@example.com');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});

describe('pages that moved', () => {
  it('answers an old address with a 301 to the new one, keeping the query', async () => {
    const response = await get(`${base}/services/old-address/?from=email`);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/bins/?from=email');
  });

  it('never redirects to another site, whatever the build lists', async () => {
    const response = await get(`${base}/elsewhere/`);
    expect(response.status).toBe(404);
  });
});
