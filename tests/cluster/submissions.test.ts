/**
 * The cluster's proof (issue 14, ADR 0013): two CMS processes with CMS_CLUSTER=true on
 * one fresh PostgreSQL schema, behind the site server with both in CMS_URL; a real
 * SMTP server counts every email. 1,000 web form submissions arrive at a steady rate,
 * each from its own resident with its own Idempotency-Key; a third of the way in, one
 * instance is killed with SIGKILL and started again. Then: every submission was
 * answered 2xx in time and stored once, every email it owes went once, the minutely
 * retention ran once a minute, and one client's rate limit held over both instances.
 * PostgreSQL only: the cluster mode is.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCmsCluster, type CmsCluster } from '../../scripts/lib/cms/cluster';
import { DEFAULT_ANSWER_TIMEOUT_MS } from '../../site/server/api-proxy';
import {
  repeatsOfTheKill,
  tallyEmails,
  tallyMinutelyRuns,
  type Accepted,
  type PrintedLine,
} from './support/accounting';
import { startFrontDoor, type FrontDoor } from './support/front-door';
import { tapInstance, type InstanceTap } from './support/instance-tap';
import { startMailCounter, type MailCounter } from './support/mail-counter';
import { newSubmission, percentile, send, steadyLoad, type Answer } from './support/submissions';

const ON_POSTGRES = process.env.DATABASE_CLIENT === 'postgres';
const SKIPPED = 'skipped: the cluster mode runs on PostgreSQL only; set DATABASE_CLIENT=postgres and DATABASE_URL';
if (!ON_POSTGRES) console.info(`tests/cluster: ${SKIPPED}`);

const SUBMISSIONS = 1_000;
/**
 * About a minute of load: a fifth of what one instance takes on two quiet cores
 * (bench:submit). On a machine busy with other work, CLUSTER_SUBMISSIONS_PER_SECOND
 * lowers it: past what the machine takes, answers queue up beyond the timeout.
 */
const PER_SECOND = Number(process.env.CLUSTER_SUBMISSIONS_PER_SECOND ?? 16);
const KILLED = 1;
/** A third of the way in. */
const KILL_AFTER_MS = (SUBMISSIONS / PER_SECOND / 3) * 1000;
/** The site server's own default: an instance answering later is taken as hung. */
const ANSWER_TIMEOUT_MS = DEFAULT_ANSWER_TIMEOUT_MS;
/** A submission may wait for one instance's timeout and the other's answer; 1 s for a busy machine. */
const LONGEST_WAIT_MS = 2 * ANSWER_TIMEOUT_MS + 1_000;

/** The emails' retry policy here: the first retry soon, five attempts in all. */
const RETRY_BASE_MS = 200;
const MAX_ATTEMPTS = 5;
/** Every retry's wait, each twice the last (a queue may round the first up to a whole second). */
const RETRY_WAITS_MS = Array.from(
  { length: MAX_ATTEMPTS - 1 },
  (_, retry) => Math.max(1_000, RETRY_BASE_MS) * 2 ** retry,
).reduce((sum, wait) => sum + wait, 0);
/**
 * A send under way when its instance died is taken as lost after a minute (ADR 0013,
 * the email queue's longest run) once pg-boss's maintenance looks (every 2 minutes, its
 * default), then retried: emails owed at the kill may take that long, and a repeat of
 * one would come within it, so the count is taken after it.
 */
const KILLED_SEND_RECOVERY_MS = 60_000 + 120_000;
/** The killed instance's sends under way: its email workers (2) each send one of its batch at a time. */
const IN_FLIGHT_AT_KILL = 2;
/** A send the kill cut short began at most this long before it. */
const KILL_WINDOW_MS = 5_000;
const MACHINE_SLACK_MS = 15_000;

/** The retention runs every minute here; pg-boss checks schedules every 30 s, its workers poll each second. */
const RETENTION_CRON = '* * * * *';
const RETENTION_SETTLE_MS = 45_000;

/** One client's allowance: 5 at once, then one a minute; sent 5 more than that. */
const LIMIT = { perMinute: 1, burst: 5, over: 5 };

const PROXY_SECRET = randomBytes(24).toString('base64');
/** Resident n's address, as the load balancer in front of the site server reports it. */
const residentAddress = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;

let mail: MailCounter;
let cluster: CmsCluster;
let taps: InstanceTap[] = [];
let site: FrontDoor;
const retentionRuns: PrintedLine[] = [];

/** What the scenario saw, for the assertions below. */
interface Outcome {
  load: Answer[];
  limit: Array<{ instance: number; answer: Answer }>;
  window: { from: number; to: number };
  loadMs: number;
  killedAt: number;
  restartMs: number;
  stored: Map<string, string[]>;
}
let outcome: Outcome;

