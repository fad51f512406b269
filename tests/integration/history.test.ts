import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pruneRevisions } from '../../cms/src/history/prune';
import { REVISIONS_TABLE } from '../../cms/src/history/store';
import { adminCall, adminToken } from '../support/admin';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';

/**
 * History (issue 17, item 3; cms/src/history): revisions kept on save, publish and
 * restore, as the Editor and the Author through the admin API (the content manager's
 * own routes, as the admin writes); compare; restore into the draft with the live
 * version untouched; who may do what; pruning; and bad input, never a 5xx.
 */
const EDITOR = { email: 'editor@history.example', password: 'Editor-password-1' };
const AUTHOR = { email: 'author@history.example', password: 'Author-password-1' };
const CASEWORKER = { email: 'caseworker@history.example', password: 'Caseworker-password-1' };
const INFO = 'api::info-page.info-page';
const SERVICE = 'api::service-page.service-page';
const FORM = 'api::form-definition.form-definition';
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

let cms: TestCms;
const tokens = { editor: '', author: '', caseworker: '' };
type Role = keyof typeof tokens;

interface Revision {
  id: number;
  type: string;
  documentId: string;
  kind: 'saved' | 'published' | 'unpublished' | 'restored';
  by: { id: number | null; name: string };
  at: string;
  title: string;
  formVersion: number | null;
}
interface Line {
  text: string;
  style: string;
  depth: number;
  changed: boolean;
}
interface Field {
  name: string;
  label: string;
  changed: boolean;
  before: Line[];
  after: Line[];
}

/** A call to the admin API as `role` (or signed out); `raw` is sent as it is. */
const call = (role: Role | null, method: string, path: string, payload?: unknown, raw?: string) =>
  adminCall(cms.url, role ? tokens[role] : null, method, path, payload, raw);

const manager = (uid: string, rest = '') => `/content-manager/collection-types/${uid}${rest}`;
const history = (type: string, documentId: string, rest = '') => `/doorstep/history/${type}/${documentId}${rest}`;

async function revisionsOf(role: Role, type: string, documentId: string): Promise<Revision[]> {
  const response = await call(role, 'GET', history(type, documentId));
  expect(response.status).toBe(200);
  return (response.body.data as { revisions: Revision[] }).revisions;
}

async function compare(role: Role, type: string, documentId: string, from: number, to: number) {
  const response = await call(role, 'GET', history(type, documentId, `/compare?from=${from}&to=${to}`));
  expect(response.status).toBe(200);
  return response.body.data as { older: Revision; newer: Revision; fields: Field[]; mayRestore: boolean };
}

async function infoPage(role: Role, slug: string, title: string): Promise<string> {
  const response = await call(role, 'POST', manager(INFO), {
    title,
    slug,
    summary: 'A page with a history',
    body: [paragraph('The first words.')],
    showInFooter: false,
    owner: 'web@history.example',
  });
  expect(response.status).toBe(201);
  return (response.body.data as { documentId: string }).documentId;
}

const save = (role: Role, documentId: string, data: Record<string, unknown>, uid = INFO) =>
  call(role, 'PUT', manager(uid, `/${documentId}`), data);
const publish = (role: Role, documentId: string, uid = INFO) =>
  call(role, 'POST', manager(uid, `/${documentId}/actions/publish`), {});

beforeAll(async () => {
  cms = await startCms({
    env: {
      EDITOR_EMAIL: EDITOR.email,
      EDITOR_PASSWORD: EDITOR.password,
      AUTHOR_EMAIL: AUTHOR.email,
      AUTHOR_PASSWORD: AUTHOR.password,
      SERVICE_TEAM_EMAIL: CASEWORKER.email,
      SERVICE_TEAM_PASSWORD: CASEWORKER.password,
    },
  });
  tokens.editor = await adminToken(cms.url, EDITOR);
  tokens.author = await adminToken(cms.url, AUTHOR);
  tokens.caseworker = await adminToken(cms.url, CASEWORKER);
});

