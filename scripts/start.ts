/**
 * `npm start`: everything a new user needs, in order, with progress on the terminal.
 * 1. local secrets and demo logins (cms/.env, created once);
 * 2. the shared vocabulary, the GIS import pipeline, the demo council and the CMS are built only when
 *    their sources changed;
 * 3. Strapi starts on 127.0.0.1:1337 with SQLite, seeded with the demo council;
 * 4. the site is built from the CMS and served on 127.0.0.1:4321;
 * 5. without an SMTP server in cms/.env, a local mailbox takes the CMS's emails (residents'
 *    sign-in codes, confirmations) and shows them on 127.0.0.1:1080.
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { ensureLocalEnv } from './lib/local-env';
import { launch, waitForUrl } from './lib/processes';
import { readyLines, type Logins } from './lib/ready-banner';
import { buildCmsIfChanged } from './lib/cms/build';
import { buildPackagesIfChanged } from './lib/cms/compile';
import { startMailbox, type Mailbox } from './lib/mailbox';

const ROOT = path.resolve(import.meta.dirname, '..');
const CMS = path.join(ROOT, 'cms');
const SITE = path.join(ROOT, 'site');
const bin = (pkg: string, file: string) => path.join(ROOT, 'node_modules', pkg, file);
const children: ChildProcess[] = [];
const SITE_URL = 'http://127.0.0.1:4321';
const MAILBOX = { smtpPort: 1025, httpPort: 1080 };
let mailbox: Mailbox | undefined;

function step(message: string): void {
  console.log(`\n==> ${message}`);
}

async function main(): Promise<void> {
  const started = Date.now();
  step('Local settings');
  const env = ensureLocalEnv(path.join(CMS, '.env'));
  console.log(env.created ? 'Created cms/.env with new secrets and demo logins.' : 'Using existing cms/.env.');
  mkdirSync(path.join(CMS, '.tmp'), { recursive: true });
  mkdirSync(path.join(CMS, 'public/uploads'), { recursive: true });

  // The GIS import pipeline (gis/) and the demo council (demo/) are built on the same vocabulary, with it.
  const packages = await buildPackagesIfChanged(() => step('Building shared vocabulary (domain/)'));
  if (packages === 'fresh') step('Building shared vocabulary (domain/): up to date, skipped');
  const built = await buildCmsIfChanged(() =>
    step('Building the CMS and admin panel (cms/, about a minute the first time)'),
  );
  if (built === 'fresh') step('Building the CMS and admin panel: up to date, skipped');

  // Links in emails go to the site; cms/.env may say otherwise (a public address).
  const cmsEnv: Record<string, string> = { PUBLIC_SITE_URL: env.values.PUBLIC_SITE_URL ?? SITE_URL };
  if (!env.values.SMTP_HOST) {
    step(
      `Starting a local mailbox for the CMS's emails on http://127.0.0.1:${MAILBOX.httpPort}/ (no SMTP_HOST in cms/.env)`,
    );
    mailbox = await startMailbox(MAILBOX);
    Object.assign(cmsEnv, {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(MAILBOX.smtpPort),
      SMTP_IGNORE_TLS: 'true',
      SMTP_FROM: 'forms@bramblewick.example',
    });
  }

  step('Starting the CMS on http://127.0.0.1:1337 (SQLite, demo council)');
  const cms = launch(process.execPath, [bin('@strapi/strapi', 'bin/strapi.js'), 'start'], {
    cwd: CMS,
    label: 'cms',
    env: cmsEnv,
  });
  children.push(cms);
  await waitForUrl('http://127.0.0.1:1337/_health', 180_000, cms);

  step('Building the site from the CMS and serving it on http://127.0.0.1:4321');
  // The live server rebuilds on every publish (CMS webhook) and swaps builds atomically.
  const site = launch(process.execPath, [bin('tsx', 'dist/cli.mjs'), path.join(SITE, 'server/main.ts')], {
    cwd: ROOT,
    label: 'site',
    env: {
      REBUILD_SECRET: env.values.REBUILD_SECRET,
      PROXY_SECRET: env.values.PROXY_SECRET,
      CMS_URL: 'http://127.0.0.1:1337',
      PORT: '4321',
      HOST: '127.0.0.1',
    },
  });
  children.push(site);
  await waitForLiveBuild('http://127.0.0.1:4321/__doorstep/status', env.values.REBUILD_SECRET!, 180_000);

  console.log(`
Doorstep is running (ready in ${Math.round((Date.now() - started) / 1000)} s).

${readyLines(env.values as unknown as Logins, mailbox ? `http://127.0.0.1:${MAILBOX.httpPort}/` : null).join('\n')}
  (kept in cms/.env; delete cms/.env and cms/.tmp to start afresh)

Press Ctrl+C to stop.`);
}

/** Waits until the live server has a build to serve; a failed first build stops `npm start`. */
async function waitForLiveBuild(statusUrl: string, secret: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    // With the secret, the status says why a build failed.
    const status = (await fetch(statusUrl, { headers: { Authorization: `Bearer ${secret}` } })
      .then((response) => response.json())
      .catch(() => null)) as { lastBuild: unknown; lastError: { message: string } | null } | null;
    if (status?.lastBuild) return;
    if (status?.lastError) throw new Error(`the first site build failed:\n${status.lastError.message}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the site was not built within ${timeoutMs / 1000} s`);
}

function stopAll(code: number): never {
  for (const child of children) child.kill('SIGTERM');
  void mailbox?.close();
  process.exit(code);
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
main().catch((error: unknown) => {
  console.error(`\nnpm start failed: ${error instanceof Error ? error.message : String(error)}`);
  stopAll(1);
});
