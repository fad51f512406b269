import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { INTERNALS } from '../support/fuzz/internals';

/**
 * What a GraphQL client reads when something goes wrong (issue 11, item 2): bad
 * input is a 400 BAD_USER_INPUT in plain words; a fault on our side is a 500 with a
 * generic message and a log line; no body carries the query builder's words or a
 * stack. The fuzzing in api-fuzz-graphql.test.ts covers the grammar; these are the
 * issue's own examples and the one path fuzzing cannot reach, a real fault.
 */
let cms: TestCms;

beforeAll(async () => {
  cms = await startCms({ seed: true });
});

afterAll(async () => {
  await cms?.stop();
});

interface Answer {
  status: number;
  text: string;
  errors: Array<{ message: string; extensions?: { code?: string } }>;
}

async function ask(query: string): Promise<Answer> {
  const response = await fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { errors?: Answer['errors'] };
  return { status: response.status, text, errors: body.errors ?? [] };
}

describe('bad input over GraphQL', () => {
  it.each([
    ['between with one value', '{ servicePages(filters: { title: { between: ["a"] } }) { title } }'],
    ['a number that overflows to Infinity', '{ servicePages(filters: { lgslCode: { eq: 1e999 } }) { title } }'],
    [
      'a circular fragment',
      '{ servicePages { ...A } } fragment A on ServicePage { title ...B } fragment B on ServicePage { ...A }',
    ],
  ])('%s is a 400 in plain words', async (_name, query) => {
    const answer = await ask(query);
    expect(answer.status).toBe(400);
    expect(answer.errors[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    expect(answer.text).not.toMatch(INTERNALS);
    expect(answer.text).not.toMatch(/whereBetween|stacktrace/);
  });
});

describe('a fault on our side', () => {
  it('is a 500 with a generic message and a log line, the fault’s words only in the log', async () => {
    const fault = new Error('SQLITE_CORRUPT: database disk image is malformed at /srv/doorstep/cms/dist/x.js:1:1');
    // The service pages' reader breaks as a database would; every other type still reads.
    let broken = true;
    cms.strapi.documents.use((context, next) =>
      broken && context.uid === 'api::service-page.service-page' && context.action === 'findMany'
        ? Promise.reject(fault)
        : next(),
    );
    const logged = vi.spyOn(cms.strapi.log, 'error');
    try {
      const answer = await ask('{ servicePages { title } }');
      expect(answer.status).toBe(500);
      expect(answer.errors).toEqual([
        { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]);
      expect(answer.text).not.toMatch(/SQLITE|malformed|\/srv\//);
      expect(logged.mock.calls.flat().map(String).join('\n')).toMatch(/SQLITE_CORRUPT/);
      // Nothing else was touched.
      expect((await ask('{ supportLevels { key } }')).status).toBe(200);
    } finally {
      broken = false;
      logged.mockRestore();
    }
  });
});
