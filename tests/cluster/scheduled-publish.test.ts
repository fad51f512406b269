/**
 * Scheduled publishing on the cluster (issue 17, item 2; ADR 0016): two CMS processes
 * with CMS_CLUSTER=true on one fresh PostgreSQL schema, each able to run any job. An
 * Editor schedules a draft to publish a few seconds ahead (and, for another draft, twice:
 * the first time, then a later one); the live site's rebuild webhook, which both
 * instances call on every publish, counts publish events. Each page is published exactly
 * once, on time, and the rescheduled one only at its second time. PostgreSQL only.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCmsCluster, type CmsCluster } from '../../scripts/lib/cms/cluster';

const ON_POSTGRES = process.env.DATABASE_CLIENT === 'postgres';
const SKIPPED = 'skipped: the cluster mode runs on PostgreSQL only; set DATABASE_CLIENT=postgres and DATABASE_URL';

const EDITOR = { email: 'editor@cluster-schedule.example', password: 'Editor-password-1' };
const SECRET = 'cluster-schedule-rebuild-secret';
const INFO = 'api::info-page.info-page';

let cluster: CmsCluster;
let webhook: Server;
/** Every publish event either instance sent the rebuild webhook: which document, when it arrived. */
const publishes: Array<{ documentId: string; at: number }> = [];

async function startWebhookCounter(): Promise<string> {
  webhook = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => {
      if (request.headers.authorization === `Bearer ${SECRET}`) {
        const body = JSON.parse(text) as { event?: string; entry?: { documentId?: string } };
        if (body.event === 'entry.publish')
          publishes.push({ documentId: body.entry?.documentId ?? '', at: Date.now() });
      }
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/rebuild`;
}

async function adminToken(url: string): Promise<string> {
  const response = await fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(EDITOR),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { token: string } }).data.token;
}

async function draft(url: string, token: string, slug: string): Promise<string> {
  const response = await fetch(`${url}/content-manager/collection-types/${INFO}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      title: `Cluster ${slug}`,
      slug,
      summary: 'Scheduled on two instances',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Words' }] }],
      showInFooter: false,
      owner: 'web@cluster-schedule.example',
    }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { data: { documentId: string } }).data.documentId;
}

const london = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Schedules publishing `ms` ahead (to the second, UK time) through one instance: when it is due. */
async function schedulePublish(url: string, token: string, documentId: string, ms: number): Promise<number> {
  const at = Math.ceil((Date.now() + ms) / 1000) * 1000;
  const parts = Object.fromEntries(london.formatToParts(new Date(at)).map((part) => [part.type, part.value]));
  const response = await fetch(`${url}/doorstep/schedules/info-page/${documentId}/publish`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      day: parts.day,
      month: parts.month,
      year: parts.year,
      time: `${parts.hour}:${parts.minute}:${parts.second}`,
    }),
  });
  expect(response.status).toBe(200);
  return at;
}

const publishesOf = (documentId: string) => publishes.filter((event) => event.documentId === documentId);

describe.skipIf(!ON_POSTGRES)(`scheduled publishing on two instances${ON_POSTGRES ? '' : ` (${SKIPPED})`}`, () => {
  const pages = { once: '', moved: '' };
  const due = { once: 0, first: 0, moved: 0 };

  beforeAll(async () => {
    const rebuildUrl = await startWebhookCounter();
    cluster = await startCmsCluster({
      size: 2,
      env: {
        CMS_CLUSTER: 'true',
        EDITOR_EMAIL: EDITOR.email,
        EDITOR_PASSWORD: EDITOR.password,
        REBUILD_WEBHOOK_URL: rebuildUrl,
        REBUILD_SECRET: SECRET,
      },
    });
    const [first, second] = cluster.urls as [string, string];
    // Signed in on each: the test's instances each get fresh secrets (scripts/lib/cms/process.ts).
    const tokens = [await adminToken(first), await adminToken(second)] as const;
    pages.once = await draft(first, tokens[0], 'published-once');
    pages.moved = await draft(second, tokens[1], 'published-later');
    due.once = await schedulePublish(first, tokens[0], pages.once, 5_000);
    due.first = await schedulePublish(second, tokens[1], pages.moved, 5_000);
    // Scheduled again, through the other instance: the first job must find nothing to do.
    due.moved = await schedulePublish(first, tokens[0], pages.moved, 12_000);
    // Past both times, and a few polls of both instances' workers more.
    await new Promise((resolve) => setTimeout(resolve, Math.max(due.once, due.moved) - Date.now() + 10_000));
  }, 600_000);

  afterAll(async () => {
    await cluster?.stop();
    await new Promise((resolve) => webhook?.close(resolve));
  });

  it('publishes a page scheduled a few seconds ahead exactly once, on time', () => {
    const events = publishesOf(pages.once);
    expect(events).toHaveLength(1);
    expect(events[0]!.at).toBeGreaterThanOrEqual(due.once);
    expect(events[0]!.at - due.once).toBeLessThan(5_000);
  });

  it('publishes a rescheduled page once, at its new time only', () => {
    const events = publishesOf(pages.moved);
    expect(events).toHaveLength(1);
    expect(events[0]!.at).toBeGreaterThanOrEqual(due.moved);
    expect(events[0]!.at - due.moved).toBeLessThan(5_000);
  });

  it('both instances serve it as published', async () => {
    for (const url of cluster.urls) {
      const response = await fetch(
        `${url}/api/info-pages?filters[slug][$in][0]=published-once&filters[slug][$in][1]=published-later`,
      );
      expect(((await response.json()) as { data: unknown[] }).data).toHaveLength(2);
    }
  });
});
