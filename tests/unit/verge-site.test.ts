import { allFields, formDefinitionSchema } from '@doorstep/domain';
import { describe, expect, it } from 'vitest';
import { makeAComplaint, reportAVergeProblem } from '@doorstep/demo';
import { everyFieldTypeForm } from '@doorstep/demo';
import { mapTilesFromEnv } from '../../site/src/lib/map-tiles';
import { nextUkMidnight, ukDate } from '@doorstep/domain';
import { reportProblemHref } from '../../site/src/lib/verges/shared/report';
import { vergeReportForm } from '../../site/src/lib/verges/build-time/page-context';
import { parseVerge } from '../../site/src/lib/verges/build-time/load';
import { vergeRecords } from '../support/verge-records';

/** The verge pages' settings and small rules: the day in the UK, the tile layer, the report link. */
describe('the day in the UK', () => {
  it.each([
    ['2026-11-30T21:00:00Z', '2026-11-30', '2026-12-01T00:00:00.000Z'],
    // British Summer Time: the day starts at 11pm UTC.
    ['2026-07-15T22:59:59Z', '2026-07-15', '2026-07-15T23:00:00.000Z'],
    ['2026-07-15T23:30:00Z', '2026-07-16', '2026-07-16T23:00:00.000Z'],
    // The clocks go forward on 29 March 2026 and back on 25 October 2026.
    ['2026-03-28T23:30:00Z', '2026-03-28', '2026-03-29T00:00:00.000Z'],
    ['2026-03-29T12:00:00Z', '2026-03-29', '2026-03-29T23:00:00.000Z'],
    ['2026-10-24T22:30:00Z', '2026-10-24', '2026-10-24T23:00:00.000Z'],
    ['2026-10-25T12:00:00Z', '2026-10-25', '2026-10-26T00:00:00.000Z'],
  ])('at %s is %s, and the next day starts at %s', (moment, date, midnight) => {
    expect(ukDate(new Date(moment))).toBe(date);
    expect(nextUkMidnight(new Date(moment)).toISOString()).toBe(midnight);
  });
});

describe('the map tiles setting', () => {
  it('is none by default: a plain background', () => {
    expect(mapTilesFromEnv({})).toBeNull();
    expect(mapTilesFromEnv({ PUBLIC_MAP_TILES_URL: '', PUBLIC_MAP_TILES_ATTRIBUTION: '' })).toBeNull();
  });

  it('takes a tile address with its credit', () => {
    expect(
      mapTilesFromEnv({
        PUBLIC_MAP_TILES_URL: 'https://tiles.example.org/{z}/{x}/{y}.png',
        PUBLIC_MAP_TILES_ATTRIBUTION: '© Example Maps',
      }),
    ).toEqual({ url: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: '© Example Maps' });
  });

  it.each([
    [{ PUBLIC_MAP_TILES_URL: 'https://tiles.example.org/{z}/{x}/{y}.png' }, 'Set PUBLIC_MAP_TILES_ATTRIBUTION too'],
    [
      { PUBLIC_MAP_TILES_URL: 'https://tiles.example.org/tile.png', PUBLIC_MAP_TILES_ATTRIBUTION: 'x' },
      'must contain {z}, {x} and {y}',
    ],
    [
      { PUBLIC_MAP_TILES_URL: 'ftp://tiles/{z}/{x}/{y}', PUBLIC_MAP_TILES_ATTRIBUTION: 'x' },
      'must be an http(s) address',
    ],
  ])('fails the build when it is half set or wrong: %j', (env, message) => {
    expect(() => mapTilesFromEnv(env)).toThrow(message);
  });
});

describe('"Report a problem with this verge"', () => {
  const verge = { reference: 'BW-V-000042', streetName: "St Mary's Road", postcodes: ['BW1 2AB', 'BW1 2AD'] };

  const online = (slug: string) => ({ kind: 'online' as const, label: slug, value: `/forms/${slug}/` });
  const vergeService = { form: null, contactChannels: [online('report-a-verge-problem')] };
  const forms = [everyFieldTypeForm, makeAComplaint, reportAVergeProblem].map((form) =>
    formDefinitionSchema.parse(form),
  );

  it('opens the verge problem form a service page offers, filling the questions it asks', () => {
    const form = vergeReportForm(forms, [vergeService], vergeService);
    expect(form).toEqual({ path: '/forms/report-a-verge-problem/', fields: ['verge-reference', 'street', 'postcode'] });
    expect(reportProblemHref(form!, verge)).toBe(
      '/forms/report-a-verge-problem/?verge-reference=BW-V-000042&street=St+Mary%27s+Road&postcode=BW1+2AB',
    );
  });

  it('fills only the questions the form has, and is not offered without such a form', () => {
    expect(reportProblemHref({ path: '/forms/x/', fields: ['verge-reference'] }, verge)).toBe(
      '/forms/x/?verge-reference=BW-V-000042',
    );
    expect(vergeReportForm(forms, [{ form: { slug: 'make-a-complaint', title: '' }, contactChannels: [] }])).toBeNull();
  });

  it('is never a form no service page offers, even with a hidden verge reference question', () => {
    expect(allFields(forms[0]!).some((field) => field.name === 'verge-reference')).toBe(true);
    const onlyTheTestForm = { form: { slug: 'every-field-type', title: '' }, contactChannels: [] };
    expect(vergeReportForm(forms, [onlyTheTestForm])?.path).toBe('/forms/every-field-type/');
    expect(vergeReportForm(forms, [vergeService])?.path).toBe('/forms/report-a-verge-problem/');
    expect(vergeReportForm(forms, [])).toBeNull();
  });
});

describe('reading the verge export at build time', () => {
  const [record] = vergeRecords(1);

  it('takes a verge as the CMS exports it', () => {
    expect(parseVerge(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });

  it('fails the build naming the verge and each field it cannot render', () => {
    const broken = { ...record, geometry: { type: 'Point', coordinates: [-1.4, 52.2] }, cuts: [{ status: 'done' }] };
    expect(() => parseVerge(broken)).toThrow(
      new RegExp(
        `^Verge "${record!.reference}" cannot be rendered:\\n- geometry.type: Use a LineString.*not a Point\\n- cuts\\[0\\].scheduledFrom`,
      ),
    );
  });
});
