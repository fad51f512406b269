/**
 * The public API cache (ADR 0013, cms/src/public-api/cache/): anonymous, published-only
 * reads are answered from memory, keyed by the content generation, until a write to
 * public content moves it on. Runs on SQLite, and on PostgreSQL with
 * DATABASE_CLIENT=postgres (the embedded generation; the cluster's is in
 * api-cache-cluster.test.ts).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importVerges } from '../../cms/src/verges/import';
import { REPO_ROOT } from '../../scripts/lib/cms/paths';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { cacheProbe } from './api-cache-probe';

let cms: TestCms;
const PAGES = 'api::service-page.service-page';
const pages = () => cms.strapi.documents(PAGES);

export interface Answer {
  status: number;
  cache: string | null;
  etag: string | null;
  text: string;
  headers: Headers;
}

async function answerOf(response: Response): Promise<Answer> {
  return {
    status: response.status,
    cache: response.headers.get('x-cache'),
    etag: response.headers.get('etag'),
    text: await response.text(),
    headers: response.headers,
  };
}

const rest = async (path: string, headers: Record<string, string> = {}) =>
  answerOf(await fetch(`${cms.url}${path}`, { headers }));

const graphql = async (
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Answer> =>
  answerOf(
    await fetch(`${cms.url}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    }),
  );

/** Queries Strapi sends to a table while `work` runs: a hit sends none. */
async function queriesTo(table: string, work: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const listener = (query: { sql?: string }) => {
    if (query.sql?.includes(table)) count += 1;
  };
  const knex = cms.strapi.db.connection as unknown as {
    on(event: 'query', listener: (query: { sql?: string }) => void): void;
    off(event: 'query', listener: (query: { sql?: string }) => void): void;
  };
  knex.on('query', listener);
  try {
    await work();
  } finally {
    knex.off('query', listener);
  }
  return count;
}

let token: Record<string, string>;
let published: { documentId: string; slug: string };

beforeAll(async () => {
  cms = await startCms({ seed: true });
  const tokens = cms.strapi.service('admin::api-token') as unknown as {
    create(token: object): Promise<{ accessKey: string }>;
  };
  const { accessKey } = await tokens.create({ name: 'cache', type: 'full-access', lifespan: null, description: '' });
  token = { Authorization: `Bearer ${accessKey}` };
  const first = await pages().findFirst({ status: 'published', sort: 'title:asc' });
  published = { documentId: first!.documentId, slug: String(first!.slug) };
});

afterAll(async () => {
  await cms?.stop();
});

const LIST = '/api/service-pages?sort=title:asc&pagination[pageSize]=100';
const GRAPHQL_LIST = '{ servicePages(sort: "title:asc", pagination: { pageSize: 100 }) { documentId title summary } }';

