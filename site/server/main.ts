/**
 * The live site: serves the current build and rebuilds it when the CMS webhook says
 * content changed. Run with `tsx site/server/main.ts`.
 *
 *   REBUILD_SECRET  required; the CMS webhook sends `Authorization: Bearer <secret>`
 *   SITE_ROOT       builds and the `current` link (default site/.live)
 *   PORT, HOST      where to listen (default 127.0.0.1:4321)
 *   CMS_URL         the CMS: where builds read content and web forms are sent (default the local
 *                   CMS); several instances separated by commas: forms go to each in turn, on to
 *                   the next when one fails, builds read from the first
 *   CMS_ANSWER_TIMEOUT_S  how long an instance may take to answer a submission (default 8)
 *   BUILD_TIMEOUT_S a build running longer is stopped and counts as failed (default 600)
 *   PROXY_SECRET    shared with the CMS, so it believes the resident addresses this server forwards
 *   TRUSTED_PROXIES proxies in front of this server whose X-Forwarded-For it believes (10.0.0.0/8, ...)
 */
import net from 'node:net';
import path from 'node:path';
import { trustedProxyMatcher } from '@doorstep/domain';
import { createAstroBuild, DEFAULT_CMS_URL, SITE_DIR } from './astro-build';
import { createBuilds } from './builds';
import { readConfig } from './config';
import { createContentSchedule } from './content-schedule';
import { createSiteServer, REBUILD_PATH, STATUS_PATH } from './http';
import { createRebuildWorker, type WorkerLog } from './rebuild-worker';

const log: WorkerLog = {
  info: (message) => console.log(`[live] ${message}`),
  error: (message) => console.error(`[live] ${message}`),
};

function main(): void {
  const config = readConfig(process.env, SITE_DIR);
  const stopping = new AbortController();
  const builds = createBuilds({ root: config.root });
  const build = createAstroBuild({
    cmsUrl: config.cmsUrls?.[0],
    timeoutMs: config.buildTimeoutMs,
    signal: stopping.signal,
  });
  // The schedule asks the worker for rebuilds (only ever from a timer, once both exist);
  // the worker tells the schedule about each build that goes live.
  const schedule = createContentSchedule({ request: (reason) => worker.request(reason), log });
  const worker = createRebuildWorker({ build, builds, log, onLive: (dir) => schedule.watch(dir) });
  const server = createSiteServer({
    builds,
    worker,
    webhookSecret: config.secret,
    cmsUrl: config.cmsUrls ?? DEFAULT_CMS_URL,
    answerTimeoutMs: config.answerTimeoutMs,
    forwarding: { secret: config.proxySecret, isTrustedProxy: trustedProxyMatcher(config.trustedProxies, net) },
    log,
  });
  if (!config.proxySecret) {
    log.error('PROXY_SECRET is not set: the CMS will count every resident’s form submissions as this server’s');
  }

  server.on('error', (error) => {
    log.error(`cannot listen on ${config.host}:${config.port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const url = `http://${config.host}:${config.port}`;
    const live = builds.currentDir();
    log.info(`serving ${live ? `build ${path.basename(live)}` : 'nothing yet (first build under way)'} on ${url}/`);
    log.info(`CMS webhook: POST ${url}${REBUILD_PATH}   status: ${url}${STATUS_PATH}`);
  });
  const current = builds.currentDir();
  // The last build stays live while a fresh one is made: content may have changed, or the
  // site's code, while this server was down, and webhooks sent meanwhile were lost.
  if (current) schedule.watch(current);
  worker.request(current ? 'server started' : 'first build');

  // Stop a running build with us: a half-made folder is never promoted, and is pruned later.
  const stop = (signal: string) => {
    log.info(`${signal}: stopping`);
    stopping.abort();
    schedule.stop();
    server.close();
    server.closeAllConnections();
    process.exit(0);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

try {
  main();
} catch (error) {
  console.error(`[live] cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
