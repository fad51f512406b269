import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { REPO_ROOT } from '../../scripts/lib/cms/paths';
import { queryCost, QUERY_LIMITS } from '@doorstep/domain/public-api';
import { MAX_BODY_BYTES } from '../../cms/src/limits';
import * as documents from '../../site/src/lib/graphql/__generated__/graphql';
import { NESTED_PAGE_SIZE, PAGE_SIZE } from '../../site/src/lib/graphql/client';

/** The GraphQL cost limits of issue 11: floods refused at once, the site's own queries well inside. */
let cms: TestCms;
const schema = buildSchema(readFileSync(path.join(REPO_ROOT, 'schema.graphql'), 'utf8'));

beforeAll(async () => {
  cms = await startCms({ seed: true });
});

afterAll(async () => {
  await cms?.stop();
});

const aliases = (count: number, field = 'servicePages(pagination: { pageSize: 100 }) { title }') =>
  `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')} }`;

async function timed(query: string): Promise<{ status: number; ms: number; body: string }> {
  const started = performance.now();
  const response = await fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = await response.text();
  return { status: response.status, ms: performance.now() - started, body };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('floods are refused before anything runs', () => {
  it('refuses 1,000 aliases of a 100-row list (58 KB) with a 400 in under 100 ms, /_health answering meanwhile', async () => {
    const flood = aliases(1000);
    expect(flood.length).toBeGreaterThan(55_000);
    const alone: Array<{ status: number; ms: number; body: string }> = [];
    for (let i = 0; i < 5; i += 1) alone.push(await timed(flood));
    for (const result of alone) {
      expect(result.status).toBe(400);
      expect(result.body).toMatch(/tokens/);
    }
    expect(median(alone.map((result) => result.ms))).toBeLessThan(100);
    // Eight floods at once, and the health check between them: it waited 5 s behind one before.
    const health: number[] = [];
    await Promise.all([
      ...Array.from({ length: 8 }, () => timed(flood)),
      (async () => {
        for (let i = 0; i < 5; i += 1) {
          const started = performance.now();
          expect((await fetch(`${cms.url}/_health`)).status).toBe(204);
          health.push(performance.now() - started);
        }
      })(),
    ]);
    console.log(
      `flood alone: ${alone.map((result) => Math.round(result.ms)).join(', ')} ms; /_health under 8 floods: ${health.map(Math.round).join(', ')} ms`,
    );
    expect(median(health)).toBeLessThan(250);
  });

  it.each([
    ['aliases', aliases(QUERY_LIMITS.maxAliases + 1, 'supportLevels { key }'), /Aliases limit of 20/],
    [
      'directives',
      `{ supportLevels { key ${'@include(if: true) '.repeat(QUERY_LIMITS.maxDirectives + 1)} } }`,
      /Directives limit/,
    ],
    ['tokens', `{ supportLevels { ${'key '.repeat(QUERY_LIMITS.maxTokens)} } }`, /tokens/],
    [
      'repeated fields',
      `{ servicePages(pagination: { pageSize: 100 }) { ${'title '.repeat(700)} } }`,
      /rows and fields/,
    ],
    ['a fragment that includes itself', 'query { ...A } fragment A on Query { ...A }', /within itself/],
    [
      'fragments that include each other',
      '{ servicePages { ...A } } fragment A on ServicePage { title ...B } fragment B on ServicePage { ...A }',
      /Cannot spread fragment/,
    ],
    ['an unknown fragment', '{ servicePages { ...Nowhere } }', /Unknown fragment/],
    [
      'relations fanned out',
      '{ servicePages(pagination: { pageSize: 100 }) { serviceArea { servicePages(pagination: { pageSize: 100 }) { serviceArea { servicePages(pagination: { pageSize: 100 }) { title } } } } } }',
      /rows and fields, over the limit of 50,000/,
    ],
  ])('refuses %s with a 400 that says why', async (_name, query, message) => {
    const result = await timed(query);
    expect(result.status).toBe(400);
    const body = JSON.parse(result.body) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]!.message).toMatch(message);
    expect(['BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']).toContain(
      body.errors[0]!.extensions.code,
    );
  });

  it('accepts the limits themselves: 20 aliases', async () => {
    expect((await timed(aliases(QUERY_LIMITS.maxAliases, 'supportLevels { key }'))).status).toBe(200);
  });

  it(`refuses a body over ${MAX_BODY_BYTES / 1024} KB with a 413, as the README says`, async () => {
    const result = await timed(`{ supportLevels { key } } #${'x'.repeat(MAX_BODY_BYTES)}`);
    expect(result.status).toBe(413);
    expect(readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')).toMatch(
      new RegExp(`request body \\| ${MAX_BODY_BYTES / 1024} KB \\| 413`),
    );
  });
});

describe("the site's own queries and the README's examples", () => {
  const siteQueries = Object.entries(documents).filter(([name]) => name.endsWith('Document'));

  it.each(siteQueries)('%s costs at most a third of the limit and runs', async (name, document) => {
    const text = String(document);
    const pageSize = /FormDefinitions|AlertBanners/.test(name) ? NESTED_PAGE_SIZE : PAGE_SIZE;
    const variables = { page: 1, pageSize, slug: 'report-a-missed-bin' };
    const cost = queryCost(schema, parse(text), variables);
    expect(cost).toBeLessThanOrEqual(QUERY_LIMITS.maxCost / 3);
    const result = await cms.graphql(text, variables);
    expect(result.status, JSON.stringify(result.body.errors)).toBe(200);
  });

  it('runs every GraphQL example in the README', async () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
    const operations = blocks.flatMap((block) =>
      parse(block)
        .definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
        .map((definition) => print(definition)),
    );
    expect(operations.length).toBeGreaterThanOrEqual(5);
    for (const operation of operations) {
      const result = await cms.graphql(operation);
      expect(result.status, `${operation}: ${JSON.stringify(result.body.errors)}`).toBe(200);
      expect(queryCost(schema, parse(operation), {})).toBeLessThanOrEqual(QUERY_LIMITS.maxCost / 3);
    }
  });
});

describe('what the README says of the cost', () => {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

  it('gives the cost of its example and of the site’s costliest query', () => {
    const example = queryCost(schema, parse('{ servicePages(pagination: { pageSize: 100 }) { title slug } }'), {});
    expect(readme).toContain(`costs ${example} (1 + 100 × 2)`);
    const costliest = Math.max(
      ...Object.entries(documents)
        .filter(([name]) => name.endsWith('Document'))
        .map(([name, document]) =>
          queryCost(schema, parse(String(document)), {
            page: 1,
            pageSize: /FormDefinitions|AlertBanners/.test(name) ? NESTED_PAGE_SIZE : PAGE_SIZE,
            slug: 'x',
          }),
        ),
    );
    const said = Number(/costliest build query about ([\d,]+)/.exec(readme)?.[1]?.replace(',', ''));
    expect(Math.abs(costliest - said) / said).toBeLessThan(0.1);
    expect(readme).toContain(`| cost: estimated rows × fields | ${QUERY_LIMITS.maxCost.toLocaleString('en-GB')} |`);
  });
});