const accepted = (answers: Answer[]): Accepted[] =>
  answers
    .filter((answer) => answer.status >= 200 && answer.status < 300 && answer.reference)
    .map((answer) => ({
      reference: answer.reference!,
      residentEmail: answer.submission.residentEmail,
      answeredAt: answer.answeredAt,
      key: answer.submission.key,
    }));
const everyAccepted = () => accepted([...outcome.load, ...outcome.limit.map(({ answer }) => answer)]);

async function storedByKey(): Promise<Map<string, string[]>> {
  const client = new pg.Client({ connectionString: cluster.database.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ key: string; references: string[] }>(
      `SELECT idempotency_key AS key, array_agg(reference) AS references
         FROM ${cluster.database.env.DATABASE_SCHEMA}.form_submissions GROUP BY idempotency_key`,
    );
    return new Map(rows.map((row) => [row.key, row.references]));
  } finally {
    await client.end();
  }
}

async function runScenario(): Promise<Outcome> {
  const from = Date.now();
  // A third of the way in, one instance dies outright and is started again at once.
  let killedAt = 0;
  let restartMs = 0;
  const killAndRestart = (async () => {
    await new Promise((resolve) => setTimeout(resolve, KILL_AFTER_MS));
    killedAt = Date.now();
    cluster.kill(KILLED);
    await cluster.start(KILLED);
    restartMs = Date.now() - killedAt;
  })();
  const load = await steadyLoad(SUBMISSIONS, PER_SECOND, (n) =>
    send(site.url, newSubmission(`resident-${n}@example.com`), { forwardedFor: residentAddress(n + 1) }),
  );
  const loadMs = Date.now() - from;
  await killAndRestart;

  // One client straight to the instances in turn, from an address of its own.
  const limit: Outcome['limit'] = [];
  for (let n = 0; n < LIMIT.burst + LIMIT.over; n += 1) {
    const instance = n % cluster.urls.length;
    const answer = await send(cluster.urls[instance]!, newSubmission(`limited-${n}@example.com`), {
      localAddress: '127.0.0.77',
    });
    limit.push({ instance, answer });
  }

  // Long enough for any email owed to arrive as the policy allows, and for any repeat to show.
  const lastAnswer = Math.max(...[...load, ...limit.map(({ answer }) => answer)].map((answer) => answer.answeredAt));
  const until = Math.max(lastAnswer + RETRY_WAITS_MS, killedAt + KILLED_SEND_RECOVERY_MS + RETRY_WAITS_MS);
  await new Promise((resolve) => setTimeout(resolve, until + MACHINE_SLACK_MS - Date.now()));
  return { load, limit, window: { from, to: Date.now() }, loadMs, killedAt, restartMs, stored: await storedByKey() };
}

function report(): void {
  const { load, loadMs } = outcome;
  const latencies = load.map((answer) => answer.answeredAt - answer.sentAt);
  const keysAt = taps.map((tap) => new Set(tap.keys));
  const retried = load.filter((answer) => keysAt.every((keys) => keys.has(answer.submission.key))).length;
  const tally = tallyEmails(everyAccepted(), mail.received());
  console.log(
    [
      `Cluster: ${SUBMISSIONS} submissions at ${PER_SECOND}/s, sent and answered in ${(loadMs / 1000).toFixed(1)} s (${((SUBMISSIONS * 1000) / loadMs).toFixed(1)} submissions/s),`,
      `  answered: ${[...new Set(load.map((a) => a.status))].map((s) => `${s} x${load.filter((a) => a.status === s).length}`).join(', ')}`,
      `  latency p50 ${percentile(latencies, 0.5)} ms, p99 ${percentile(latencies, 0.99)} ms, max ${Math.max(...latencies)} ms`,
      `  reached instance 0: ${taps[0]!.keys.length}, instance 1: ${taps[1]!.keys.length} (including retries); sent to both: ${retried}`,
      `  instance ${KILLED} killed at +${((outcome.killedAt - outcome.window.from) / 1000).toFixed(1)} s, listening again ${(outcome.restartMs / 1000).toFixed(1)} s later`,
      `  emails received: ${mail.received().length} (owed ${everyAccepted().length * 2}); from answer to SMTP p50 ${percentile(tally.delays, 0.5)} ms, p99 ${percentile(tally.delays, 0.99)} ms, max ${Math.max(...tally.delays)} ms`,
      `  retention lines: ${retentionRuns.map((run) => `${new Date(run.at).toISOString().slice(11, 19)} (instance ${run.instance})`).join(', ') || 'none'}`,
    ].join('\n'),
  );
}

