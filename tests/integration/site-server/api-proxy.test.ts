/**
 * Web forms post to the site's own address and the live server passes them to the
 * CMS: only the submission endpoint, only POST, the body and the headers the CMS
 * needs, and the resident's address in X-Forwarded-For (which a client cannot set).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteServer } from '../../../site/server/http';

let cms: Server;
let site: Server;
let downSite: Server;
let base: string;
let downBase: string;
const seen: Array<{ method?: string; url?: string; headers: IncomingMessage['headers']; body: string }> = [];

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

function liveServer(cmsUrl: string): Server {
  const idle = { request: () => {}, status: () => ({}) as never };
  return createSiteServer({
    builds: { currentDir: () => null, currentLink: '/nowhere' },
    worker: idle,
    webhookSecret: 'bramblewick-rebuild-secret',
    cmsUrl,
    log: { info: () => {}, error: () => {} },
  });
}

beforeAll(async () => {
  cms = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      res.writeHead(201, { 'Content-Type': 'application/json', 'X-From': 'cms' });
      res.end('{"data":{"reference":"K7Q9-XPM4-TA2B"}}');
    });
  });
  site = liveServer(await listen(cms));
  base = await listen(site);
  downSite = liveServer('http://127.0.0.1:9');
  downBase = await listen(downSite);
});

afterAll(async () => {
  for (const server of [site, downSite, cms]) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe('web form submissions through the site', () => {
  it('passes the body and the headers the CMS needs, and the CMS’s answer back', async () => {
    const response = await fetch(`${base}/api/forms/report-a-missed-bin/submissions`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'Idempotency-Key': 'k'.repeat(20),
        'X-Forwarded-For': '203.0.113.9',
        Cookie: 'session=secret',
      },
      body: '{"answers":{}}',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-from')).toBe('cms');
    expect(await response.text()).toContain('K7Q9-XPM4-TA2B');
    const last = seen.at(-1)!;
    expect(last).toMatchObject({
      method: 'POST',
      url: '/api/forms/report-a-missed-bin/submissions',
      body: '{"answers":{}}',
    });
    expect(last.headers['idempotency-key']).toBe('k'.repeat(20));
    // The resident's own address, whatever the client claimed; no cookies travel.
    expect(last.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(last.headers.cookie).toBeUndefined();
  });

  it('passes nothing else to the CMS', async () => {
    const before = seen.length;
    expect((await fetch(`${base}/api/forms/report-a-missed-bin/submissions`)).status).toBe(405);
    expect((await fetch(`${base}/api/verges/export`, { method: 'POST' })).status).not.toBe(201);
    expect((await fetch(`${base}/api/forms/../../admin/submissions`, { method: 'POST' })).status).not.toBe(201);
    expect(seen.length).toBe(before);
  });

  it('says the forms service is not answering when the CMS is down, so the runner can try again', async () => {
    const response = await fetch(`${downBase}/api/forms/report-a-missed-bin/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('60');
    expect(await response.text()).toMatch(/not answering/);
  });
});
