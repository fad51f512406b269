import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Run from '../../cms/src/schedules/run';
import { CMS_DIR } from '../../scripts/lib/cms/paths';
import { adminCall, adminToken } from '../support/admin';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { hostileText } from '../support/fuzz/values';
import { startMailbox, waitForMail, type Mailbox } from '../support/mailbox';

/**
 * Scheduled publishing (issue 17, item 2; cms/src/schedules) through the admin's own
 * routes, as the Editor who schedules and the Author who may not: a schedule runs once
 * at its time through the Document Service (its publish events counted), the publish
 * rules are checked when scheduling and again when it runs, cancelling and scheduling
 * again leave the old job nothing to do, and bad input is always a 4xx. Times are a few
 * seconds ahead, in UK time; the embedded queue polls every 100 ms.
 */
const require = createRequire(import.meta.url);
const run = require(path.join(CMS_DIR, 'dist/src/schedules/run.js')) as typeof Run;

const EDITOR = { email: 'editor@schedule.example', password: 'Editor-password-1' };
const AUTHOR = { email: 'author@schedule.example', password: 'Author-password-1' };
const INFO = 'api::info-page.info-page';
const body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Words' }] }];

let cms: TestCms;
let mailbox: Mailbox;
const tokens = { editor: '', author: '' };
type Role = keyof typeof tokens;
/** Every publish and unpublish event the CMS emitted, by document id. */
const events: Array<{ event: string; documentId: string; at: number }> = [];

interface Schedule {
  id: number;
  action: 'publish' | 'unpublish';
  state: string;
  runAt: string;
  label: string;
  scheduledBy: string;
  problems: string[];
}

/** A call to the admin API as `role` (or signed out); `raw` is sent as it is. */
const call = (role: Role | null, method: string, path: string, payload?: unknown, raw?: string) =>
  adminCall(cms.url, role ? tokens[role] : null, method, path, payload, raw);

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

/** The date boxes and time an editor would type for `ms` from now, UK time, to the second. */
function ukFields(ms: number): { day: string; month: string; year: string; time: string; at: number } {
  const at = Math.ceil((Date.now() + ms) / 1000) * 1000;
  const parts = Object.fromEntries(london.formatToParts(new Date(at)).map((part) => [part.type, part.value]));
  return {
    day: parts.day!,
    month: parts.month!,
    year: parts.year!,
    time: `${parts.hour}:${parts.minute}:${parts.second}`,
    at,
  };
}

const schedulePath = (documentId: string, action = 'publish', type = 'info-page') =>
  `/doorstep/schedules/${type}/${documentId}/${action}`;

async function schedule(role: Role, documentId: string, ms: number, action = 'publish') {
  const { at, ...fields } = ukFields(ms);
  return { at, response: await call(role, 'PUT', schedulePath(documentId, action), fields) };
}

async function schedulesOf(role: Role, documentId: string) {
  const response = await call(role, 'GET', `/doorstep/schedules/info-page/${documentId}`);
  expect(response.status).toBe(200);
  return response.body.data as { schedules: Schedule[]; mayPublish: boolean };
}

/** A draft information page saved by `role` in the content manager: its document id. */
async function draftInfoPage(role: Role, slug: string, complete = true): Promise<string> {
  const data = complete
    ? { title: `Scheduled ${slug}`, slug, summary: 'A page', body, showInFooter: false, owner: 'web@schedule.example' }
    : { title: `Scheduled ${slug}` };
  const response = await call(role, 'POST', `/content-manager/collection-types/${INFO}`, data);
  expect(response.status).toBe(201);
  return (response.body.data as { documentId: string }).documentId;
}

const published = async (documentId: string) =>
  Boolean(await cms.strapi.documents(INFO).findOne({ documentId, status: 'published' }));
const publishes = (documentId: string) =>
  events.filter((event) => event.documentId === documentId && event.event === 'entry.publish');
/** How many emails the mailbox has received. */
const mailCount = async () => ((await (await fetch(mailbox.url)).json()) as unknown[]).length;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => Promise<boolean> | boolean, limitMs = 15_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('Timed out');
    await sleep(100);
  }
}

beforeAll(async () => {
  mailbox = await startMailbox();
  cms = await startCms({
    // The demo council: a published document of every editorial type to schedule.
    seed: true,
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mailbox.smtpPort),
      SMTP_IGNORE_TLS: 'true',
      SMTP_FROM: 'cms@bramblewick.example',
      JOBS_POLL_MS: '100',
      EDITOR_EMAIL: EDITOR.email,
      EDITOR_PASSWORD: EDITOR.password,
      AUTHOR_EMAIL: AUTHOR.email,
      AUTHOR_PASSWORD: AUTHOR.password,
    },
  });
  for (const event of ['entry.publish', 'entry.unpublish']) {
    cms.strapi.eventHub.on(event, async (payload: { entry?: { documentId?: string } }) => {
      events.push({ event, documentId: payload.entry?.documentId ?? '', at: Date.now() });
      await Promise.resolve();
    });
  }
  tokens.editor = await adminToken(cms.url, EDITOR);
  tokens.author = await adminToken(cms.url, AUTHOR);
});

