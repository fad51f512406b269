import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSiteServer } from '../../../site/server/http';

export interface FrontDoor {
  url: string;
  close(): Promise<void>;
}

export interface FrontDoorOptions {
  /** PROXY_SECRET, the CMS instances' too: they then count each resident by their own address. */
  proxySecret: string;
  /** CMS_ANSWER_TIMEOUT_S, in ms; the site server's default when not given. */
  answerTimeoutMs?: number;
}

/**
 * The live site server (site/server/http.ts) as it runs in front of a cluster, with
 * every instance in CMS_URL: submissions go to each in turn, to the next when one
 * fails, with the same Idempotency-Key. Whoever connects from 127.0.0.1 stands for the
 * council's load balancer: its X-Forwarded-For is believed, so a test or a benchmark
 * can send each submission as a different resident.
 */
export async function startFrontDoor(cmsUrls: string[], options: FrontDoorOptions): Promise<FrontDoor> {
  const server: Server = createSiteServer({
    builds: { currentDir: () => null, currentLink: '/nowhere' },
    worker: { request: () => {}, status: () => ({}) as never },
    webhookSecret: randomBytes(24).toString('base64'),
    cmsUrl: cmsUrls,
    answerTimeoutMs: options.answerTimeoutMs,
    forwarding: { secret: options.proxySecret, isTrustedProxy: (address) => address === '127.0.0.1' },
    log: { info: () => {}, error: (message) => console.error(`[site server] ${message}`) },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
