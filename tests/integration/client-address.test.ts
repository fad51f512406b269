import { randomBytes, randomUUID } from 'node:crypto';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { createSiteServer } from '../../site/server/http';

/**
 * Forwarded addresses are believed only from our own proxies (issue 11): the site server
 * with the proxy secret, or a peer in TRUSTED_PROXIES. Each resident is counted by their
 * own address through the site server; anyone else by the address they connect from,
 * whatever X-Forwarded-For they forge. Loopback has a whole /8, so each "resident" here
 * connects from its own 127.x address.
 */
const SECRET = randomBytes(24).toString('base64');
let cms: TestCms;
let site: Server;
let siteUrl: string;

beforeAll(async () => {
  cms = await startCms({
    seed: true,
    env: {
      FORM_SUBMISSIONS_PER_MINUTE: '1',
      FORM_SUBMISSIONS_BURST: '2',
      AUTH_RATE_LIMIT: 'true',
      PROXY_SECRET: SECRET,
      TRUSTED_PROXIES: '127.0.0.9, 10.20.0.0/16',
    },
  });
  site = createSiteServer({
    builds: { currentDir: () => null, currentLink: '/nowhere' },
    worker: { request: () => {}, status: () => ({}) as never },
    webhookSecret: randomBytes(24).toString('base64'),
    cmsUrl: cms.url,
    forwarding: { secret: SECRET, isTrustedProxy: () => false },
    log: { info: () => {}, error: () => {} },
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});

afterAll(async () => {
  site?.closeAllConnections();
  await new Promise((resolve) => site?.close(resolve));
  await cms?.stop();
});

/** A submission (answers left empty: a 422 still counts against the limit) from a given local address. */
function submit(base: string, from: string, headers: Record<string, string> = {}): Promise<number> {
  const body = JSON.stringify({ answers: {} });
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}/api/forms/report-a-missed-bin/submissions`,
      {
        method: 'POST',
        localAddress: from,
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), ...headers },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function statuses(count: number, send: (index: number) => Promise<number>): Promise<number[]> {
  const result: number[] = [];
  for (let index = 0; index < count; index += 1) result.push(await send(index));
  return result;
}

describe('the client address the limits count by', () => {
  it('ignores X-Forwarded-For sent straight to the CMS: every forged address is the sender', async () => {
    const result = await statuses(3, (index) =>
      submit(cms.url, '127.0.0.2', { 'X-Forwarded-For': `198.51.100.${index}` }),
    );
    expect(result).toEqual([422, 422, 429]);
  });

  it('ignores X-Forwarded-For with a wrong proxy secret', async () => {
    const result = await statuses(3, (index) =>
      submit(cms.url, '127.0.0.3', { 'X-Forwarded-For': `198.51.100.${index}`, 'X-Doorstep-Proxy': 'guessed' }),
    );
    expect(result).toEqual([422, 422, 429]);
  });

  it('counts each resident by their own address through the site server, whatever they forge', async () => {
    const first = await statuses(3, (index) =>
      submit(siteUrl, '127.0.0.4', { 'X-Forwarded-For': `198.51.100.${index}` }),
    );
    expect(first).toEqual([422, 422, 429]);
    // Another resident, through the same site server, has their own allowance.
    expect(await statuses(2, () => submit(siteUrl, '127.0.0.5'))).toEqual([422, 422]);
  });

  it('believes X-Forwarded-For from a proxy in TRUSTED_PROXIES, taking the last address it did not add', async () => {
    const viaProxy = (client: string) => () =>
      submit(cms.url, '127.0.0.9', { 'X-Forwarded-For': `203.0.113.7, ${client}, 10.20.1.1` });
    expect(await statuses(3, viaProxy('192.0.2.10'))).toEqual([422, 422, 429]);
    // The proxy's other clients are counted apart: neither the proxy nor the first client drained them.
    expect(await statuses(2, viaProxy('192.0.2.11'))).toEqual([422, 422]);
  });
});

describe('the admin login limit', () => {
  it('counts failed logins by the sender, not by a forged X-Forwarded-For', async () => {
    const login = (index: number) =>
      fetch(`${cms.url}/admin/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `198.51.100.${index}` },
        body: JSON.stringify({ email: 'nobody@bramblewick.example', password: 'Wrong-password-1' }),
      }).then((response) => response.status);
    const result = await statuses(6, login);
    expect(result.slice(0, 5).every((status) => status === 400)).toBe(true);
    expect(result[5]).toBe(429);
  });
});
