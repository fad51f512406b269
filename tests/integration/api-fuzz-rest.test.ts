import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { fuzzModels } from '../support/fuzz/models';
import {
  anyQuery,
  encode,
  validQuery,
  type FuzzModel,
  type ModelLookup,
  type Pair,
} from '../support/fuzz/rest-queries';
import { INTERNALS } from '../support/fuzz/internals';

/** Property-based tests of the REST query-string grammar on every public type (issue 11). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

let cms: TestCms;
let models: FuzzModel[];
let lookup: ModelLookup;

beforeAll(async () => {
  cms = await startCms({ seed: true });
  ({ models, lookup } = fuzzModels(cms.strapi));
});

afterAll(async () => {
  await cms?.stop();
});

/** A query for one of the public types, chosen at random; the type is shown by its path alone. */
function forEveryModel(
  query: (model: FuzzModel) => fc.Arbitrary<Pair[]>,
): fc.Arbitrary<{ path: string; pairs: Pair[] }> {
  return fc
    .integer({ min: 0, max: models.length - 1 })
    .chain((index) => query(models[index]!).map((pairs) => ({ path: models[index]!.path, pairs })));
}

async function get(path: string, query: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${cms.url}${path}?${query}`);
  return { status: response.status, text: await response.text() };
}

describe('the REST query grammar, fuzzed', () => {
  it(`answers ${RUNS} random and hostile query strings on every public type with 2xx or a 400 naming the parameter, never a 5xx or an internal message`, async () => {
    await fc.assert(
      fc.asyncProperty(
        forEveryModel((model) => anyQuery(model, lookup)),
        async ({ path, pairs }) => {
          const query = encode(pairs);
          const { status, text } = await get(path, query);
          expect(status, `${path}?${query}: ${text.slice(0, 300)}`).toBeLessThan(500);
          expect(text, query).not.toMatch(INTERNALS);
          if (status === 400) {
            const body = JSON.parse(text) as { error: { status: number; message: string } };
            expect(body.error.status, query).toBe(400);
            expect(body.error.message, query).toMatch(/^Invalid query: .+: .+/);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it(`answers ${Math.round(RUNS / 2)} well-formed queries on every public type with a 200`, async () => {
    await fc.assert(
      fc.asyncProperty(
        forEveryModel((model) => validQuery(model, lookup)),
        async ({ path, pairs }) => {
          const query = encode(pairs);
          const { status, text } = await get(path, query);
          // A single type answers 404 when the filters leave nothing, as Strapi does.
          expect(
            status === 200 || (path === '/api/site-setting' && status === 404),
            `${path}?${query}: ${text.slice(0, 300)}`,
          ).toBe(true);
        },
      ),
      { numRuns: Math.round(RUNS / 2) },
    );
  });

  it.each([
    ['filters[id][$eq][$ne]=1', 'filters[id][$eq]'],
    ['filters[title][$between]=a', 'filters[title][$between]'],
    ['filters[lgslCode][$eq]=abc', 'filters[lgslCode][$eq]'],
    ['filters[expectedResponse][amount][$eq]=abc', 'filters[expectedResponse][amount][$eq]'],
    ['filters[lgslCode][$gt]=1e999', 'filters[lgslCode][$gt]'],
    ['filters[lgslCode][$containsi]=1', 'filters[lgslCode][$containsi]'],
    ['filters[title][$eq]=a%00b', 'filters[title][$eq]'],
    ['filters[updatedAt][$lt]=2026-02-30', 'filters[updatedAt][$lt]'],
    ['fields=', 'fields'],
    ['sort=nope:sideways', 'sort'],
    ['populate[serviceArea][fields][0]=owner', 'populate[serviceArea][fields][0]'],
    ['pagination[pageSize]=abc', 'pagination[pageSize]'],
    ['hasPublishedVersion=false', 'hasPublishedVersion'],
  ])('the issue’s examples: %s is a 400 naming %s', async (query, param) => {
    const { status, text } = await get('/api/service-pages', query);
    expect(status).toBe(400);
    expect((JSON.parse(text) as { error: { message: string } }).error.message).toContain(`${param}: `);
  });
});
