import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { REPO_ROOT } from '../../scripts/lib/cms/paths';

let cms: TestCms;

beforeAll(async () => {
  cms = await startCms();
});

afterAll(async () => {
  await cms?.stop();
});

it('schema.graphql matches the schema the CMS serves (run `npm run schema` and commit)', () => {
  const served = readFileSync(process.env.GRAPHQL_SCHEMA_FILE!, 'utf8');
  const committed = readFileSync(path.join(REPO_ROOT, 'schema.graphql'), 'utf8');
  expect(served).toBe(committed);
});

// GraphQL enum values cannot contain hyphens, so Strapi spells level-0 as level_0.
it('exposes the four support levels with their fixed keys', async () => {
  const result = await cms.graphql('{ supportLevels(sort: "rank:asc") { key rank name } }');
  expect(result.status).toBe(200);
  const levels = result.body.data?.supportLevels as Array<{ key: string; rank: number }>;
  expect(levels.map((level) => [level.key, level.rank])).toEqual([
    ['level_0', 0],
    ['level_1', 1],
    ['level_2', 2],
    ['level_3', 3],
  ]);
});