afterAll(async () => {
  await cms?.stop();
  await mailbox?.close();
});

describe('an Editor schedules publishing', () => {
  it('runs once at its time, through the Document Service, and a second run publishes nothing', async () => {
    const documentId = await draftInfoPage('editor', 'runs-once');
    const { at, response } = await schedule('editor', documentId, 2_000);
    expect(response.status).toBe(200);
    const scheduled = response.body.data as Schedule;
    expect(scheduled).toMatchObject({ action: 'publish', state: 'scheduled', scheduledBy: 'Demo Editor' });
    expect(Date.parse(scheduled.runAt)).toBe(at);
    expect((await schedulesOf('editor', documentId)).schedules).toEqual([scheduled]);
    const listed = await call('editor', 'GET', '/doorstep/schedules?type=info-page');
    expect(listed.status).toBe(200);
    expect((listed.body.data as { schedules: Array<{ documentId: string; title: string }> }).schedules).toContainEqual(
      expect.objectContaining({ documentId, title: 'Scheduled runs-once', label: scheduled.label }),
    );
    expect(await published(documentId)).toBe(false);

    await until(() => published(documentId));
    expect(Date.now()).toBeGreaterThanOrEqual(at);
    expect(publishes(documentId)).toHaveLength(1);
    expect(publishes(documentId)[0]!.at - at).toBeLessThan(3_000);
    expect((await schedulesOf('editor', documentId)).schedules).toEqual([]);
    // History keeps the publish as the Editor's, done on schedule.
    const history = await call('editor', 'GET', `/doorstep/history/info-page/${documentId}`);
    expect(
      (history.body.data as { revisions: Array<{ kind: string; by: { name: string } }> }).revisions[0],
    ).toMatchObject({ kind: 'published', by: { name: 'Demo Editor (scheduled)' } });

    // The job again, as a retry or a second instance would run it: nothing is published twice.
    await run.runSchedule(cms.strapi, { id: scheduled.id, version: 1 });
    await sleep(500);
    expect(publishes(documentId)).toHaveLength(1);
  });

  it('refuses a time in the past, a date that is not real and a time that is not one, saying which', async () => {
    const documentId = await draftInfoPage('editor', 'past');
    const past = await schedule('editor', documentId, -60_000);
    expect(past.response.status).toBe(400);
    expect(past.response.body.error?.message).toBe('The date and time must be in the future');
    const notReal = await call('editor', 'PUT', schedulePath(documentId), {
      day: '31',
      month: '2',
      year: '2030',
      time: '9am',
    });
    expect(notReal.status).toBe(400);
    expect(notReal.body.error).toMatchObject({
      message: 'The date must be a real date, for example 5 1 2027',
      details: { field: 'date' },
    });
    const gap = await call('editor', 'PUT', schedulePath(documentId), {
      day: '31',
      month: '3',
      year: '2030',
      time: '1:15am',
    });
    expect(gap.status).toBe(400);
    expect(gap.body.error?.message).toContain('There is no 1:15am on 31 Mar 2030 in the UK');
    expect((await schedulesOf('editor', documentId)).schedules).toEqual([]);
  });

  it('checks the publish rules when scheduling, listing every problem', async () => {
    const documentId = await draftInfoPage('editor', 'incomplete', false);
    const { response } = await schedule('editor', documentId, 60_000);
    expect(response.status).toBe(400);
    expect(response.body.error?.message).toMatch(/^It cannot be scheduled to publish yet:\n- /);
    const problems = response.body.error?.details?.problems ?? [];
    expect(problems.length).toBeGreaterThanOrEqual(2);
    for (const problem of problems) expect(response.body.error?.message).toContain(problem);
    expect((await schedulesOf('editor', documentId)).schedules).toEqual([]);
  });

  it('checks them again when it runs: a draft made invalid is not published, and its Editor is told why', async () => {
    const documentId = await draftInfoPage('editor', 'made-invalid');
    const { response } = await schedule('editor', documentId, 3_000);
    expect(response.status).toBe(200);
    const saved = await call('editor', 'PUT', `/content-manager/collection-types/${INFO}/${documentId}`, {
      body: [
        { type: 'heading', level: 1, children: [{ type: 'text', text: 'Big' }] },
        { type: 'heading', level: 1, children: [{ type: 'text', text: 'Bigger' }] },
      ],
    });
    expect(saved.status).toBe(200);

    await until(async () => (await schedulesOf('editor', documentId)).schedules[0]?.state === 'failed');
    const [failed] = (await schedulesOf('editor', documentId)).schedules;
    expect(failed!.problems).toHaveLength(2);
    expect(failed!.problems.join('\n')).toMatch(/Page content, block 1: [\s\S]*Page content, block 2: /);
    expect(await published(documentId)).toBe(false);
    expect(publishes(documentId)).toHaveLength(0);

    const mail = await waitForMail(mailbox.url, EDITOR.email, 'Not published on schedule: Scheduled made-invalid');
    expect(mail.text).toContain('It was not published, because:');
    for (const problem of failed!.problems) expect(mail.text).toContain(problem);
    const listed = await call('editor', 'GET', '/doorstep/schedules');
    expect((listed.body.data as { schedules: Array<{ documentId: string; state: string }> }).schedules).toContainEqual(
      expect.objectContaining({ documentId, state: 'failed' }),
    );
  });
});