afterAll(async () => {
  await cms?.stop();
});

describe('saving and publishing keep revisions', () => {
  it('records who and when for each save and publish, newest first, and nothing for a save that changes nothing', async () => {
    const before = Date.now();
    const documentId = await infoPage('editor', 'history-saves', 'Parking permits');
    expect((await save('editor', documentId, { title: 'Parking permits for residents' })).status).toBe(200);
    expect((await publish('editor', documentId)).status).toBe(200);
    // Saving again what is already there keeps nothing new.
    expect((await save('editor', documentId, { title: 'Parking permits for residents' })).status).toBe(200);
    const revisions = await revisionsOf('editor', 'info-page', documentId);
    expect(revisions.map((revision) => [revision.kind, revision.title])).toEqual([
      ['published', 'Parking permits for residents'],
      ['saved', 'Parking permits for residents'],
      ['saved', 'Parking permits'],
    ]);
    for (const revision of revisions) {
      expect(revision.by.name).toBe('Demo Editor');
      expect(revision.by.id).toEqual(expect.any(Number));
      expect(Date.parse(revision.at)).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(revision.at)).toBeLessThanOrEqual(Date.now());
    }
    const recent = await call('editor', 'GET', '/doorstep/history');
    expect(recent.status).toBe(200);
    expect((recent.body.data as { revisions: Revision[] }).revisions[0]).toMatchObject({
      documentId,
      kind: 'published',
    });
  });

  it('keeps the Author’s own saves under their name; the Author may list and restore only their own', async () => {
    const documentId = await infoPage('author', 'history-author', 'Allotments');
    expect((await save('author', documentId, { summary: 'Rent an allotment' })).status).toBe(200);
    const revisions = await revisionsOf('author', 'info-page', documentId);
    expect(revisions.map((revision) => [revision.kind, revision.by.name])).toEqual([
      ['saved', 'Demo Author'],
      ['saved', 'Demo Author'],
    ]);
    expect((await call('author', 'GET', history('info-page', documentId))).body.data).toMatchObject({
      mayRestore: true,
    });
    const editors = await infoPage('editor', 'history-editors', 'Street trading');
    expect((await call('author', 'GET', history('info-page', editors))).status).toBe(403);
    // The latest changes list only what the Author may read: their own documents.
    const recent = await call('author', 'GET', '/doorstep/history');
    const listed = (recent.body.data as { revisions: Revision[] }).revisions.map((revision) => revision.documentId);
    expect(listed).toContain(documentId);
    expect(listed).not.toContain(editors);
    const [theirs] = await revisionsOf('editor', 'info-page', editors);
    expect((await call('author', 'POST', history('info-page', editors, `/${theirs!.id}/restore`), {})).status).toBe(
      403,
    );
  });
});

describe('Strapi’s own history page (a paid feature: "Whoops!" in Community Edition)', () => {
  it('is sent on to Doorstep’s before the admin loads: a document’s history, or the latest changes', async () => {
    const documentId = await infoPage('editor', 'history-by-strapis-address', 'By Strapi’s address');
    const open = (path: string) => fetch(`${cms.url}/admin${path}`, { redirect: 'manual' });
    const typed = await open(`${manager(INFO)}/${documentId}/history`);
    expect(typed.status).toBe(302);
    expect(typed.headers.get('location')).toBe(`/admin/history/info-page/${documentId}`);
    const other = await open('/content-manager/single-types/api::site-setting.site-setting/history');
    expect(other.headers.get('location')).toBe('/admin/history');
    // The edit view itself is not touched.
    expect((await open(`${manager(INFO)}/${documentId}`)).status).not.toBe(302);
  });
});

