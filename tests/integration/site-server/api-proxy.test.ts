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
        Cookie: 'analytics=secret; __Host-doorstep_session=abc; __Host-doorstep_form=def',
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
    // The resident's own address, whatever the client claimed; only the account's cookies travel.
    expect(last.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(last.headers.cookie).toBe('__Host-doorstep_session=abc; __Host-doorstep_form=def');
  });

  it('passes no cookie but the account’s', async () => {
    await fetch(`${base}/api/forms/report-a-missed-bin/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: 'analytics=secret; doorstep_session=forged' },
      body: '{"answers":{}}',
    });
    expect(seen.at(-1)!.headers.cookie).toBeUndefined();
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

/**
 * Several CMS instances (issue 14): a submission goes to each in turn, and on to the
 * next, with the same body and Idempotency-Key, when one hangs, refuses the connection
 * or says it is unavailable; an instance that failed is skipped until it is healthy.
 */
describe('web form submissions over several CMS instances', () => {
  interface Instance {
    url: string;
    server: Server;
    bodies: Array<{ key: string | undefined; body: string }>;
  }
  const instances: Instance[] = [];

  /** A fake CMS instance: `answer` decides each submission's status, or hangs with 'hang'. */
  async function instance(answer: () => number | 'hang'): Promise<Instance> {
    const bodies: Instance['bodies'] = [];
    const server = createServer((req, res) => {
      if (req.url === '/_health') return void res.writeHead(204).end();
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        bodies.push({ key: req.headers['idempotency-key'] as string | undefined, body });
        const status = answer();
        if (status === 'hang') return; // stopped, not dead: the connection stays open, no answer
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ status }));
      });
    });
    const created = { url: await listen(server), server, bodies };
    instances.push(created);
    return created;
  }

  async function siteOver(urls: string[]) {
    const idle = { request: () => {}, status: () => ({}) as never };
    const server = createSiteServer({
      builds: { currentDir: () => null, currentLink: '/nowhere' },
      worker: idle,
      webhookSecret: 'bramblewick-rebuild-secret',
      cmsUrl: urls,
      answerTimeoutMs: 400,
      log: { info: () => {}, error: () => {} },
    });
    const url = await listen(server);
    instances.push({ url, server, bodies: [] });
    return url;
  }

  const submit = (site: string, key: string, body = '{"answers":{"bin":"recycling"}}') =>
    fetch(`${site}/api/forms/report-a-missed-bin/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body,
    });

  afterAll(async () => {
    for (const { server } of instances) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('answers from the next instance when one hangs, with the same request, well inside 10 seconds', async () => {
    const hung = await instance(() => 'hang');
    const well = await instance(() => 201);
    const site = await siteOver([hung.url, well.url]);
    const started = Date.now();
    const response = await submit(site, 'key-hung-0123456789');
    expect(response.status).toBe(201);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(hung.bodies).toEqual([{ key: 'key-hung-0123456789', body: '{"answers":{"bin":"recycling"}}' }]);
    expect(well.bodies).toEqual(hung.bodies);
    // The hung instance failed: the next submissions go straight to the healthy one.
    for (const n of [1, 2, 3]) expect((await submit(site, `key-next-${n}-0123456789`)).status).toBe(201);
    expect(hung.bodies).toHaveLength(1);
    expect(well.bodies).toHaveLength(4);
  });

  it('tries the next instance when one refuses the connection or says it is unavailable; relays anything else', async () => {
    const busy = await instance(() => 503);
    const well = await instance(() => 201);
    const site = await siteOver(['http://127.0.0.1:9', busy.url, well.url]);
    expect((await submit(site, 'key-busy-0123456789')).status).toBe(201);
    expect(well.bodies.map((entry) => entry.key)).toEqual(['key-busy-0123456789']);

    const refusing = await instance(() => 422);
    const spare = await instance(() => 201);
    const strict = await siteOver([refusing.url, spare.url]);
    // The CMS's own answer (here a 422 for the answers) is the resident's: never asked again elsewhere.
    expect((await submit(strict, 'key-422-0123456789')).status).toBe(422);
    expect(spare.bodies).toEqual([]);
  });

  it('shares submissions between healthy instances in turn', async () => {
    const a = await instance(() => 201);
    const b = await instance(() => 201);
    const site = await siteOver([a.url, b.url]);
    for (const n of [1, 2, 3, 4]) expect((await submit(site, `key-turn-${n}-0123456789`)).status).toBe(201);
    expect([a.bodies.length, b.bodies.length]).toEqual([2, 2]);
  });

  it('says the forms service is not answering when no instance answers', async () => {
    const hung = await instance(() => 'hang');
    const site = await siteOver([hung.url, 'http://127.0.0.1:9']);
    const response = await submit(site, 'key-none-0123456789');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('60');
  });

  it('refuses a request over the protocol’s limits without passing it on', async () => {
    const well = await instance(() => 201);
    const site = await siteOver([well.url]);
    const response = await submit(site, 'key-big-0123456789', 'x'.repeat(21 * 1024 * 1024));
    expect(response.status).toBe(413);
    expect(well.bodies).toEqual([]);
  });
});
