/**
 * `npm run bench:alerts`: the alert fan-out for a week of grass cutting. 50,000 verges
 * (BENCH_VERGES) and 20,000 street subscriptions (BENCH_SUBSCRIPTIONS, the demo
 * generator's) on PostgreSQL; the daily run for the day whose coming week has the most
 * followed cuts; every email into an SMTP server in this process. Measured with one CMS
 * instance and with two (cluster mode, the second in its own process): emails per
 * second, the time until the last arrived, peak memory, and that each arrived once.
 * Goal (issue 16): all sent within 5 minutes, each exactly once, with one and with two.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { addDays } from '@doorstep/domain';
import { generateStreetSubscriptions, type GeneratedVerge } from '@doorstep/demo';
import { createRequire } from 'node:module';
import { comingCut } from '../cms/src/alerts/events';
import type * as FanOut from '../cms/src/alerts/fan-out';
import { ALERT_TABLES } from '../cms/src/alerts/store';
import { streetFollowKey } from '../cms/src/alerts/streets';
import { chunk } from '../cms/src/verges/chunk';
import { importVerges } from '../cms/src/verges/import';
import compileCms from '../scripts/lib/cms/compile';
import { CMS_DIR } from '../scripts/lib/cms/paths';
import { createPostgresSchema } from '../scripts/lib/cms/database';
import { startCmsProcess } from '../scripts/lib/cms/process';
import { startCms } from '../scripts/lib/cms/throwaway';
import { seconds, writeVergeFiles } from './lib/verge-bench';

const VERGES = Number(process.env.BENCH_VERGES ?? 50_000);
const SUBSCRIPTIONS = Number(process.env.BENCH_SUBSCRIPTIONS ?? 20_000);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** The goal, and how long a run may wait for its last email. */
const GOAL_SECONDS = 300;

/** Accepts every email and keeps who it was to and its subject: enough to count repeats, cheap to keep. */
async function smtpCounter() {
  const mails: Array<{ to: string; subject: string; at: number }> = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let head = '';
      stream.on('data', (part: Buffer) => {
        if (head.length < 8192) head += part.toString('latin1');
      });
      stream.on('end', () => {
        const subject = /^Subject: (.*)$/im.exec(head)?.[1]?.trim() ?? '';
        for (const rcpt of session.envelope.rcptTo) mails.push({ to: rcpt.address, subject, at: Date.now() });
        callback();
      });
    },
  });
  smtp.on('error', () => {});
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  return {
    port: (smtp.server.address() as AddressInfo).port,
    mails,
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}

/** The street's verges, by USRN. */
function streetsOf(verges: readonly GeneratedVerge[]) {
  const streets = new Map<number, Array<GeneratedVerge['verge']>>();
  for (const { verge } of verges) {
    if (verge.usrn == null) continue;
    streets.set(verge.usrn, [...(streets.get(verge.usrn) ?? []), verge]);
  }
  return streets;
}

/** The day in the season whose daily run announces the most followed cuts, and how many emails that is. */
function busiestDay(streets: Map<number, Array<GeneratedVerge['verge']>>, followers: Map<number, number>) {
  let best = { day: '', emails: 0 };
  const days = [...streets.values()].flat().flatMap((verge) => verge.cuts.map((cut) => cut.scheduledFrom));
  const first = days.reduce((a, b) => (a < b ? a : b));
  const last = days.reduce((a, b) => (a > b ? a : b));
  for (let day = addDays(first, -7); day <= last; day = addDays(day, 1)) {
    let emails = 0;
    for (const [usrn, count] of followers) if (comingCut(streets.get(usrn) ?? [], day)) emails += count;
    if (emails > best.emails) best = { day, emails };
  }
  return best;
}

interface RunFigures {
  instances: number;
  emails: number;
  expected: number;
  repeats: number;
  firstSeconds: number;
  lastSeconds: number;
  perSecond: number;
  peakMb: number[];
}