describe('comparing two revisions', () => {
  it('shows every field side by side with its label, the changed ones marked, rich text as paragraphs', async () => {
    const documentId = await infoPage('editor', 'history-compare', 'Council tax bands');
    await save('editor', documentId, { body: [paragraph('The first words.'), paragraph('Some new words.')] });
    const [newer, older] = await revisionsOf('editor', 'info-page', documentId);
    const compared = await compare('editor', 'info-page', documentId, newer!.id, older!.id);
    expect(compared.older.id).toBe(older!.id);
    expect(compared.newer.id).toBe(newer!.id);
    expect(compared.mayRestore).toBe(true);
    const byName = new Map(compared.fields.map((field) => [field.name, field]));
    expect(byName.get('title')).toMatchObject({ label: 'Title', changed: false });
    const body = byName.get('body')!;
    expect(body.changed).toBe(true);
    expect(body.before.map((line) => [line.text, line.changed])).toEqual([['The first words.', false]]);
    expect(body.after.map((line) => [line.text, line.changed])).toEqual([
      ['The first words.', false],
      ['Some new words.', true],
    ]);
    expect(byName.get('owner')?.label).toBe('Owner (who keeps this page right)');
    expect(byName.get('showInFooter')?.before).toMatchObject([{ text: 'No' }]);
  });

  it('reads components and relations of a service page in words', async () => {
    const area = await cms.strapi
      .documents('api::service-area.service-area')
      .create({ data: { title: 'History area', slug: 'history-area', summary: 'An area' } as never });
    const created = await call('editor', 'POST', manager(SERVICE), {
      title: 'Book a bulky waste collection',
      slug: 'history-bulky-waste',
      summary: 'Large items collected from home',
      body: [paragraph('We collect sofas and fridges.')],
      taskType: 'action',
      isTopTask: false,
      owner: 'waste@history.example',
      serviceArea: { connect: [{ documentId: area.documentId }] },
      contactChannels: [{ kind: 'phone', label: 'Call us', value: '01632 960 111' }],
    });
    expect(created.status).toBe(201);
    const documentId = (created.body.data as { documentId: string }).documentId;
    await save(
      'editor',
      documentId,
      { contactChannels: [{ kind: 'phone', label: 'Call us', value: '01632 960 222' }] },
      SERVICE,
    );
    const [newer, older] = await revisionsOf('editor', 'service-page', documentId);
    const fields = (await compare('editor', 'service-page', documentId, older!.id, newer!.id)).fields;
    const byName = new Map(fields.map((field) => [field.name, field]));
    expect(byName.get('serviceArea')).toMatchObject({
      label: 'Service area',
      changed: false,
      after: [{ text: 'History area' }],
    });
    const channels = byName.get('contactChannels')!;
    expect(channels.changed).toBe(true);
    expect(channels.before.map((line) => line.text)).toContain('Where: 01632 960 111');
    expect(channels.after.filter((line) => line.changed).map((line) => line.text)).toEqual(['Where: 01632 960 222']);
    expect(byName.get('taskType')?.after).toMatchObject([{ text: 'A task residents do' }]);
  });

  it('refuses revisions of another document, and ids that are not numbers', async () => {
    const one = await infoPage('editor', 'history-one', 'One');
    const two = await infoPage('editor', 'history-two', 'Two');
    const [ofOne] = await revisionsOf('editor', 'info-page', one);
    const [ofTwo] = await revisionsOf('editor', 'info-page', two);
    expect(
      (await call('editor', 'GET', history('info-page', one, `/compare?from=${ofOne!.id}&to=${ofTwo!.id}`))).status,
    ).toBe(404);
    expect((await call('editor', 'GET', history('info-page', one, `/compare?from=${ofOne!.id}&to=x`))).status).toBe(
      400,
    );
    expect((await call('editor', 'GET', history('info-page', one, `/compare?from=${ofOne!.id}`))).status).toBe(400);
  });
});