describe('every editorial type', () => {
  it('unpublishes and publishes a service page, hub, web form and alert banner at their times; a form counts a version', async () => {
    const types = {
      'service-page': 'api::service-page.service-page',
      'community-hub': 'api::community-hub.community-hub',
      'form-definition': 'api::form-definition.form-definition',
      'alert-banner': 'api::alert-banner.alert-banner',
    } as const;
    const chosen = await Promise.all(
      Object.entries(types).map(async ([type, uid]) => {
        const [live] = (await cms.strapi
          .documents(uid as never)
          .findMany({ status: 'published', limit: 1 } as never)) as unknown as Array<{ documentId: string }>;
        expect(live, type).toBeDefined();
        return { type, uid, documentId: live!.documentId };
      }),
    );
    const isLive = ({ uid, documentId }: (typeof chosen)[number]) =>
      cms.strapi.documents(uid as never).findOne({ documentId, status: 'published' } as never);
    const formVersion = async () =>
      ((await isLive(chosen.find(({ type }) => type === 'form-definition')!)) as unknown as { version: number })
        .version;
    const versionBefore = await formVersion();

    const run = async (action: 'publish' | 'unpublish') => {
      // Far enough ahead for four calls, each checking the publish rules, on a slow machine.
      const { at, ...fields } = ukFields(6_000);
      for (const { type, documentId } of chosen) {
        const response = await call('editor', 'PUT', schedulePath(documentId, action, type), fields);
        expect(response.status, `${action} ${type}: ${JSON.stringify(response.body.error)}`).toBe(200);
      }
      return at;
    };
    const unpublishAt = await run('unpublish');
    await until(async () => (await Promise.all(chosen.map(isLive))).every((live) => !live));
    expect(Date.now()).toBeGreaterThanOrEqual(unpublishAt);

    const publishAt = await run('publish');
    await until(async () => (await Promise.all(chosen.map(isLive))).every(Boolean));
    expect(Date.now()).toBeGreaterThanOrEqual(publishAt);
    expect(await formVersion()).toBe(versionBefore + 1);
  });
});

