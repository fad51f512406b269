import { generateVerges } from '@doorstep/demo';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeVergesInBulk } from '../../cms/src/strapi-internals/verge-writer/bulk';
import { installedStrapiVersion, internalsFit, TESTED_STRAPI_VERSION } from '../../cms/src/strapi-internals/version';
import { writeVergesThroughDocuments } from '../../cms/src/verges/write-documents';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';

/**
 * What reaches past Strapi's public API (cms/src/strapi-internals/), held answer for
 * answer to Strapi's own path: the batched GraphQL relation loads against Strapi's
 * populate (lists, paged and filtered relations, drafts read with a token), and the
 * verge bulk writer against the Document Service it stands in for. Run on a new
 * Strapi version before raising TESTED_STRAPI_VERSION.
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

async function servicePages(fields = PAGE_FIELDS, args = '', headers?: Record<string, string>): Promise<Page[]> {
  const result = await cms.graphql(
    `{ servicePages(pagination: { pageSize: 100 }, sort: "slug"${args}) { ${fields} } }`,
    undefined,
    headers,
  );
  expect(result.body.errors, JSON.stringify(result.body.errors)).toBeUndefined();
  return result.body.data!.servicePages as Page[];
}

const slugs = (entries: unknown) => (entries as Array<{ slug: string }>).map((entry) => entry.slug);

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

  it('filters each entry’s relations as Strapi’s populate does', async () => {
    const filter = (slug: string) => slug.startsWith('report') || slug.startsWith('apply');
    const expected = await cms.strapi.documents('api::service-page.service-page').findMany({
      status: 'published',
      sort: 'slug',
      limit: 100,
      fields: ['slug'],
      populate: {
        relatedPages: {
          fields: ['slug'],
          filters: { $or: [{ slug: { $startsWith: 'report' } }, { slug: { $startsWith: 'apply' } }] },
        },
      },
    });
    const pages = await servicePages(
      'slug relatedPages(filters: { or: [{ slug: { startsWith: "report" } }, { slug: { startsWith: "apply" } }] }, pagination: { pageSize: 100 }) { slug }',
    );
    pages.forEach((page, index) => {
      expect(slugs(page.relatedPages)).toEqual(slugs(expected[index]!.relatedPages));
      expect(slugs(page.relatedPages).every(filter)).toBe(true);
    });
    expect(pages.some((page) => page.relatedPages.length > 0)).toBe(true);
  });

  it('reads drafts with a token exactly as Strapi’s populate reads them', async () => {
    const documents = cms.strapi.documents('api::service-page.service-page');
    // A draft that differs from what is published: its related pages reversed and one dropped.
    const [page] = await documents.findMany({
      status: 'draft',
      filters: { slug: 'report-a-missed-bin' },
      populate: ['relatedPages'],
    });
    const related = (page!.relatedPages as Array<{ documentId: string }>).map((entry) => entry.documentId);
    expect(related.length).toBeGreaterThan(1);
    await documents.update({
      documentId: page!.documentId,
      data: { relatedPages: related.slice(1).reverse() } as never,
    });

    const tokens = cms.strapi.service('admin::api-token') as unknown as {
      create(token: object): Promise<{ accessKey: string }>;
    };
    const { accessKey } = await tokens.create({
      name: 'internals-drafts',
      type: 'read-only',
      lifespan: null,
      description: '',
    });
    const drafts = await servicePages(PAGE_FIELDS, ', status: DRAFT', { Authorization: `Bearer ${accessKey}` });
    const expected = await documents.findMany({
      status: 'draft',
      sort: 'slug',
      limit: 100,
      fields: ['slug'],
      populate: { relatedPages: { fields: ['slug'] }, serviceArea: { fields: ['slug'] } },
    });
    expect(drafts.map((entry) => entry.slug)).toEqual(expected.map((entry) => entry.slug));
    drafts.forEach((draft, index) => {
      expect(slugs(draft.relatedPages)).toEqual(slugs(expected[index]!.relatedPages));
      expect(draft.serviceArea?.slug).toBe((expected[index]!.serviceArea as { slug: string } | null)?.slug);
    });
    const missedBin = drafts.find((entry) => entry.slug === 'report-a-missed-bin')!;
    expect(missedBin.relatedPages).toHaveLength(related.length - 1);
  });
});

describe('the verge bulk writer', () => {
  /** Published verges with their cuts, as the Document Service reads them, without what differs by nature. */
  async function readBack(prefix: string) {
    const verges = await cms.strapi.documents('api::verge.verge').findMany({
      status: 'published',
      filters: { reference: { $startsWith: prefix } },
      sort: 'reference',
      populate: ['cuts'],
      limit: 1000,
    });
    return verges.map(({ id, documentId, createdAt, updatedAt, publishedAt, reference, cuts, ...verge }) => ({
      ...verge,
      reference: String(reference).slice(prefix.length),
      cuts: (cuts as Array<Record<string, unknown>>).map(({ id: _cutId, ...cut }) => cut),
      stamps: [typeof documentId, Boolean(createdAt), Boolean(updatedAt), Boolean(publishedAt)],
    }));
  }

  const batch = (prefix: string) =>
    generateVerges({ count: 40, asOf: '2026-07-15', prefix }).map((generated) => generated.verge);

  it('writes what the Document Service writes, and re-writes in place', async () => {
    expect(await writeVergesInBulk(cms.strapi, batch('BULK'))).toEqual({ created: 40, updated: 0 });
    expect(await writeVergesThroughDocuments(cms.strapi, batch('DOCS'))).toEqual({ created: 40, updated: 0 });
    const bulk = await readBack('BULK');
    expect(bulk).toHaveLength(40);
    expect(bulk).toEqual(await readBack('DOCS'));
    expect(bulk.some((verge) => verge.cuts.length > 1)).toBe(true);

    const ids = async (prefix: string) =>
      (
        await cms.strapi
          .documents('api::verge.verge')
          .findMany({ filters: { reference: { $startsWith: prefix } }, fields: ['documentId'], limit: 1000 })
      ).map((verge) => verge.documentId);
    const [bulkIds, docsIds] = [await ids('BULK'), await ids('DOCS')];
    expect(await writeVergesInBulk(cms.strapi, batch('BULK'))).toEqual({ created: 0, updated: 40 });
    expect(await writeVergesThroughDocuments(cms.strapi, batch('DOCS'))).toEqual({ created: 0, updated: 40 });
    expect(await ids('BULK')).toEqual(bulkIds);
    expect(await ids('DOCS')).toEqual(docsIds);
    expect(await readBack('BULK')).toEqual(await readBack('DOCS'));
  });
});

describe('the Strapi version the internals were checked on', () => {
  it('is the one installed: on another, run this file there and raise TESTED_STRAPI_VERSION', () => {
    expect(installedStrapiVersion()).toBe(TESTED_STRAPI_VERSION);
  });

  it('takes the public path, and says so, on any other version or when switched off', () => {
    const warn = vi.spyOn(cms.strapi.log, 'warn').mockImplementation(() => cms.strapi.log);
    try {
      expect(internalsFit(cms.strapi, 'The verge bulk writer')).toBe(true);
      expect(internalsFit(cms.strapi, 'The verge bulk writer', '5.99.0')).toBe(false);
      expect(JSON.stringify(warn.mock.calls)).toMatch(/checked against Strapi 5\.54\.0, but this is Strapi 5\.99\.0/);
      process.env.STRAPI_INTERNALS = 'off';
      expect(internalsFit(cms.strapi, 'The verge bulk writer')).toBe(false);
    } finally {
      delete process.env.STRAPI_INTERNALS;
      warn.mockRestore();
    }
  });
});