describe('restoring a revision', () => {
  it('makes the draft the old content, kept as a new revision; the live version is untouched until published', async () => {
    const documentId = await infoPage('editor', 'history-restore', 'Pest control');
    expect((await publish('editor', documentId)).status).toBe(200);
    await save('editor', documentId, {
      title: 'Pest control and wasps',
      body: [paragraph('Newer words.')],
      owner: 'pests@history.example',
      reviewBy: '2030-01-01',
    });
    expect((await publish('editor', documentId)).status).toBe(200);
    const revisions = await revisionsOf('editor', 'info-page', documentId);
    const first = revisions.at(-1)!;
    expect(first).toMatchObject({ kind: 'saved', title: 'Pest control' });

    const restored = await call('editor', 'POST', history('info-page', documentId, `/${first.id}/restore`), {});
    expect(restored.status).toBe(200);
    expect(restored.body.data).toMatchObject({
      restoredFrom: { id: first.id },
      revision: { kind: 'restored', title: 'Pest control', by: { name: 'Demo Editor' } },
    });

    const pages = cms.strapi.documents(INFO as never);
    const draft = (await pages.findOne({ documentId, status: 'draft' })) as unknown as {
      title: string;
      body: unknown;
      owner: string;
      reviewBy: string;
    };
    const live = (await pages.findOne({ documentId, status: 'published' })) as unknown as {
      title: string;
      body: unknown;
    };
    expect(draft.title).toBe('Pest control');
    expect(draft.body).toEqual([paragraph('The first words.')]);
    // Where the page stands (its owner, its next review) is not the old version's.
    expect({ owner: draft.owner, reviewBy: draft.reviewBy }).toEqual({
      owner: 'pests@history.example',
      reviewBy: '2030-01-01',
    });
    expect(live.title).toBe('Pest control and wasps');
    expect(live.body).toEqual([paragraph('Newer words.')]);
    const [latest] = await revisionsOf('editor', 'info-page', documentId);
    expect(latest).toMatchObject({ kind: 'restored', title: 'Pest control' });

    // Publishing the restored draft puts it live, kept as a revision like any publish.
    expect((await publish('editor', documentId)).status).toBe(200);
    expect(((await pages.findOne({ documentId, status: 'published' })) as unknown as { title: string }).title).toBe(
      'Pest control',
    );
  });

  it('keeps web form versions counting up, and shows each published revision’s form version', async () => {
    const forms = cms.strapi.documents(FORM);
    const form = await forms.create({
      data: {
        title: 'History form',
        slug: 'history-form',
        confirmation: 'Thank you',
        retentionDays: 30,
        checkAnswers: true,
        expectedResponse: { amount: 5, unit: 'working-days' },
        questions: [{ __component: 'form.short-text', name: 'street', label: 'Your street', optional: false }],
      } as never,
    });
    await forms.publish({ documentId: form.documentId });
    await forms.update({ documentId: form.documentId, data: { title: 'History form, changed' } as never });
    await forms.publish({ documentId: form.documentId });
    const revisions = await revisionsOf('editor', 'form-definition', form.documentId);
    expect(revisions.map((revision) => [revision.kind, revision.formVersion, revision.by.name])).toEqual([
      ['published', 2, 'Doorstep'],
      ['saved', 1, 'Doorstep'],
      ['published', 1, 'Doorstep'],
      ['saved', 0, 'Doorstep'],
    ]);
    const first = revisions.at(-1)!;
    expect(
      (await call('editor', 'POST', history('form-definition', form.documentId, `/${first.id}/restore`), {})).status,
    ).toBe(200);
    const draft = (await forms.findOne({ documentId: form.documentId, status: 'draft' })) as unknown as {
      title: string;
      version: number;
    };
    // The questions and title come back; the version number is Doorstep's, not restored.
    expect(draft).toMatchObject({ title: 'History form', version: 2 });
    await forms.publish({ documentId: form.documentId });
    const live = (await forms.findOne({ documentId: form.documentId, status: 'published' })) as unknown as {
      version: number;
    };
    expect(live.version).toBe(3);
  });
});

