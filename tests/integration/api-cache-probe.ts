/**
 * The API cache's probe (ADR 0013): markers in a draft (a page never published, and an
 * unpublished edit of a published one) and in a private field (a page's owner, on the
 * published version), then random interleavings of reads with a full-access API token,
 * anonymous reads of the same queries, and editors' saves. No anonymous answer, from
 * the cache or not, may hold a marker; the token must see the draft's (or the probe
 * proves nothing) and never a cached answer.
 */
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Answer } from './api-cache.test';

interface Probe {
  strapi: Core.Strapi;
  rest: (path: string, headers?: Record<string, string>) => Promise<Answer>;
  graphql: (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<Answer>;
  token: Record<string, string>;
  /** A published service page. */
  documentId: string;
}

export async function cacheProbe({ strapi, rest, graphql, token, documentId }: Probe): Promise<void> {
  const DRAFT = `draft-marker-${randomBytes(4).toString('hex')}`;
  const PRIVATE = `private-marker-${randomBytes(4).toString('hex')}@bramblewick.example`;
  const pages = strapi.documents('api::service-page.service-page');
  await pages.create({
    data: {
      title: `${DRAFT} never published`,
      slug: `probe-${DRAFT}`,
      summary: DRAFT,
      body: [],
      taskType: 'information',
      isTopTask: false,
      owner: PRIVATE,
      reviewBy: '2027-01-01',
    } as never,
  });
  await pages.update({ documentId, data: { owner: PRIVATE } as never });
  await pages.publish({ documentId });
  let edits = 0;
  const edit = () => pages.update({ documentId, data: { summary: `${DRAFT} edit ${(edits += 1)}` } as never });
  await edit();
  const stored = await pages.findOne({ documentId, status: 'published' });
  expect(stored?.owner).toBe(PRIVATE); // the private marker is really there to leak

  const LIST = 'pagination[pageSize]=100&populate=*';
  const FIELDS = 'documentId title summary slug';
  const reads: Array<(headers: Record<string, string>) => Promise<Answer>> = [
    (headers) => rest(`/api/service-pages?${LIST}`, headers),
    (headers) => rest(`/api/service-pages?status=draft&${LIST}`, headers),
    (headers) => rest(`/api/service-pages/${documentId}?populate=*`, headers),
    (headers) => rest(`/api/service-pages/${documentId}?status=draft&populate=*`, headers),
    (headers) => graphql(`{ servicePages(pagination: { pageSize: 100 }) { ${FIELDS} } }`, {}, headers),
    (headers) => graphql(`{ servicePages(status: DRAFT, pagination: { pageSize: 100 }) { ${FIELDS} } }`, {}, headers),
    (headers) =>
      graphql(
        `query($s: PublicationStatus) { servicePages(status: $s, pagination: { pageSize: 100 }) { ${FIELDS} } }`,
        { s: 'DRAFT' },
        headers,
      ),
    (headers) => graphql(`{ servicePage(documentId: "${documentId}", status: DRAFT) { ${FIELDS} } }`, {}, headers),
  ];

  let tokenSawDraft = 0;
  let anonymousHits = 0;
  const step = fc.oneof(
    {
      weight: 10,
      arbitrary: fc.record({ who: fc.constantFrom('anonymous', 'token'), read: fc.nat(reads.length - 1) }),
    },
    { weight: 1, arbitrary: fc.constant({ who: 'editor' as const, read: 0 }) },
  );
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 12 }), async (steps) => {
      for (const { who, read } of steps) {
        if (who === 'editor') {
          await edit();
          continue;
        }
        const answer = await reads[read]!(who === 'token' ? token : {});
        if (who === 'token') {
          expect(answer.cache).not.toBe('HIT');
          if (answer.text.includes(DRAFT)) tokenSawDraft += 1;
          continue;
        }
        if (answer.cache === 'HIT') anonymousHits += 1;
        expect(answer.text).not.toContain(DRAFT);
        expect(answer.text).not.toContain(PRIVATE);
      }
    }),
    { numRuns: 15 },
  );
  expect(tokenSawDraft).toBeGreaterThan(0);
  expect(anonymousHits).toBeGreaterThan(0);
}
