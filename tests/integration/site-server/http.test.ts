/**
 * The live server over real HTTP, with real build folders in a temporary directory and a
 * fake build (no Astro, no CMS) that writes a page naming its build number.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuilds, type Builds } from '../../../site/server/builds';
import { createSiteServer } from '../../../site/server/http';
import { createRebuildWorker, type RebuildWorker } from '../../../site/server/rebuild-worker';
import { get, rawGet, readPagesUntil, waitFor } from './client';
import { writeFakeSite } from './fake-site';

const SECRET = 'bramblewick-rebuild-secret';
const OUTSIDE = 'TOP SECRET, outside every build';

let root: string;
let builds: Builds;
let worker: RebuildWorker;
let server: Server;
let base: string;
let buildNumber = 0;

async function fakeBuild(outDir: string): Promise<void> {
  buildNumber += 1;
  const n = buildNumber;
  await new Promise((resolve) => setTimeout(resolve, 30));
  writeFakeSite(outDir, n);
}

const publish = (body: string, secret = SECRET) =>
  fetch(`${base}/__doorstep/rebuild`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    body,
  });
const strapiBody = JSON.stringify({ event: 'entry.publish', model: 'service-page', entry: { id: 1, title: 'Bins' } });

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'doorstep-live-'));
  writeFileSync(path.join(root, 'secret.txt'), OUTSIDE);
  builds = createBuilds({ root, keep: 2 });
  writeFileSync(path.join(root, 'builds', 'secret.txt'), OUTSIDE);
  const log = { info: () => {}, error: () => {} };
  worker = createRebuildWorker({ build: fakeBuild, builds, debounceMs: 20, maxWaitMs: 200, log });
  server = createSiteServer({ builds, worker, cmsUrl: 'http://127.0.0.1:9', webhookSecret: SECRET, log });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await worker.idle();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

describe('before the first build', () => {
  it('says the site is being built', async () => {
    const response = await get(`${base}/bins/`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('10');
    expect(response.body).toContain('The site is being built');
  });
});

describe('the rebuild webhook', () => {
  it.each([
    ['no secret', { 'Content-Type': 'application/json' }],
    ['a wrong secret', { Authorization: 'Bearer not-the-secret-at-all' }],
    ['the secret without Bearer', { Authorization: SECRET }],
  ])('refuses %s with 401', async (_, headers) => {
    const response = await fetch(`${base}/__doorstep/rebuild`, { method: 'POST', headers, body: strapiBody });
    expect(response.status).toBe(401);
    expect(worker.status().pending).toBe(false);
  });

  it('accepts a Strapi webhook with 202, and the new build goes live', async () => {
    const response = await publish(strapiBody);
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ accepted: true, reason: 'entry.publish service-page' });
    await waitFor(async () => (await get(`${base}/`)).status === 200);
    const status = (await (
      await fetch(`${base}/__doorstep/status`, { headers: { Authorization: `Bearer ${SECRET}` } })
    ).json()) as ReturnType<RebuildWorker['status']>;
    expect(status).toMatchObject({
      building: false,
      lastError: null,
      lastBuild: { reasons: ['entry.publish service-page'] },
    });
    expect(JSON.stringify(status)).not.toContain(SECRET);
    expect((await get(`${base}/`)).body).toContain(`<p>build ${buildNumber}</p>`);
  });

  it.each([
    ['not JSON', '{"event": entry.publish', 400, 'The body must be JSON'],
    ['not a webhook', '{"model":"service-page"}', 400, 'The body is not a CMS webhook: event:'],
    [
      'over 64 KB',
      JSON.stringify({ event: 'entry.publish', entry: { body: 'x'.repeat(70_000) } }),
      413,
      'at most 64 KB',
    ],
  ])('refuses a body that is %s', async (_, body, status, message) => {
    const response = await publish(body);
    expect(response.status).toBe(status);
    expect(await response.text()).toContain(message);
  });

  it('only takes POST', async () => {
    expect((await fetch(`${base}/__doorstep/rebuild`)).status).toBe(405);
  });
});

describe('serving the live build', () => {
  it('serves pages as HTML that browsers must revalidate, and HEAD without a body', async () => {
    const page = await get(`${base}/bins/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const head = await fetch(`${base}/bins/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(page.body)));
    expect(await head.text()).toBe('');
  });

  it('serves assets with their type, and hashed bundles for a year', async () => {
    expect((await get(`${base}/style.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
    const bundle = await get(`${base}/_astro/app.Ab12Cd.js`);
    expect(bundle.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(bundle.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('sends the build’s gzip copy to browsers that take gzip, and the file itself to others', async () => {
    const gzipped = await get(`${base}/style.css`);
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(gzipped.headers.get('vary')).toBe('Accept-Encoding');
    expect(gzipped.body).toMatch(/^body \{ color: #0b0c0c; \} \/\* build \d+ \*\/$/);
    const plain = await rawGet(base, '/style.css');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe('body { color: #0b0c0c; }');
    expect(plain.headers.etag).not.toBe(gzipped.headers.get('etag'));
    // A page without a copy is sent as it is, whatever the browser takes.
    expect((await get(`${base}/bins/`)).headers.get('content-encoding')).toBeNull();
  });

  it('answers 304 when the page has not changed', async () => {
    const etag = (await get(`${base}/`)).headers.get('etag') ?? '';
    expect((await fetch(`${base}/`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it('redirects a folder to its trailing-slash address, keeping the query', async () => {
    for (const target of ['/bins?week=2', '//bins?week=2']) {
      const response = await rawGet(base, target);
      expect(response.status).toBe(301);
      expect(response.headers.location).toBe('/bins/?week=2');
    }
  });

  it("answers a missing page with the build's own 404 page", async () => {
    for (const target of ['/no-such-page/', '/no-such-page', '/bins/index.html/x']) {
      const response = await rawGet(base, target);
      expect(response.status).toBe(404);
      expect(response.body).toContain('<title>Page not found</title>');
    }
  });

  it.each([
    '/../secret.txt',
    '/../../secret.txt',
    '/../../../../../../etc/passwd',
    '/%2e%2e/secret.txt',
    '/%2e%2e/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%2f..%2fsecret.txt',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/..%5c..%5csecret.txt',
    '/bins/..%2f..%2f..%2fsecret.txt',
    '/%252e%252e/secret.txt',
    '/..%00/secret.txt',
    '/%c0%ae%c0%ae/secret.txt',
  ])('never leaves the build for %s', async (target) => {
    const response = await rawGet(base, target);
    expect([400, 404]).toContain(response.status);
    expect(response.body).not.toContain(OUTSIDE);
    expect(response.body).not.toContain('root:');
  });

  it('refuses other methods', async () => {
    expect((await fetch(`${base}/`, { method: 'DELETE' })).status).toBe(405);
  });
});

describe('rebuilding while residents read', () => {
  it('never gives an error, a torn page or a mix of two builds', async () => {
    const first = buildNumber;
    const rebuilds = (async () => {
      for (let i = 1; i <= 6; i += 1) {
        worker.request('entry.publish service-page');
        await waitFor(() => buildNumber >= first + i && !worker.status().building && !worker.status().pending);
      }
    })();
    const { problems, seen } = await readPagesUntil(base, rebuilds);
    expect(problems).toEqual([]);
    expect(seen.size).toBeGreaterThan(2);
    expect(builds.list()).toHaveLength(2);
  });
});
