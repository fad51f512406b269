/** The API cache's pure parts (cms/src/public-api/cache/): what a GraphQL document is keyed and refused by, canonical variables, If-None-Match, API_CACHE_MB. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalDocument } from '../../cms/src/public-api/cache/graphql-document';
import { canonicalJson } from '../../cms/src/public-api/cache/request-key';
import { cacheBytes, etagOf, matches } from '../../cms/src/public-api/cache/store';

describe('a GraphQL document, normalised', () => {
  it('prints the same however it is written: spaces, commas, comments', () => {
    const a = normalDocument('{ servicePages(sort: "title:asc") { title slug } }');
    const b = normalDocument('query {\n  servicePages(sort: "title:asc",) {\n title, # the title\n slug } }');
    expect(a?.printed).toBe(b?.printed);
    expect(a?.operations).toEqual(new Map([['', 'query']]));
  });

  it.each([
    '{ servicePages(status: DRAFT) { title } }',
    'query($s: PublicationStatus) { servicePages(status: $s) { title } }',
    '{ servicePages(publicationState: PREVIEW) { title } }',
    '{ servicePages(publicationFilter: NEVER_PUBLISHED) { title } }',
    '{ servicePages(hasPublishedVersion: false) { title } }',
    '{ a: supportLevels { key } b: servicePage(documentId: "x", status: DRAFT) { title } }',
  ])('names a draft status: %s', (query) => {
    expect(normalDocument(query)?.namesDraftStatus).toBe(true);
  });

  it('does not for PUBLISHED or no status', () => {
    expect(normalDocument('{ servicePages(status: PUBLISHED) { title } }')?.namesDraftStatus).toBe(false);
    expect(normalDocument('{ servicePages { title } }')?.namesDraftStatus).toBe(false);
  });

  it('knows a mutation from a query, and a document that does not parse', () => {
    expect(normalDocument('mutation Login { login(input: {}) { jwt } }')?.operations.get('Login')).toBe('mutation');
    expect(normalDocument('{ servicePages( }')).toBeUndefined();
  });
});

describe('canonical variables', () => {
  it('are the same text for the same values in any key order, and differ when a value does', () => {
    const value = fc.jsonValue();
    fc.assert(
      fc.property(fc.dictionary(fc.string(), value), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(object));
        expect(JSON.parse(canonicalJson(object))).toEqual(JSON.parse(JSON.stringify(object)));
      }),
    );
    expect(canonicalJson({ list: [2, 1] })).not.toBe(canonicalJson({ list: [1, 2] }));
  });
});

describe('If-None-Match', () => {
  const etag = etagOf(Buffer.from('{"data":{}}'));
  it.each([
    [etag, true],
    [`W/${etag}`, true],
    [`"other", ${etag}`, true],
    ['*', true],
    ['"other"', false],
    ['', false],
  ])('%s matches: %s', (header, expected) => {
    expect(matches(header, etag)).toBe(expected);
  });
});

describe('API_CACHE_MB', () => {
  it('is 32 MB by default, 0 turns it off, and nonsense is refused with the setting named', () => {
    expect(cacheBytes(undefined)).toBe(32 * 1024 * 1024);
    expect(cacheBytes('0')).toBe(0);
    expect(cacheBytes('1.5')).toBe(1.5 * 1024 * 1024);
    expect(() => cacheBytes('lots')).toThrow(/API_CACHE_MB/);
    expect(() => cacheBytes('-1')).toThrow(/API_CACHE_MB/);
  });
});