describe('cancelling and scheduling again', () => {
  it('cancelled, the queued job publishes nothing', async () => {
    const documentId = await draftInfoPage('editor', 'cancelled');
    const { at, response } = await schedule('editor', documentId, 2_000);
    expect(response.status).toBe(200);
    expect((await call('editor', 'DELETE', schedulePath(documentId))).status).toBe(200);
    expect((await schedulesOf('editor', documentId)).schedules).toEqual([]);
    await until(() => Date.now() > at + 1_500);
    expect(await published(documentId)).toBe(false);
    const again = await call('editor', 'DELETE', schedulePath(documentId));
    expect(again.status).toBe(409);
    expect(again.body.error?.message).toBe('There is no scheduled publishing to cancel.');
  });

  it('deleting the document cancels its schedules: its queued job does nothing, and no one is emailed', async () => {
    const documentId = await draftInfoPage('editor', 'deleted-while-scheduled');
    const { at, response } = await schedule('editor', documentId, 2_000);
    expect(response.status).toBe(200);
    const sentBefore = await mailCount();
    expect((await call('editor', 'DELETE', `/content-manager/collection-types/${INFO}/${documentId}`)).status).toBe(
      200,
    );
    const rows = () =>
      cms.strapi.db.connection('doorstep_schedules').where({ document_id: documentId }).select('state');
    expect(await rows()).toEqual([{ state: 'cancelled' }]);
    await until(() => Date.now() > at + 1_500);
    expect(await rows()).toEqual([{ state: 'cancelled' }]);
    expect(publishes(documentId)).toEqual([]);
    expect(await cms.strapi.documents(INFO).findOne({ documentId })).toBeNull();
    expect(await mailCount()).toBe(sentBefore);
  });

  it('scheduled again for later, it publishes at the new time only, once', async () => {
    const documentId = await draftInfoPage('editor', 'rescheduled');
    const first = await schedule('editor', documentId, 2_000);
    expect(first.response.status).toBe(200);
    const second = await schedule('editor', documentId, 5_000);
    expect(second.response.status).toBe(200);
    expect((second.response.body.data as Schedule).id).toBe((first.response.body.data as Schedule).id);
    await until(() => Date.now() > first.at + 1_500);
    expect(await published(documentId)).toBe(false);
    await until(() => published(documentId));
    expect(Date.now()).toBeGreaterThanOrEqual(second.at);
    await sleep(500);
    expect(publishes(documentId)).toHaveLength(1);
  });

  it('unpublishes at its time, and only after a scheduled publish', async () => {
    const documentId = await draftInfoPage('editor', 'unpublished');
    const publishAt = await schedule('editor', documentId, 60_000);
    expect(publishAt.response.status).toBe(200);
    const early = await schedule('editor', documentId, 30_000, 'unpublish');
    expect(early.response.status).toBe(400);
    expect(early.response.body.error?.message).toMatch(/^It is scheduled to publish on .*: choose a time after that/);
    expect((await call('editor', 'DELETE', schedulePath(documentId))).status).toBe(200);

    const publishedNow = await call(
      'editor',
      'POST',
      `/content-manager/collection-types/${INFO}/${documentId}/actions/publish`,
      {},
    );
    expect(publishedNow.status).toBe(200);
    const { response } = await schedule('editor', documentId, 2_000, 'unpublish');
    expect(response.status).toBe(200);
    await until(async () => !(await published(documentId)));
    expect(events.filter((event) => event.documentId === documentId && event.event === 'entry.unpublish')).toHaveLength(
      1,
    );
  });
});

describe('an Author', () => {
  it('sees schedules but may not schedule or cancel, even on their own draft', async () => {
    const documentId = await draftInfoPage('author', 'authors-own');
    expect(await schedulesOf('author', documentId)).toEqual({ schedules: [], mayPublish: false });
    const { response } = await schedule('author', documentId, 60_000);
    expect(response.status).toBe(403);
    expect(response.body.error?.message).toBe('Only Editors can schedule publishing.');
    expect((await schedule('editor', documentId, 60_000)).response.status).toBe(200);
    expect((await call('author', 'DELETE', schedulePath(documentId))).status).toBe(403);
    expect((await schedulesOf('author', documentId)).schedules).toHaveLength(1);
    expect((await call('editor', 'DELETE', schedulePath(documentId))).status).toBe(200);
  });

  it('signed out, nothing is answered', async () => {
    expect((await call(null, 'GET', '/doorstep/schedules')).status).toBe(401);
    expect((await call(null, 'PUT', schedulePath('abc'), {})).status).toBe(401);
  });
});

describe('bad input', () => {
  it('is always refused with a 4xx, never a 5xx', async () => {
    const documentId = await draftInfoPage('editor', 'fuzzed');
    const value = fc.oneof(hostileText, fc.jsonValue());
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(documentId, 'no-such-document', 'x'.repeat(70)),
        fc.oneof(fc.constantFrom('publish', 'unpublish'), hostileText),
        fc.oneof(fc.constantFrom('info-page', 'service-page', 'alert-banner'), hostileText),
        fc.oneof(
          fc.record({ day: value, month: value, year: value, time: value }, { requiredKeys: [] }),
          fc.record({ day: hostileText, month: hostileText, year: hostileText, time: hostileText }),
          fc.jsonValue(),
        ),
        fc.constantFrom('PUT', 'DELETE', 'GET'),
        async (id, action, type, payload, method) => {
          const url = `/doorstep/schedules/${encodeURIComponent(type) || 'x'}/${encodeURIComponent(id)}/${encodeURIComponent(action) || 'x'}`;
          const response = await call('editor', method, url, method === 'PUT' ? payload : undefined);
          expect(response.status).toBeGreaterThanOrEqual(200);
          expect(response.status).toBeLessThan(500);
          if (response.status === 200 && method === 'PUT') {
            await call('editor', 'DELETE', url);
          }
        },
      ),
      { numRuns: 150 },
    );
    const listed = await call('editor', 'GET', `/doorstep/schedules?type=${encodeURIComponent('<script>')}`);
    expect(listed.status).toBe(400);
    expect((await call('editor', 'PUT', schedulePath(documentId), undefined, '{"day":')).status).toBe(400);
  });
});
