import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type RestBody, type TestCms } from '../../scripts/lib/cms/throwaway';
import { GRAPHQL_LIMITS } from '@doorstep/domain/public-api';

let cms: TestCms;

beforeAll(async () => {
  cms = await startCms({ seed: true });
});

afterAll(async () => {
  await cms?.stop();
});

describe('GraphQL limits', () => {
  it('refuses a query deeper than the depth limit with a 400', async () => {
    // Each hop area -> pages -> area adds two levels.
    let selection = 'title';
    for (let i = 0; i < 5; i += 1) selection = `servicePages { serviceArea { ${selection} } }`;
    const result = await cms.graphql(`{ serviceAreas { ${selection} } }`);
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.message).toMatch(/exceeds maximum operation depth of 7/);
  });

  it('accepts a query at the depth the site needs', async () => {
    const result = await cms.graphql(
      '{ servicePages { title serviceArea { title } supportLevel { key } relatedPages { title } } }',
    );
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
  });

  it(`caps page sizes at maxLimit (${GRAPHQL_LIMITS.maxLimit})`, async () => {
    await addServicePages(cms, GRAPHQL_LIMITS.maxLimit + 5 - (await countPages()));
    const result = await cms.graphql('{ servicePages(pagination: { pageSize: 100000 }) { documentId } }');
    expect(result.status).toBe(200);
    expect((result.body.data?.servicePages as unknown[]).length).toBe(GRAPHQL_LIMITS.maxLimit);
  });

  it(`returns defaultLimit (${GRAPHQL_LIMITS.defaultLimit}) entries when no page size is given`, async () => {
    const result = await cms.graphql('{ servicePages { documentId } }');
    expect((result.body.data?.servicePages as unknown[]).length).toBe(GRAPHQL_LIMITS.defaultLimit);
  });

  it('refuses a negative or absurd limit without a 500', async () => {
    for (const pagination of [
      '{ limit: -5 }',
      '{ page: -1, pageSize: 10 }',
      '{ start: -10, limit: 5 }',
      '{ page: 1, limit: 5 }',
    ]) {
      const result = await cms.graphql(`{ servicePages(pagination: ${pagination}) { documentId } }`);
      expect(result.status, pagination).toBeLessThan(500);
    }
  });
});

describe('bad input gets a clear 4xx, never a 500', () => {
  it.each([
    ['unparseable query', '{ servicePages { title '],
    ['unknown field', '{ servicePages { nope } }'],
    ['unknown type', '{ nothings { id } }'],
    ['wrong argument type', '{ servicePages(pagination: { pageSize: "ten" }) { title } }'],
    ['unknown filter operator', '{ servicePages(filters: { title: { like: "x" } }) { title } }'],
    ['filter on a missing field', '{ servicePages(filters: { colour: { eq: "x" } }) { title } }'],
    ['invalid sort', '{ servicePages(sort: "nope:sideways") { title } }'],
  ])('GraphQL %s', async (_name, query) => {
    const result = await cms.graphql(query);
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.status).toBeLessThan(500);
    expect(result.body.errors?.[0]?.message).toBeTruthy();
    expect(JSON.stringify(result.body)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });

  it('rejects a body that is not JSON', async () => {
    const response = await fetch(`${cms.url}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
  });

  it('answers an unknown slug with an empty list, not an error', async () => {
    const result = await cms.graphql(
      'query($slug: String!) { servicePages(filters: { slug: { eq: $slug } }) { title } }',
      { slug: 'no-such-service' },
    );
    expect(result.status).toBe(200);
    expect(result.body.data?.servicePages).toEqual([]);
  });

  it('answers an unknown document id with null over GraphQL and 404 over REST', async () => {
    const result = await cms.graphql('{ servicePage(documentId: "doesnotexist") { title } }');
    expect(result.status).toBe(200);
    expect(result.body.data?.servicePage).toBeNull();
    expect((await fetch(`${cms.url}/api/service-pages/doesnotexist`)).status).toBe(404);
  });

  it.each([
    'filters[title][$nope]=x',
    'filters[colour][$eq]=x',
    'filters=notanobject',
    'filters[$or]=x',
    'sort=nope:sideways',
    'pagination[pageSize]=abc',
    'pagination[page]=-1',
    'populate=nope',
    'status=sideways',
  ])('REST %s', async (query) => {
    const response = await fetch(`${cms.url}/api/service-pages?${query}`);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const body = (await response.json()) as RestBody;
    expect(body.error?.message).toBeTruthy();
    expect(JSON.stringify(body)).not.toMatch(/stack/);
  });

  it('caps REST page sizes too', async () => {
    const response = await fetch(`${cms.url}/api/service-pages?pagination[pageSize]=100000`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as RestBody;
    expect((body.data as unknown[]).length).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxLimit);
  });
});

async function countPages(): Promise<number> {
  return cms.strapi.documents('api::service-page.service-page').count({ status: 'published' });
}

async function addServicePages(target: TestCms, count: number): Promise<void> {
  const { bramblewick, generateServicePages } = await import('@doorstep/demo');
  const { loadCouncil } = await import('../../cms/src/council/load');
  await loadCouncil(target.strapi, bramblewick, {
    extraServicePages: generateServicePages(Math.max(count, 0), { prefix: 'limits' }),
  });
}
