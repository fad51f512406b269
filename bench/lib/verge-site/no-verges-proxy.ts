import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The same CMS with no verges, for the build-time baseline: every request passes
 * through, except the verge export, which answers as a council with no verges
 * would. Faked at the network edge, so the site's own code runs unchanged.
 */
const NO_VERGES = JSON.stringify({ data: [], meta: { page: 1, pageSize: 2000, pageCount: 0, total: 0 } });

export async function startNoVergesProxy(cmsUrl: string): Promise<{ url: string; close(): Promise<void> }> {
  const target = new URL(cmsUrl);
  const server: Server = createServer((req, res) => {
    if ((req.url ?? '').startsWith('/api/verges/export')) {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(NO_VERGES);
      return;
    }
    const upstream = request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
