import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { REPO_ROOT } from '../../scripts/lib/cms/paths';
import { testSecrets } from '../../scripts/lib/cms/secrets';

/** The real command, as a council officer runs it, against a throwaway CMS database. */
let cms: TestCms;
const fixture = (name: string) => path.join(REPO_ROOT, 'tests/fixtures/verges', name);
const byReference = (reference: string) =>
  cms.strapi
    .documents('api::verge.verge')
    .findFirst({ status: 'published', filters: { reference }, populate: ['cuts'] });

beforeAll(async () => {
  cms = await startCms();
});

afterAll(async () => {
  await cms?.stop();
});

describe('npm run import:verges', () => {
  const run = (...args: string[]) =>
    promisify(execFile)(
      process.execPath,
      [path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/import-verges.ts', ...args],
      {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          ...testSecrets(),
          ...cms.database.env,
          DOORSTEP_CMS_COMPILED: '1',
          REBUILD_WEBHOOK_URL: '',
        },
      },
    ).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  it('refuses a bad file with exit code 1 and the report on stdout', async () => {
    const result = await run(fixture('bad/invalid-geometry.geojson'));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'features[3] (ref BW-BAD-0015): geometry.coordinates[0]: A polygon ring needs at least 4 positions',
    );
    expect(result.stdout).toContain('Refused: 5 problems; nothing was imported.');
  }, 120_000);

  it('imports a good file, with progress on stderr', async () => {
    const result = await run(
      fixture('bad/good-for-schedule.geojson'),
      '--schedule',
      fixture('bad/schedule-unknown-reference.csv'),
      '--only-valid',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Imported 2 verges (2 new, 0 updated), published.');
    expect(result.stderr).toMatch(/Checking good-for-schedule.geojson: 2 of 2 \(100%/);
    expect((await byReference('BW-BAD-0020'))!.cuts).toHaveLength(2);
  }, 120_000);

  it('explains its usage with exit code 2', async () => {
    const result = await run(fixture('bramblewick-bng.geojson'), '--crs', 'EPSG:3857');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--crs must be EPSG:27700 or EPSG:4326');
  }, 60_000);
});
