/**
 * Street alerts on the cluster (issue 16, ADR 0013): two CMS processes with
 * CMS_CLUSTER=true on one fresh PostgreSQL schema, their clock set to the week before a
 * cut on a third of the demo council's streets, the daily run every minute; a real
 * SMTP server counts every email. Each subscriber on a street with a cut that week gets
 * its alert exactly once, however many runs and instances there are; subscribers on
 * other streets get none. PostgreSQL only: the cluster mode is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCmsCluster, type CmsCluster } from '../../scripts/lib/cms/cluster';
import { addSubscriptions, ALERT_DAY, streetsByWeek, tallyAlerts, type Subscribers } from './support/alert-fan-out';
import { startMailCounter, type MailCounter } from './support/mail-counter';

const ON_POSTGRES = process.env.DATABASE_CLIENT === 'postgres';
const SKIPPED = 'skipped: the cluster mode runs on PostgreSQL only; set DATABASE_CLIENT=postgres and DATABASE_URL';

const SUBSCRIPTIONS = 2_000;
/** pg-boss checks schedules every 30 s and runs a minutely cron once a minute: two runs fit in this. */
const TWO_RUNS_MS = 150_000;

let mail: MailCounter;
let cluster: CmsCluster;
let subscribers: Subscribers;

async function waitForAlerts(expected: number, limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (tallyAlerts(mail.received()).total < expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

describe.skipIf(!ON_POSTGRES)(`a week of alerts on two instances${ON_POSTGRES ? '' : ` (${SKIPPED})`}`, () => {
  beforeAll(async () => {
    mail = await startMailCounter();
    cluster = await startCmsCluster({
      size: 2,
      env: {
        CMS_CLUSTER: 'true',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(mail.smtpPort),
        SMTP_IGNORE_TLS: 'true',
        SMTP_FROM: 'alerts@bramblewick.example',
        PUBLIC_SITE_URL: 'https://www.bramblewick.example',
        DOORSTEP_TODAY: ALERT_DAY,
        ALERTS_DAILY_CRON: '* * * * *',
      },
    });
    const streets = await streetsByWeek(cluster.urls[0]!);
    const { DATABASE_URL, DATABASE_SCHEMA } = cluster.database.env;
    subscribers = await addSubscriptions({ url: DATABASE_URL!, schema: DATABASE_SCHEMA! }, streets, SUBSCRIPTIONS);
    await waitForAlerts(subscribers.due.size, TWO_RUNS_MS);
    // Another minute's run or two, which must send nothing more.
    await new Promise((resolve) => setTimeout(resolve, TWO_RUNS_MS / 2));
  }, 900_000);

  afterAll(async () => {
    await cluster?.stop();
    await mail?.close();
  });

  it('sends each subscriber on a street cut that week its alert exactly once, and no one else any', () => {
    const { byAddress, repeatedIds, total } = tallyAlerts(mail.received());
    expect(subscribers.due.size).toBeGreaterThan(SUBSCRIPTIONS / 2);
    const missing = [...subscribers.due.keys()].filter((email) => byAddress.get(email) !== 1);
    expect(missing.length, `not exactly once: ${missing.slice(0, 3).join(', ')}`).toBe(0);
    expect([...subscribers.quiet.keys()].filter((email) => byAddress.has(email))).toEqual([]);
    expect(total).toBe(subscribers.due.size);
    expect(repeatedIds).toBe(0);
  });
});
