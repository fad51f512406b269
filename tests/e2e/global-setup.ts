import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { GRAPHQL_LIMITS } from '@doorstep/domain/public-api';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { chromiumAvailable } from '../support/chromium';
import { createAstroBuild } from '../../site/server/astro-build';
import { createSiteServer } from '../../site/server/http';
import { buildCmsIfChanged } from '../../scripts/lib/cms/build';
import { startMailbox } from '../support/mailbox';

/** A login for each admin role, for the browser tests of the admin panel. */
export interface AdminLogins {
  admin: { email: string; password: string };
  editor: { email: string; password: string };
  author: { email: string; password: string };
  serviceTeam: { email: string; password: string };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The in-process SMTP server's window: every email the CMS sent, as JSON. */
    mailboxUrl: string;
    logins: AdminLogins;
    siteUrl: string;
    /** The build's folder, for what only the server reads (its private manifest). */
    siteDir: string;
    cmsUrl: string;
    chromium: boolean;
    publishedServicePages: number;
    /**
     * Where the CMS sends its rebuild webhook and reads the live site's status (issue 17,
     * item 7): nothing listens there unless a test starts a live site server on the port.
     */
    liveSite: { port: number; secret: string };
    /** The CMS's "today" (cms/src/clock.ts): write a date to it to move the alerts on; empty is the real date. */
    clockFile: string;
  }
}

const E2E_PROXY_SECRET = randomBytes(24).toString('base64');

/** More service pages than the API's maxLimit, so a build that forgot to paginate would show fewer. */
const EXTRA_PAGES = GRAPHQL_LIMITS.maxLimit - 40;

/**
 * Boots the seeded CMS, builds the real static site from it and serves the build,
 * as `npm start` does, for the browser tests.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const hasChromium = chromiumAvailable();
  project.provide('chromium', hasChromium);
  if (!hasChromium) return async () => {};

  // The admin panel, as `npm start` builds it (skipped when nothing it reads changed).
  await buildCmsIfChanged(() => console.log('Building the admin panel for the browser tests...'));
  const filesDir = mkdtempSync(path.join(os.tmpdir(), 'doorstep-e2e-files-'));
  const mailbox = await startMailbox();
  const clockFile = path.join(filesDir, 'today');
  writeFileSync(clockFile, '');
  const password = () => `${randomBytes(9).toString('base64url')}Aa1`;
  const logins: AdminLogins = {
    admin: { email: 'admin@bramblewick.example', password: password() },
    editor: { email: 'editor@bramblewick.example', password: password() },
    author: { email: 'author@bramblewick.example', password: password() },
    serviceTeam: { email: 'caseworker@bramblewick.example', password: password() },
  };
  // The site's address is known before the CMS starts, as in production: links in its emails name it.
  const sitePort = await freePort();
  let livePort = await freePort();
  while (livePort === sitePort) livePort = await freePort();
  const liveSite = { port: livePort, secret: randomBytes(24).toString('base64url') };
  const cms: TestCms = await startCms({
    seed: true,
    env: {
      FORM_SUBMISSIONS_PER_MINUTE: '1000',
      FORM_SUBMISSIONS_BURST: '1000',
      FORM_FILES_DIR: filesDir,
      PROXY_SECRET: E2E_PROXY_SECRET,
      SERVE_ADMIN_PANEL: 'true',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mailbox.smtpPort),
      SMTP_IGNORE_TLS: 'true',
      SMTP_FROM: 'forms@bramblewick.example',
      JOBS_POLL_MS: '200',
      // Alerts (tests/e2e/alerts.test.ts): the daily run every 5 seconds, on the day the test sets.
      DOORSTEP_TODAY_FILE: clockFile,
      ALERTS_DAILY_CRON: '*/5 * * * * *',
      // The daily review reminders every two seconds (tests/e2e/review-dates.test.ts).
      REVIEW_REMINDERS_CRON: '*/2 * * * * *',
      PUBLIC_SITE_URL: `http://127.0.0.1:${sitePort}`,
      // A live site server with a real rebuild worker (tests/e2e/publish-to-live.test.ts starts it).
      REBUILD_WEBHOOK_URL: `http://127.0.0.1:${liveSite.port}/__doorstep/rebuild`,
      REBUILD_SECRET: liveSite.secret,
      ADMIN_EMAIL: logins.admin.email,
      ADMIN_PASSWORD: logins.admin.password,
      EDITOR_EMAIL: logins.editor.email,
      EDITOR_PASSWORD: logins.editor.password,
      AUTHOR_EMAIL: logins.author.email,
      AUTHOR_PASSWORD: logins.author.password,
      SERVICE_TEAM_EMAIL: logins.serviceTeam.email,
      SERVICE_TEAM_PASSWORD: logins.serviceTeam.password,
    },
  });
  const { bramblewick, generateServicePages } = await import('@doorstep/demo');
  const { loadCouncil } = await import('../../cms/src/council/load');
  await loadCouncil(cms.strapi, bramblewick, {
    extraServicePages: generateServicePages(EXTRA_PAGES, { prefix: 'e2e' }),
  });
  const published = await cms.strapi.documents('api::service-page.service-page').count({ status: 'published' });

  const outDir = mkdtempSync(path.join(os.tmpdir(), 'doorstep-site-'));
  // The same build the live site server runs (asynchronous: the CMS answering it is in this process).
  await createAstroBuild({ cmsUrl: cms.url, timeoutMs: 240_000 })(outDir);
  // Served by the live site server itself: the real 404 page, headers and redirects, and
  // web forms passed through to the CMS on the site's own address. Its rebuild worker idles.
  const server: Server = createSiteServer({
    builds: { currentDir: () => outDir, currentLink: outDir },
    worker: {
      request: () => {},
      status: () => ({ building: false, pending: false, lastBuild: null, lastError: null, builds: 0 }),
    },
    webhookSecret: randomBytes(24).toString('base64'),
    cmsUrl: cms.url,
    forwarding: { secret: E2E_PROXY_SECRET, isTrustedProxy: () => false },
    log: { info: () => {}, error: (message) => console.error(message) },
  });
  await new Promise<void>((resolve) => server.listen(sitePort, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  project.provide('siteUrl', `http://127.0.0.1:${port}`);
  project.provide('siteDir', outDir);
  project.provide('cmsUrl', cms.url);
  project.provide('mailboxUrl', mailbox.url);
  project.provide('clockFile', clockFile);
  project.provide('liveSite', liveSite);
  project.provide('logins', logins);
  project.provide('publishedServicePages', published);

  return async () => {
    await new Promise((resolve) => server.close(resolve));
    await cms.stop();
    await mailbox.close();
    rmSync(outDir, { recursive: true, force: true });
    rmSync(filesDir, { recursive: true, force: true });
  };
}

/** A port free now, for the site server to listen on once the CMS is up. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
