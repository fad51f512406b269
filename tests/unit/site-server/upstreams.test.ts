import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createUpstreams, type Upstreams } from '../../../site/server/upstreams';

/** The site server's CMS instances: each in turn, the healthy first, the rest as a last resort. */
let upstreams: Upstreams | undefined;
afterEach(() => upstreams?.stop());

describe('CMS instances', () => {
  it('takes each in turn', () => {
    upstreams = createUpstreams(['a', 'b', 'c']);
    expect([upstreams.order(), upstreams.order(), upstreams.order(), upstreams.order()]).toEqual([
      ['a', 'b', 'c'],
      ['b', 'c', 'a'],
      ['c', 'a', 'b'],
      ['a', 'b', 'c'],
    ]);
  });

  it('puts one that failed last, but never leaves it out', () => {
    upstreams = createUpstreams(['a', 'b', 'c']);
    upstreams.markDown('a');
    expect(upstreams.order()).toEqual(['b', 'c', 'a']);
    upstreams.markDown('b');
    upstreams.markDown('c');
    expect(upstreams.order()).toEqual(['b', 'c', 'a']);
  });

  it('takes one that failed back once its health check answers', async () => {
    const health = createServer((_req, res) => res.writeHead(204).end());
    await new Promise<void>((resolve) => health.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(health.address() as AddressInfo).port}`;
    upstreams = createUpstreams([url, 'http://127.0.0.1:9'], { intervalMs: 20 });
    upstreams.markDown(url);
    expect(upstreams.order()[0]).toBe('http://127.0.0.1:9');
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Healthy again, and the address that refuses connections found unhealthy: it goes last.
    expect([upstreams.order(), upstreams.order()]).toEqual([
      [url, 'http://127.0.0.1:9'],
      [url, 'http://127.0.0.1:9'],
    ]);
    await new Promise((resolve) => health.close(resolve));
  });

  it('needs at least one', () => {
    expect(() => createUpstreams([])).toThrow('Give at least one CMS address');
  });
});