describe.skipIf(!ON_POSTGRES)(
  `two CMS instances behind the site server, one killed mid-load${ON_POSTGRES ? '' : ` (${SKIPPED})`}`,
  () => {
    beforeAll(async () => {
      mail = await startMailCounter();
      cluster = await startCmsCluster({
        size: 2,
        logLevel: 'info',
        onLine: (instance, line) => {
          if (line.includes('Retention: removed')) retentionRuns.push({ instance, line, at: Date.now() });
        },
        env: {
          CMS_CLUSTER: 'true',
          SMTP_HOST: '127.0.0.1',
          SMTP_PORT: String(mail.smtpPort),
          SMTP_IGNORE_TLS: 'true',
          SMTP_FROM: 'forms@bramblewick.example',
          NOTIFY_RETRY_BASE_MS: String(RETRY_BASE_MS),
          NOTIFY_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
          // The embedded sender's poll (before the job queue): as often as the queue's workers.
          NOTIFY_POLL_MS: '1000',
          RETENTION_CRON,
          FORM_SUBMISSIONS_PER_MINUTE: String(LIMIT.perMinute),
          FORM_SUBMISSIONS_BURST: String(LIMIT.burst),
          PROXY_SECRET,
        },
      });
      taps = await Promise.all(cluster.urls.map(tapInstance));
      site = await startFrontDoor(
        taps.map((tap) => tap.url),
        { proxySecret: PROXY_SECRET, answerTimeoutMs: ANSWER_TIMEOUT_MS },
      );
      outcome = await runScenario();
      report();
    }, 900_000);

    afterAll(async () => {
      await site?.close();
      for (const tap of taps) await tap.close();
      await cluster?.stop();
      await mail?.close();
    });

    it('answers every submission 2xx, none later than the answer timeout plus one retry', () => {
      const waits = outcome.load.map((answer) => answer.answeredAt - answer.sentAt);
      const refused = outcome.load.filter((answer) => answer.status < 200 || answer.status >= 300);
      const statuses = [...new Set(refused.map((answer) => answer.status))].map(
        (status) => `${status || 'no answer'} x${refused.filter((answer) => answer.status === status).length}`,
      );
      expect(refused.length, `answered ${statuses.join(', ')}`).toBe(0);
      const slow = waits.filter((wait) => wait > LONGEST_WAIT_MS);
      expect(slow.length, `${slow.length} waited over ${LONGEST_WAIT_MS} ms, up to ${Math.max(...waits)} ms`).toBe(0);
      // Both instances took a share: the load was spread, not sent to one.
      for (const tap of taps) expect(tap.keys.length).toBeGreaterThan(SUBMISSIONS / 4);
    });

    it('stores every submission answered 2xx exactly once, under its key and reference', () => {
      const answered = everyAccepted();
      const wrong = answered
        .map(({ key, reference }) => ({ key, reference, stored: outcome.stored.get(key) ?? [] }))
        .filter(({ reference, stored }) => stored.length !== 1 || stored[0] !== reference);
      expect(wrong.length, JSON.stringify(wrong.slice(0, 3))).toBe(0);
      // Nothing stored that no one was told of (every submission is answered 2xx above).
      expect(outcome.stored.size).toBe(answered.length);
    });

    it('sends every team and resident email exactly once, within what the retry policy allows', () => {
      const tally = tallyEmails(everyAccepted(), mail.received());
      // A repeat of an email the killed instance had sent but not yet recorded is the one
      // window no queue closes (ADR 0013): allowed, counted and printed; any other fails.
      const repeats = repeatsOfTheKill(tally.doubledAt, outcome.killedAt, KILL_WINDOW_MS);
      console.log(
        `Emails: ${mail.received().length} received; repeats of sends the kill cut short: ${repeats.ofTheKill.length}` +
          (repeats.ofTheKill.length > 0 ? ` (${repeats.ofTheKill.join('; ')})` : ''),
      );
      const summary = {
        missing: tally.missing.length,
        doubled: repeats.faults.length,
        stray: tally.stray.length,
        killRepeatsOverInFlight: Math.max(0, repeats.ofTheKill.length - IN_FLIGHT_AT_KILL),
      };
      const examples = [tally.missing, repeats.faults, tally.stray].flatMap((list) => list.slice(0, 3)).join('; ');
      expect(summary, examples).toEqual({ missing: 0, doubled: 0, stray: 0, killRepeatsOverInFlight: 0 });
      // Each Message-ID once, but for those same repeats (the same email, sent again as itself).
      expect(tally.repeatedMessageIds.length).toBe(repeats.ofTheKill.length);
    });

    it('runs the retention once per occurrence of its schedule, across both instances', () => {
      const runs = tallyMinutelyRuns(retentionRuns, outcome.window, RETENTION_SETTLE_MS);
      expect(runs.due).toBeGreaterThanOrEqual(2);
      expect({ twice: runs.twice, missed: runs.missed }).toEqual({ twice: [], missed: [] });
    });

    it('holds one client to its limit over both instances: exactly the burst accepted, then 429', () => {
      const statuses = outcome.limit.map(({ answer }) => answer.status);
      expect(statuses).toEqual([...Array<number>(LIMIT.burst).fill(201), ...Array<number>(LIMIT.over).fill(429)]);
      expect(new Set(outcome.limit.slice(0, LIMIT.burst).map(({ instance }) => instance)).size).toBe(2);
    });
  },
);
