import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../support/cms';

/**
 * Relation loads in one GraphQL request are batched (cms/src/graphql/batched-loads.ts).
 * These tests hold the batched answers to Strapi's own populate, entry by entry.
 */
let cms: TestCms;

interface Page {
  slug: string;
  serviceArea: { slug: string } | null;
  contactChannels: Array<{ kind: string; value: string }>;
  relatedPages: Array<{ slug: string }>;
  communityHubs: Array<{ slug: string }>;
}

const PAGE_FIELDS = `slug serviceArea { slug } contactChannels { kind value }
  relatedPages(pagination: { pageSize: 100 }) { slug } communityHubs(pagination: { pageSize: 100 }) { slug }`;

async function servicePages(fields = PAGE_FIELDS): Promise<Page[]> {
  const result = await cms.graphql(`{ servicePages(pagination: { pageSize: 100 }, sort: "slug") { ${fields} } }`);
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.servicePages as Page[];
}

beforeAll(async () => {
  cms = await startCms({ seed: true });
});

afterAll(async () => {
  await cms?.stop();
});

describe('GraphQL relation loads', () => {
  it('loads a list of entries with their relations in a few queries, not several per entry', async () => {
    const queries: string[] = [];
    const record = (query: { sql: string }) => queries.push(query.sql);
    cms.strapi.db.connection.on('query', record);
    const pages = await servicePages().finally(() => cms.strapi.db.connection.off('query', record));
    expect(pages.length).toBeGreaterThanOrEqual(60);
    // Entry by entry (Strapi's own resolvers) this list takes 484 queries.
    expect(queries.length).toBeLessThan(30);
  });

  it("gives every entry exactly the relations Strapi's own populate gives it", async () => {
    const expected = await cms.strapi.documents('api::service-page.service-page').findMany({
      status: 'published',
      sort: 'slug',
      limit: 100,
      fields: ['slug'],
      populate: {
        serviceArea: { fields: ['slug'] },
        contactChannels: true,
        relatedPages: { fields: ['slug'] },
        communityHubs: { fields: ['slug'] },
      },
    });
    const slugs = (entries: unknown) => (entries as Array<{ slug: string }>).map((entry) => entry.slug);
    const pages = await servicePages();
    expect(pages.map((page) => page.slug)).toEqual(expected.map((entry) => entry.slug));
    pages.forEach((page, index) => {
      const entry = expected[index]!;
      expect(page.serviceArea?.slug).toBe((entry.serviceArea as { slug: string } | null)?.slug);
      expect(page.contactChannels).toEqual(
        // GraphQL spells enum values with underscores (in_person).
        (entry.contactChannels as Page['contactChannels']).map(({ kind, value }) => ({
          kind: kind.replace(/-/g, '_'),
          value,
        })),
      );
      expect(slugs(page.relatedPages)).toEqual(slugs(entry.relatedPages));
      expect(slugs(page.communityHubs)).toEqual(slugs(entry.communityHubs));
    });
    // The comparison means something only if entries differ in what they link to.
    expect(new Set(pages.map((page) => slugs(page.relatedPages).join())).size).toBeGreaterThan(5);
  });

  it('pages each entry’s relations on its own, as if it were asked for alone', async () => {
    const full = await servicePages();
    const paged = await servicePages('slug relatedPages(pagination: { start: 1, limit: 2 }) { slug }');
    expect(full.some((page) => page.relatedPages.length >= 3)).toBe(true);
    paged.forEach((page, index) => {
      expect(page.relatedPages).toEqual(full[index]!.relatedPages.slice(1, 3));
    });
  });
});