describe('hubs and alert banners', () => {
  it('keeps, compares in words and restores a community hub and an alert banner', async () => {
    const hubs = cms.strapi.documents('api::community-hub.community-hub');
    const hub = await hubs.create({
      data: {
        name: 'Eastfield Library hub',
        slug: 'eastfield-library-hub-history',
        summary: 'Help with council services in the library.',
        address: '1 Library Street',
        town: 'Eastfield',
        postcode: 'BW1 2AB',
        latitude: 52.1,
        longitude: -1.2,
        openingTimes: [{ day: 'monday', opens: '09:00:00.000', closes: '17:00:00.000' }],
        helpAvailable: [paragraph('Blue badges and bin days.')],
        accessibility: 'Step-free entrance.',
      } as never,
    });
    const banners = cms.strapi.documents('api::alert-banner.alert-banner');
    const banner = await banners.create({
      data: {
        title: 'Snow: bin collections delayed',
        message: 'Collections are a day late this week.',
        severity: 'warning',
        startsAt: '2026-12-01T08:00:00.000Z',
        scope: 'site',
      } as never,
    });
    const hubUid = 'api::community-hub.community-hub';
    const bannerUid = 'api::alert-banner.alert-banner';
    expect(
      (
        await save(
          'editor',
          hub.documentId,
          {
            openingTimes: [{ day: 'tuesday', opens: '10:00:00.000', closes: '16:00:00.000' }],
          },
          hubUid,
        )
      ).status,
    ).toBe(200);
    expect((await save('editor', banner.documentId, { severity: 'urgent' }, bannerUid)).status).toBe(200);

    for (const [type, documentId, field, older, newer] of [
      ['community-hub', hub.documentId, 'openingTimes', /Monday/, /Tuesday/],
      ['alert-banner', banner.documentId, 'severity', /warning|Warning/, /urgent|Urgent/],
    ] as const) {
      const [latest, first] = await revisionsOf('editor', type, documentId);
      expect(latest, type).toMatchObject({ kind: 'saved', by: { name: 'Demo Editor' } });
      const comparison = await compare('editor', type, documentId, first!.id, latest!.id);
      const changed = comparison.fields.filter((one) => one.changed).map((one) => one.name);
      expect(changed, type).toEqual([field]);
      const row = comparison.fields.find((one) => one.name === field)!;
      expect(row.before.map((line) => line.text).join(' '), type).toMatch(older);
      expect(row.after.map((line) => line.text).join(' '), type).toMatch(newer);
      const restored = await call('editor', 'POST', history(type, documentId, `/${first!.id}/restore`), {});
      expect(restored.status, type).toBe(200);
    }
    const hubDraft = (await hubs.findOne({
      documentId: hub.documentId,
      populate: ['openingTimes'],
    } as never)) as unknown as {
      openingTimes: Array<{ day: string }>;
    };
    expect(hubDraft.openingTimes.map((time) => time.day)).toEqual(['monday']);
    const bannerDraft = (await banners.findOne({ documentId: banner.documentId } as never)) as unknown as {
      severity: string;
    };
    expect(bannerDraft.severity).toBe('warning');
  });
});

describe('who may see and restore', () => {
  it('refuses a role without read on the type (403), and anyone signed out (401)', async () => {
    const documentId = await infoPage('editor', 'history-roles', 'Noise complaints');
    const [revision] = await revisionsOf('editor', 'info-page', documentId);
    expect((await call('caseworker', 'GET', history('info-page', documentId))).status).toBe(403);
    expect(
      (
        await call(
          'caseworker',
          'GET',
          history('info-page', documentId, `/compare?from=${revision!.id}&to=${revision!.id}`),
        )
      ).status,
    ).toBe(403);
    expect(
      (await call('caseworker', 'POST', history('info-page', documentId, `/${revision!.id}/restore`), {})).status,
    ).toBe(403);
    expect((await call('caseworker', 'GET', '/doorstep/history')).status).toBe(403);
    expect((await call(null, 'GET', history('info-page', documentId))).status).toBe(401);
    expect((await call(null, 'GET', '/doorstep/history')).status).toBe(401);
  });

  it('is not in the public API', async () => {
    expect((await fetch(`${cms.url}/api/doorstep/history`)).status).toBe(404);
    const { body } = await cms.graphql('{ __schema { types { name } } }');
    const names = (body.data?.__schema as { types: Array<{ name: string }> }).types.map((type) => type.name);
    expect(names.filter((name) => /revision|history/i.test(name))).toEqual([]);
  });
});