describe('a repeated anonymous read', () => {
  it('is answered from the cache: same body, no query to the database, security headers still on', async () => {
    const first = await rest(LIST);
    expect(first).toMatchObject({ status: 200, cache: 'MISS' });
    let second: Answer | undefined;
    const queries = await queriesTo('service_pages', async () => (second = await rest(LIST)));
    expect(second).toMatchObject({ status: 200, cache: 'HIT', text: first.text, etag: first.etag });
    expect(queries).toBe(0);
    for (const header of ['content-security-policy', 'x-frame-options', 'x-content-type-options']) {
      expect(second!.headers.get(header)).toBe(first.headers.get(header));
      expect(second!.headers.get(header)).not.toBeNull();
    }
    expect(second!.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('is one key whatever the order of the parameters, and another for another query', async () => {
    await rest('/api/service-pages?pagination[pageSize]=7&sort=title:asc');
    expect((await rest('/api/service-pages?sort=title:asc&pagination[pageSize]=7')).cache).toBe('HIT');
    expect((await rest('/api/service-pages?sort=title:desc&pagination[pageSize]=7')).cache).toBe('MISS');
  });

  it('over GraphQL: the same document however written, and the same variables in any order', async () => {
    const query =
      'query List($size: Int, $sort: [String]) { servicePages(sort: $sort, pagination: { pageSize: $size }) { title } }';
    const first = await graphql(query, { size: 5, sort: ['title:asc'] });
    expect(first).toMatchObject({ status: 200, cache: 'MISS' });
    const reformatted = query.replace(/ /g, '\n  ').replace('{ title }', '{\n title # the title\n }');
    const again = await graphql(reformatted, { sort: ['title:asc'], size: 5 });
    expect(again).toMatchObject({ status: 200, cache: 'HIT', text: first.text });
    expect((await graphql(query, { size: 6, sort: ['title:asc'] })).cache).toBe('MISS');
  });

  it('over GraphQL by GET, with Apollo’s CSRF prevention still applied to a request without a preflight header', async () => {
    const url = `${cms.url}/graphql?query=${encodeURIComponent(GRAPHQL_LIST)}`;
    const preflight = { 'apollo-require-preflight': 'true' };
    expect((await answerOf(await fetch(url, { headers: preflight }))).cache).toBe('MISS');
    expect(await answerOf(await fetch(url, { headers: preflight }))).toMatchObject({ status: 200, cache: 'HIT' });
    const simple = await answerOf(await fetch(url));
    expect(simple.status).toBe(400);
    expect(simple.cache).toBe('BYPASS');
  });

  it('answers If-None-Match with a 304 when the ETag matches, and in full when it does not', async () => {
    const { etag } = await rest(LIST);
    const notModified = await fetch(`${cms.url}${LIST}`, { headers: { 'If-None-Match': etag! } });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe('');
    expect(notModified.headers.get('etag')).toBe(etag);
    expect((await rest(LIST, { 'If-None-Match': '"something else"' })).status).toBe(200);
    const body = await graphql(GRAPHQL_LIST);
    expect((await graphql(GRAPHQL_LIST, undefined, { 'If-None-Match': `W/${body.etag!}` })).status).toBe(304);
  });
});

describe('writes to public content invalidate the cache', () => {
  const title = (answer: Answer) => (JSON.parse(answer.text) as { data: { title: string } | null }).data?.title ?? null;
  const one = () => rest(`/api/service-pages/${published.documentId}`);

  it('update then publish, unpublish, publish again, and delete: each read next is fresh', async () => {
    await one();
    expect((await one()).cache).toBe('HIT');

    await pages().update({ documentId: published.documentId, data: { title: 'Renamed by the cache test' } as never });
    const afterUpdate = await one();
    expect(afterUpdate.cache).toBe('MISS'); // a draft save moves the generation on too
    expect(title(afterUpdate)).not.toBe('Renamed by the cache test');

    await pages().publish({ documentId: published.documentId });
    expect(title(await one())).toBe('Renamed by the cache test');
    expect((await one()).cache).toBe('HIT');

    await pages().unpublish({ documentId: published.documentId });
    expect(await one()).toMatchObject({ status: 404 });
    expect((await rest(LIST)).text).not.toContain('Renamed by the cache test');

    await pages().publish({ documentId: published.documentId });
    expect(await one()).toMatchObject({ status: 200, cache: 'MISS' });
    expect((await rest(LIST)).text).toContain('Renamed by the cache test');

    const doomed = await pages().findFirst({ status: 'published', sort: 'title:desc' });
    expect((await rest(LIST)).text).toContain(doomed!.documentId);
    await pages().delete({ documentId: doomed!.documentId });
    const afterDelete = await rest(LIST);
    expect(afterDelete.cache).toBe('MISS');
    expect(afterDelete.text).not.toContain(doomed!.documentId);
  });

  it('changes to the Public role’s permissions: a read it loses is refused, not answered from the cache', async () => {
    const BANNERS = '/api/alert-banners';
    expect((await rest(BANNERS)).status).toBe(200);
    expect((await rest(BANNERS)).cache).toBe('HIT');
    const permissions = cms.strapi.db.query('plugin::users-permissions.permission');
    const role = (await cms.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' } })) as { id: number };
    const action = 'api::alert-banner.alert-banner.find';
    await permissions.delete({ where: { action, role: role.id } });
    try {
      expect(await rest(BANNERS)).toMatchObject({ status: 403, cache: 'BYPASS' });
    } finally {
      await permissions.create({ data: { action, role: role.id } });
    }
    expect(await rest(BANNERS)).toMatchObject({ status: 200, cache: 'MISS' });
  });
});

describe('what never enters the cache', () => {
  it('a request with Authorization is neither answered from the cache nor kept', async () => {
    const path = '/api/service-pages?sort=title:asc&pagination[pageSize]=3';
    const withToken = await rest(path, token);
    expect(withToken).toMatchObject({ status: 200, cache: 'BYPASS' });
    expect((await rest(path)).cache).toBe('MISS'); // the token's answer was not kept
    expect((await rest(path, token)).cache).toBe('BYPASS'); // nor is the anonymous one served to it
    const bad = await rest(path, { Authorization: 'Bearer not-a-token' });
    expect(bad.status).toBe(401);
  });

  it('requests naming a draft status, refused or not', async () => {
    for (const path of ['/api/service-pages?status=draft', '/api/service-pages?publicationState=preview']) {
      const first = await rest(path);
      expect(first.status).toBeGreaterThanOrEqual(400);
      expect(first.cache).toBe('BYPASS');
    }
    const asked = await graphql('{ servicePages(status: DRAFT) { title } }');
    expect(asked).toMatchObject({ status: 403, cache: 'BYPASS' });
    const variable = await graphql('query($s: PublicationStatus) { servicePages(status: $s) { title } }', {
      s: 'PUBLISHED',
    });
    expect(variable).toMatchObject({ status: 200, cache: 'BYPASS' });
    expect((await graphql('{ servicePages(status: PUBLISHED) { title } }')).cache).toBe('MISS');
  });

  it('errors: a refused REST query, an invalid GraphQL document, a GraphQL error, a mutation', async () => {
    for (let i = 0; i < 2; i += 1) {
      expect(await rest('/api/service-pages?nonsense=1')).toMatchObject({ status: 400, cache: 'BYPASS' });
      expect(await graphql('{ servicePages { notAField } }')).toMatchObject({ status: 400, cache: 'BYPASS' });
      expect((await graphql('{ me { id } }')).cache).toBe('BYPASS');
      expect((await graphql('{ servicePages( }')).cache).toBe('BYPASS');
      const mutation = await graphql('mutation { login(input: { identifier: "a", password: "b" }) { jwt } }');
      expect(mutation.cache).toBe('BYPASS');
    }
  });
});

describe('the verge export', () => {
  it('is cached, and an import through the bulk writer invalidates it', async () => {
    const page = '/api/verges/export?page=1&pageSize=5';
    const first = await rest(page);
    expect(first).toMatchObject({ status: 200, cache: 'MISS' });
    expect((await rest(page)).cache).toBe('HIT');
    const total = (answer: Answer) => (JSON.parse(answer.text) as { meta: { total: number } }).meta.total;
    const fixture = (name: string) => path.join(REPO_ROOT, 'tests/fixtures/verges', name);
    const result = await importVerges(cms.strapi, {
      file: fixture('bramblewick-bng.geojson'),
      schedule: fixture('schedule.csv'),
    });
    expect(result).toMatchObject({ outcome: 'imported', created: 6 });
    const after = await rest(page);
    expect(after.cache).toBe('MISS');
    expect(total(after)).toBe(total(first) + 6);
  });
});

describe('a probe: markers in a draft and in a private field never reach an anonymous or cached answer', () => {
  it('holds over interleaved token and anonymous reads of the same queries (property-based)', async () => {
    await cacheProbe({ strapi: cms.strapi, rest, graphql, token, documentId: published.documentId });
  });
});
