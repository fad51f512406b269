import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type RestBody, type TestCms } from '../../scripts/lib/cms/throwaway';

let cms: TestCms;
let draftTitle: string;

beforeAll(async () => {
  cms = await startCms({ seed: true });
  draftTitle = `Unpublished draft ${Date.now()}`;
  const pages = cms.strapi.documents('api::service-page.service-page');
  const published = await pages.findFirst({ status: 'published', populate: ['serviceArea', 'supportLevel'] });
  // A draft that has never been published, and a published page with unpublished edits.
  await pages.create({
    data: {
      title: draftTitle,
      slug: 'unpublished-draft',
      summary: 'Secret',
      body: [],
      taskType: 'information',
      isTopTask: false,
      owner: 'team@bramblewick.example',
      reviewBy: '2027-01-01',
    } as never,
  });
  await pages.update({ documentId: published!.documentId, data: { summary: `${draftTitle} edit` } as never });
});

afterAll(async () => {
  await cms?.stop();
});

const rest = (path: string) => fetch(`${cms.url}${path}`);

describe('anonymous readers see published content only', () => {
  it('refuses REST requests for drafts', async () => {
    const response = await rest('/api/service-pages?status=draft&pagination[pageSize]=100');
    expect(response.status).toBe(403);
    const body = (await response.json()) as RestBody;
    expect(JSON.stringify(body)).not.toContain(draftTitle);
    expect(body.error?.message).toMatch(/Drafts are not available/);
  });

  it('lets an API token (the build’s, a preview’s) read drafts, over REST and GraphQL', async () => {
    const tokens = cms.strapi.service('admin::api-token') as unknown as {
      create(token: object): Promise<{ accessKey: string }>;
    };
    const { accessKey } = await tokens.create({ name: 'drafts', type: 'read-only', lifespan: null, description: '' });
    const headers = { Authorization: `Bearer ${accessKey}` };
    const response = await fetch(`${cms.url}/api/service-pages?status=draft&pagination[pageSize]=100`, { headers });
    expect(response.status).toBe(200);
    expect(JSON.stringify(await response.json())).toContain(draftTitle);
    const result = await cms.graphql(
      '{ servicePages(status: DRAFT, pagination: { pageSize: 100 }) { title } }',
      {},
      headers,
    );
    expect(result.body.errors).toBeUndefined();
    expect(JSON.stringify(result.body.data)).toContain(draftTitle);
  });

  it.each(['info-pages', 'search-best-bets', 'search-synonyms', 'verges'])(
    'refuses drafts of %s over REST',
    async (type) => {
      expect((await rest(`/api/${type}?status=draft`)).status).toBe(403);
      expect((await rest(`/api/${type}`)).status).toBe(200);
    },
  );

  it('serves the site settings read-only, and never their draft', async () => {
    expect((await rest('/api/site-setting')).status).toBe(200);
    expect((await rest('/api/site-setting?status=draft')).status).toBe(403);
    const result = await cms.graphql('{ siteSetting(status: DRAFT) { councilName } }');
    expect(result.status).toBe(403);
  });

  it('refuses a REST findOne for a draft', async () => {
    const [draft] = await cms.strapi
      .documents('api::service-page.service-page')
      .findMany({ status: 'draft', filters: { slug: 'unpublished-draft' } });
    const response = await rest(`/api/service-pages/${draft!.documentId}?status=draft`);
    expect(response.status).toBe(403);
    const plain = await rest(`/api/service-pages/${draft!.documentId}`);
    expect(plain.status).toBe(404);
  });

  it('never lists unpublished entries or unpublished edits by default', async () => {
    const response = await rest('/api/service-pages?pagination[pageSize]=100');
    expect(response.status).toBe(200);
    expect(JSON.stringify(await response.json())).not.toContain(draftTitle);
  });

  it('refuses GraphQL queries for drafts with a 403 and no data', async () => {
    const result = await cms.graphql(
      '{ servicePages(status: DRAFT, pagination: { pageSize: 100 }) { title summary } }',
    );
    expect(result.status).toBe(403);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(result.body)).not.toContain(draftTitle);
  });

  it('refuses drafts through a single-entry GraphQL query and a connection', async () => {
    const [draft] = await cms.strapi
      .documents('api::service-page.service-page')
      .findMany({ status: 'draft', filters: { slug: 'unpublished-draft' } });
    const single = await cms.graphql(`{ servicePage(documentId: "${draft!.documentId}", status: DRAFT) { title } }`);
    expect(single.status).toBe(403);
    const connection = await cms.graphql('{ servicePages_connection(status: DRAFT) { nodes { title } } }');
    expect(connection.status).toBe(403);
    expect(JSON.stringify([single.body, connection.body])).not.toContain(draftTitle);
  });

  it('does not leak drafts through relations of published entries', async () => {
    const result = await cms.graphql(
      '{ serviceAreas(pagination: { pageSize: 100 }) { servicePages(pagination: { pageSize: 100 }) { title summary } } }',
    );
    expect(result.status).toBe(200);
    expect(JSON.stringify(result.body)).not.toContain(draftTitle);
  });
});

describe('the public cannot write', () => {
  it.each([
    ['POST', '/api/service-pages'],
    ['PUT', '/api/service-pages/abc'],
    ['DELETE', '/api/service-pages/abc'],
    ['POST', '/api/support-levels'],
  ])('%s %s is not a route', async (method, path) => {
    const response = await fetch(`${cms.url}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: method === 'DELETE' ? undefined : '{"data":{}}',
    });
    expect([403, 404, 405]).toContain(response.status);
  });

  it('has no GraphQL mutations for content', async () => {
    const result = await cms.graphql('mutation { createServicePage(data: { title: "x" }) { documentId } }');
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.message).toMatch(/Cannot query field "createServicePage"/);
  });

  it('keeps public registration closed', async () => {
    const response = await fetch(`${cms.url}/api/auth/local/register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'mallory', email: 'mallory@example.com', password: 'Password123' }),
    });
    expect(response.status).toBe(403);
  });
});

describe('private and admin fields', () => {
  it.each([
    'filters[createdBy][password][$startsWith]=$2',
    'filters[updatedBy][email][$contains]=@',
    'sort=createdBy.password',
    'filters[owner][$contains]=@',
    'sort=reviewBy:asc',
    'fields[0]=owner',
    'populate[createdBy]=*',
  ])('rejects %s with 400', async (query) => {
    const response = await rest(`/api/service-pages?${query}`);
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/\$2[aby]\$/);
  });

  it('never returns private fields over REST', async () => {
    const body = (await (await rest('/api/service-pages?pagination[pageSize]=5')).json()) as RestBody;
    expect(Array.isArray(body.data)).toBe(true);
    const first = (body.data as Array<Record<string, unknown>>)[0];
    expect(first).toHaveProperty('title');
    expect(first).not.toHaveProperty('owner');
    expect(first).not.toHaveProperty('reviewBy');
    expect(first).not.toHaveProperty('createdBy');
  });

  it.each([
    '{ servicePages { owner } }',
    '{ servicePages { reviewBy } }',
    '{ servicePages { createdBy { email } } }',
    '{ servicePages(filters: { owner: { contains: "@" } }) { title } }',
    '{ servicePages(sort: "owner:asc") { title } }',
  ])('rejects GraphQL %s', async (query) => {
    const result = await cms.graphql(query);
    expect(result.status).toBe(400);
    expect(result.body.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(result.body)).not.toContain('bramblewick.example');
  });
});