/** Peak resident memory of a process, from Linux's own record (VmHWM), in MB. */
function peakMb(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

async function run(instances: number, files: { geojson: string; schedule: string }, plan: Plan): Promise<RunFigures> {
  const smtp = await smtpCounter();
  const todayFile = path.join(os.tmpdir(), `doorstep-bench-alerts-${process.pid}-${instances}`);
  writeFileSync(todayFile, addDays(plan.day, -30));
  const database = await createPostgresSchema(DATABASE_URL);
  const env = {
    CMS_CLUSTER: 'true',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_IGNORE_TLS: 'true',
    SMTP_FROM: 'alerts@bramblewick.example',
    DOORSTEP_TODAY_FILE: todayFile,
  };
  const a = await startCms({ database, env });
  let b: ChildProcess | undefined;
  try {
    process.stdout.write(`  ${instances} instance(s): importing ${VERGES.toLocaleString('en-GB')} verges... `);
    const imported = await importVerges(a.strapi, { file: files.geojson, schedule: files.schedule });
    if (imported.outcome !== 'imported') throw new Error(`The import did not go through: ${imported.outcome}`);
    const knex = a.strapi.db.connection;
    const now = Date.now();
    for (const part of chunk(plan.subscriptions, 1000)) {
      await knex(ALERT_TABLES.subscriptions).insert(
        part.map((subscription) => ({
          email: subscription.email,
          follow_key: streetFollowKey(subscription.usrn),
          follow_label: `Street ${subscription.usrn}`,
          frequency: 'immediate',
          created_at: now,
          confirmed_at: now,
        })),
      );
    }
    console.log(`${plan.subscriptions.length.toLocaleString('en-GB')} subscriptions written.`);
    if (instances > 1) {
      b = await startCmsProcess(20_000 + Math.floor(Math.random() * 20_000), { ...database.env, ...env });
    }
    writeFileSync(todayFile, plan.day);
    const started = performance.now();
    const startedAt = Date.now();
    await runDaily(a.strapi, plan.day);
    while (smtp.mails.length < plan.expected && seconds(started) < GOAL_SECONDS * 2) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const lastSeconds = seconds(started);
    // Then the second instance's own daily run (or the first's again): nothing more may arrive.
    await runDaily(a.strapi, plan.day);
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    const pairs = new Set(smtp.mails.map((mail) => `${mail.to}\n${mail.subject}`));
    return {
      instances,
      emails: smtp.mails.length,
      expected: plan.expected,
      repeats: smtp.mails.length - pairs.size,
      firstSeconds: ((smtp.mails[0]?.at ?? NaN) - startedAt) / 1000,
      lastSeconds,
      perSecond: Math.round(Math.min(smtp.mails.length, plan.expected) / lastSeconds),
      peakMb: [peakMb(process.pid), ...(b?.pid ? [peakMb(b.pid)] : [])],
    };
  } finally {
    b?.kill('SIGKILL');
    await a.stop();
    await smtp.close();
  }
}

interface Plan {
  day: string;
  expected: number;
  subscriptions: ReturnType<typeof generateStreetSubscriptions>;
}

await compileCms();
// The daily run as the CMS compiled it: its job queue is the one the running CMS started.
const { runDaily } = createRequire(import.meta.url)(path.join(CMS_DIR, 'dist/src/alerts/fan-out.js')) as typeof FanOut;
const started = performance.now();
const { verges, files } = writeVergeFiles(VERGES);
const streets = streetsOf(verges);
const subscriptions = generateStreetSubscriptions({ usrns: [...streets.keys()], count: SUBSCRIPTIONS });
const followers = new Map<number, number>();
for (const { usrn } of subscriptions) followers.set(usrn, (followers.get(usrn) ?? 0) + 1);
const { day, emails: expected } = busiestDay(streets, followers);
console.log(
  `\n${VERGES.toLocaleString('en-GB')} verges on ${streets.size.toLocaleString('en-GB')} streets, ` +
    `${SUBSCRIPTIONS.toLocaleString('en-GB')} subscriptions on ${followers.size.toLocaleString('en-GB')} of them ` +
    `(made in ${seconds(started).toFixed(1)} s). The busiest day, ${day}, announces next week's cuts to ` +
    `${expected.toLocaleString('en-GB')} subscribers.\n`,
);

const results: RunFigures[] = [];
for (const instances of [1, 2]) results.push(await run(instances, files, { day, expected, subscriptions }));

console.log('\nAlerts benchmark: a week of grass cutting, every email into an SMTP server\n');
console.log('| CMS instances | emails | expected | repeats | first email | last email | emails/s | peak memory |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.instances} | ${r.emails.toLocaleString('en-GB')} | ${r.expected.toLocaleString('en-GB')} | ${r.repeats} | ` +
      `${r.firstSeconds.toFixed(1)} s | ${r.lastSeconds.toFixed(1)} s | ${r.perSecond} | ` +
      `${r.peakMb.map((mb) => `${Math.round(mb)} MB`).join(' + ')} |`,
  );
}
const failed = results.filter((r) => r.emails !== r.expected || r.repeats > 0 || r.lastSeconds > GOAL_SECONDS);
if (failed.length > 0) {
  console.error(
    `\nGoal not met (every email once, within ${GOAL_SECONDS} s) with ${failed.map((r) => r.instances).join(' and ')} instance(s).`,
  );
  process.exitCode = 1;
}
