import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { startCmsCluster, type CmsCluster } from '../../scripts/lib/cms/cluster';
import { REPO_ROOT } from '../../scripts/lib/cms/paths';

/** A cluster as a council runs it: CMS instances, the site server in front, and an SMTP server. */
export interface ClusterSetup {
  size: number;
  /** The site server's address. */
  url: string;
  /** Emails the SMTP server accepted. */
  mails(): number;
  /** Emails the CMS owes and has not sent yet. */
  unsent(): Promise<number>;
  stop(): Promise<void>;
}

/** An SMTP server that accepts and counts, nothing more: the emails' cost is the CMS's. */
async function smtpSink(): Promise<{ port: number; count: () => number; close: () => Promise<void> }> {
  let count = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => {
        count += 1;
        callback();
      });
    },
  });
  smtp.on('error', () => {});
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  return {
    port: (smtp.server.address() as AddressInfo).port,
    count: () => count,
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}

function startFrontDoorProcess(urls: string[], proxySecret: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(REPO_ROOT, 'bench/lib/front-door.ts'), urls.join(','), proxySecret],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`the site server exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const ready = /READY (\S+)/.exec(chunk.toString());
      if (ready) resolve({ child, url: ready[1]! });
    });
  });
}

/** `size` CMS instances with CMS_CLUSTER=true on a fresh schema of the server at `databaseUrl`. */
export async function startClusterSetup(size: number, databaseUrl: string): Promise<ClusterSetup> {
  const sink = await smtpSink();
  const proxySecret = randomBytes(24).toString('base64');
  const cluster: CmsCluster = await startCmsCluster({
    size,
    databaseUrl,
    env: {
      NODE_ENV: 'production',
      CMS_CLUSTER: 'true',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(sink.port),
      SMTP_IGNORE_TLS: 'true',
      SMTP_FROM: 'forms@bramblewick.example',
      PROXY_SECRET: proxySecret,
      // The embedded sender's poll (before the job queue), as often as the queue's workers: rounds wait for their emails.
      NOTIFY_POLL_MS: '1000',
      // Each request is a new resident, but the limit is not what is measured.
      FORM_SUBMISSIONS_PER_MINUTE: '10000000',
      FORM_SUBMISSIONS_BURST: '10000000',
    },
  });
  const door = await startFrontDoorProcess(cluster.urls, proxySecret);
  const { DATABASE_URL, DATABASE_SCHEMA } = cluster.database.env;
  return {
    size,
    url: door.url,
    mails: sink.count,
    async unsent() {
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      try {
        const { rows } = await client.query<{ n: string }>(
          `SELECT count(*) AS n FROM ${DATABASE_SCHEMA}.email_messages WHERE status <> 'sent'`,
        );
        return Number(rows[0]!.n);
      } finally {
        await client.end();
      }
    },
    async stop() {
      door.child.removeAllListeners('exit');
      door.child.kill('SIGTERM');
      await cluster.stop();
      await sink.close();
    },
  };
}
