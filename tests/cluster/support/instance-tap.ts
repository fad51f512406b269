import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface InstanceTap {
  /** Where the site server is pointed instead of the instance. */
  url: string;
  /** The Idempotency-Key of every submission that reached the instance through the tap, in order. */
  keys: string[];
  close(): Promise<void>;
}

/**
 * A pass-through in front of one CMS instance that writes down which submissions
 * reached it, so the test can tell how the site server spread them and which it
 * sent again to the other instance. It forwards every request as it came; when the
 * instance is down or dies mid-request it drops the connection, as the instance
 * itself would, and the site server sees the same failure.
 */
export async function tapInstance(target: string): Promise<InstanceTap> {
  const keys: string[] = [];
  const server: Server = createServer((req, res) => {
    const key = req.headers['idempotency-key'];
    if (req.method === 'POST' && typeof key === 'string') keys.push(key);
    const upstream = request(
      new URL(req.url ?? '/', target),
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on('error', () => res.destroy());
      },
    );
    upstream.on('error', () => res.destroy());
    // The site server gave up (its answer timeout): so does the request to the instance.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    keys,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
