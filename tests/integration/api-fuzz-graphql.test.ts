import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { inlineQuery, listFields, listQuery, type GraphqlCase, type ListField } from '../support/fuzz/graphql-queries';
import { INTERNALS } from '../support/fuzz/internals';
import { REPO_ROOT } from '../../scripts/lib/cms/paths';

/** Property-based tests of GraphQL filter arguments on every public type (issue 11). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const PUBLIC_TYPES = [
  'AlertBanner',
  'CommunityHub',
  'FormDefinition',
  'InfoPage',
  'SearchBestBet',
  'SearchSynonym',
  'ServiceArea',
  'ServicePage',
  'SupportLevel',
  'Verge',
];

let cms: TestCms;
const schema: GraphQLSchema = buildSchema(readFileSync(path.join(REPO_ROOT, 'schema.graphql'), 'utf8'));
const lists: ListField[] = listFields(schema, PUBLIC_TYPES);

beforeAll(async () => {
  cms = await startCms({ seed: true });
});

afterAll(async () => {
  await cms?.stop();
});

const anyList = (make: (list: ListField) => fc.Arbitrary<GraphqlCase>) =>
  fc.integer({ min: 0, max: lists.length - 1 }).chain((index) => make(lists[index]!));

describe('GraphQL filter arguments, fuzzed', () => {
  it('covers the list queries of every public type', () => {
    expect(lists.map((list) => list.field)).toEqual(
      expect.arrayContaining([
        'servicePages',
        'servicePages_connection',
        'verges',
        'formDefinitions',
        'communityHubs',
        'alertBanners',
      ]),
    );
    expect(lists.length).toBe(PUBLIC_TYPES.length * 2);
  });

  it(`answers ${RUNS} random and hostile filters with a 200 or a plain 4xx, never a 5xx or an internal message`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { weight: 4, arbitrary: anyList((list) => listQuery(schema, list, false)) },
          { weight: 1, arbitrary: anyList((list) => inlineQuery(schema, list)) },
        ),
        async ({ query, variables }) => {
          const { status, body } = await cms.graphql(query, variables);
          const text = JSON.stringify(body);
          const where = `${query} ${JSON.stringify(variables).slice(0, 400)} -> ${status} ${text.slice(0, 300)}`;
          expect(status, where).toBeLessThan(500);
          expect(text, where).not.toMatch(INTERNALS);
          if (status >= 400) expect(body.errors?.[0]?.message, where).toBeTruthy();
        },
      ),
      { numRuns: RUNS },
    );
  });

  it(`answers ${Math.round(RUNS / 2)} well-formed filters with a 200 and data`, async () => {
    await fc.assert(
      fc.asyncProperty(
        anyList((list) => listQuery(schema, list, true)),
        async ({ query, variables }) => {
          const { status, body } = await cms.graphql(query, variables);
          expect(status, `${query} ${JSON.stringify(variables)} -> ${JSON.stringify(body).slice(0, 300)}`).toBe(200);
          expect(body.errors).toBeUndefined();
        },
      ),
      { numRuns: Math.round(RUNS / 2) },
    );
  });
});