describe('pruning', () => {
  it('removes revisions older than 90 days beyond the newest 50 of each document', async () => {
    const documentId = await infoPage('editor', 'history-prune', 'Old news');
    const [kept] = await revisionsOf('editor', 'info-page', documentId);
    const knex = cms.strapi.db.connection;
    const day = 24 * 60 * 60 * 1000;
    const now = Date.now();
    const old = Array.from({ length: 60 }, (_, index) => ({
      content_type: INFO,
      document_id: documentId,
      locale: null,
      kind: 'saved',
      user_id: null,
      user_name: 'Doorstep',
      created_at: now - (100 + index) * day,
      title: `Old ${index}`,
      snapshot: '{}',
    }));
    await knex(REVISIONS_TABLE).insert(old);
    const count = async () =>
      Number(
        ((await knex(REVISIONS_TABLE).where({ document_id: documentId }).count({ n: '*' })) as [{ n: unknown }])[0].n,
      );
    expect(await count()).toBe(61);
    const removed = await pruneRevisions(cms.strapi, new Date(now));
    expect(removed).toBeGreaterThanOrEqual(11);
    expect(await count()).toBe(50);
    const left = await revisionsOf('editor', 'info-page', documentId);
    expect(left).toHaveLength(50);
    expect(left[0]!.id).toBe(kept!.id);
    // The newest 49 of the old ones stay (Old 0 … Old 48); the 11 oldest are gone.
    expect(left.at(-1)!.title).toBe('Old 48');
    expect(await pruneRevisions(cms.strapi, new Date(now))).toBe(0);
  });
});

describe('bad input', () => {
  it('is a 4xx, never a 5xx, on every route (the Author, on a document not theirs or none)', async () => {
    const documentId = await infoPage('editor', 'history-fuzz', 'Fuzzed');
    const [revision] = await revisionsOf('editor', 'info-page', documentId);
    const segment = fc.oneof(
      fc.constantFrom(
        'info-page',
        'service-page',
        'verge',
        documentId,
        String(revision!.id),
        '0',
        '-1',
        '1e400',
        '%00',
      ),
      // "." and ".." are not sent as they are: fetch resolves them into another route's path.
      fc
        .string({ maxLength: 80 })
        .map(encodeURIComponent)
        .filter((text) => text !== '.' && text !== '..'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(segment, segment, segment),
        fc.dictionary(fc.constantFrom('from', 'to', 'limit', 'x'), fc.string({ maxLength: 30 })),
        fc.oneof(
          fc.constant(undefined),
          fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)),
          fc.string(),
        ),
        async ([type, id, revisionId], query, raw) => {
          const search = new URLSearchParams(query).toString();
          for (const [method, path] of [
            ['GET', `/doorstep/history/${type}/${id}?${search}`],
            ['GET', `/doorstep/history/${type}/${id}/compare?${search}`],
            ['POST', `/doorstep/history/${type}/${id}/${revisionId}/restore`],
          ] as const) {
            const response = await call('author', method, path, undefined, method === 'POST' ? raw : undefined);
            expect(response.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
            expect(response.status, `${method} ${path}`).toBeLessThan(500);
          }
        },
      ),
      { numRuns: 60 },
    );
    // The Editor, who may restore, gets a 400 for a body that is not empty, and nothing is written.
    const before = await revisionsOf('editor', 'info-page', documentId);
    for (const raw of ['{"title":"Hacked"}', '[1]', '{"unclosed":', '"text"']) {
      const response = await call(
        'editor',
        'POST',
        history('info-page', documentId, `/${revision!.id}/restore`),
        undefined,
        raw,
      );
      expect(response.status, raw).toBe(400);
    }
    expect(await revisionsOf('editor', 'info-page', documentId)).toEqual(before);
  });
});
