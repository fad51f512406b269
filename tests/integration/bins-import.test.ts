import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectedOn } from '@doorstep/domain';
import { describeProblem } from '@doorstep/gis';
import { importBinRounds } from '../../cms/src/bins/import';
import { binRoundForStreet, binRoundsForPostcode } from '../../cms/src/bins/lookup';
import { importVerges } from '../../cms/src/verges/import';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { REPO_ROOT } from '../../scripts/lib/cms/paths';
import { testSecrets } from '../../scripts/lib/cms/secrets';

/** Bin rounds imported from the CSV councils keep, against a throwaway CMS (SQLite, or PostgreSQL by DATABASE_CLIENT). */
let cms: TestCms;
const fixture = (name: string) => path.join(REPO_ROOT, 'tests/fixtures/bins', name);
const rounds = () => cms.strapi.documents('api::bin-round.bin-round');

beforeAll(async () => {
  cms = await startCms();
  // The council's streets: Tithe Street from the verge fixture, Ashgrove Road from a verge saved as a draft.
  await importVerges(cms.strapi, { file: path.join(REPO_ROOT, 'tests/fixtures/verges/bramblewick-bng.geojson') });
  await cms.strapi.db.query('api::verge.verge').create({
    data: {
      reference: 'BW-BINS-1',
      streetName: 'ASHGROVE ROAD',
      usrn: 48_000_002,
      locality: 'Bramblewick',
      geometry: {},
      areaSquareMetres: 40,
      category: 'urban-amenity',
      cutsPerSeason: 4,
      currentStatus: 'fine',
    },
  });
});

afterAll(async () => {
  await cms?.stop();
});

describe('importing bin collection rounds', () => {
  it('imports a good rounds file and its changes, published, found by street and by postcode', async () => {
    const result = await importBinRounds(cms.strapi, {
      rounds: fixture('rounds.csv'),
      exceptions: fixture('exceptions.csv'),
    });
    expect(result.problems.map(describeProblem)).toEqual([]);
    expect(result).toMatchObject({ outcome: 'imported', streets: 2, changes: 3, created: 2, updated: 0 });

    const tithe = await binRoundForStreet(cms.strapi, 48_000_001);
    expect(tithe).toMatchObject({ streetName: 'Tithe Street', postcodes: ['BW1 5PN'] });
    expect(tithe!.services.map((service) => [service.bin, service.colour, service.everyWeeks])).toEqual([
      ['rubbish', 'black', 1],
      ['recycling', 'blue', 2],
      ['garden-waste', 'green', 2],
    ]);
    expect(collectedOn(tithe!, '2026-12-25')).toEqual([]);
    expect(collectedOn(tithe!, '2026-12-28')).toEqual(['rubbish', 'garden-waste']);

    const ashgrove = await binRoundForStreet(cms.strapi, 48_000_002);
    // A blank colour takes the usual one; "fortnightly" is every 2 weeks.
    expect(ashgrove!.services[0]).toMatchObject({ bin: 'rubbish', colour: 'black', everyWeeks: 2, weekday: 'tuesday' });
    expect(collectedOn(ashgrove!, '2026-12-22')).toEqual([]);
    expect(collectedOn(ashgrove!, '2026-12-29')).toEqual(['rubbish']);
    expect(collectedOn(ashgrove!, '2026-12-23')).toEqual(['recycling']);

    expect((await binRoundsForPostcode(cms.strapi, 'bw15pn')).map((round) => round.streetName)).toEqual([
      'Ashgrove Road',
      'Tithe Street',
    ]);
    expect((await binRoundsForPostcode(cms.strapi, 'BW1 5PQ')).map((round) => round.streetName)).toEqual([
      'Ashgrove Road',
    ]);
    expect(await binRoundsForPostcode(cms.strapi, 'W1 5PQ')).toEqual([]);
    expect(await binRoundForStreet(cms.strapi, 99_999_999)).toBeNull();
  });

  it('re-imports in place: the same documents, the changes replaced', async () => {
    const before = await binRoundForStreet(cms.strapi, 48_000_001);
    const result = await importBinRounds(cms.strapi, { rounds: fixture('rounds.csv') });
    expect(result).toMatchObject({ outcome: 'imported', created: 0, updated: 2, changes: 0 });
    const after = await binRoundForStreet(cms.strapi, 48_000_001);
    expect(after!.documentId).toBe(before!.documentId);
    expect(after!.exceptions).toEqual([]);
    expect(await rounds().count({ status: 'published' })).toBe(2);
  });

  it('refuses a rounds file with bad rows, naming file, line and column, and imports nothing', async () => {
    const before = await binRoundForStreet(cms.strapi, 48_000_002);
    const result = await importBinRounds(cms.strapi, { rounds: fixture('bad-rounds.csv') });
    expect(result.outcome).toBe('refused');
    expect(result.problems.map(describeProblem)).toEqual([
      'bad-rounds.csv line 2: usrn: USRN 99999999 is not one of the council’s streets (a USRN on a verge or bin round in the CMS): check the USRN, or import the street’s verges first',
      'bad-rounds.csv line 3: street: USRN 48000001 is Tithe Street in the council’s streets, not "Tythe Lane"',
      'bad-rounds.csv line 4: every_weeks: Collections are every 1 or every 2 weeks (weekly or fortnightly), not "3"',
      'bad-rounds.csv line 5: day: "Funday" is not a day of the week',
      'bad-rounds.csv line 6: day: Collections are on a weekday, Monday to Friday, not Saturday: move weekend days as changes',
      'bad-rounds.csv line 7: first_collection: 2026-04-02 is a Thursday, not a Tuesday: the first collection must fall on the collection day',
      'bad-rounds.csv line 8: first_collection: "31/02/2026" is not a date: use YYYY-MM-DD or DD/MM/YYYY',
    ]);
    const after = await binRoundForStreet(cms.strapi, 48_000_002);
    expect(after!.services).toEqual(before!.services);
    expect(await rounds().count({ status: 'published' })).toBe(2);
  });

  it('refuses changes that do not parse, move nothing or name a street not in the rounds file', async () => {
    const result = await importBinRounds(cms.strapi, {
      rounds: fixture('rounds.csv'),
      exceptions: fixture('bad-exceptions.csv'),
    });
    expect(result.outcome).toBe('refused');
    expect(result.problems.map(describeProblem)).toEqual([
      'bad-exceptions.csv line 2: original_date: "25/12/26" is not a date: use YYYY-MM-DD or DD/MM/YYYY',
      'bad-exceptions.csv line 3: original_date: On 24 December 2026 no bin is collected on Tithe Street: there is nothing to move',
      'bad-exceptions.csv line 4: usrn: USRN 48000003 has no round in rounds.csv: changes are imported with their street’s round',
    ]);
    expect((await binRoundForStreet(cms.strapi, 48_000_001))!.exceptions).toEqual([]);
  });

  it('runs as npm run import:bins: the report on stdout, exit code 1, nothing written', async () => {
    const run = await promisify(execFile)(
      process.execPath,
      [
        path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'),
        'scripts/import-bins.ts',
        fixture('rounds.csv'),
        fixture('bad-exceptions.csv'),
      ],
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
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => error,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('  bad-exceptions.csv line 3: original_date: On 24 December 2026 no bin is collected');
    expect(run.stdout).toContain('Refused: 3 problems; nothing was imported.');
  });
});
