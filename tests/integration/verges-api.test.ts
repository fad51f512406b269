import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postcodeFilter, vergeExportPageSchema, type VergeRecord } from '@doorstep/domain';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';

let cms: TestCms;
let all: VergeRecord[];
const SECRET = `Secret draft ${Date.now()}`;

const rest = (path: string) => fetch(`${cms.url}${path}`);
const verges = () => cms.strapi.documents('api::verge.verge');
const draftVerge = {
  reference: 'BW-DRAFT-1',
  streetName: SECRET,
  locality: 'Bramblewick',
  geometry: {
    type: 'LineString',
    coordinates: [
      [-1.4012, 52.2614],
      [-1.4009, 52.2616],
    ],
  },
  areaSquareMetres: 40,
  category: 'rural-verge',
  cutsPerSeason: 2,
  currentStatus: 'fine',
} as const;

async function readExport(pageSize = 1000): Promise<VergeRecord[]> {
  const records: VergeRecord[] = [];
  for (let page = 1; ; page += 1) {
    const response = await rest(`/api/verges/export?page=${page}&pageSize=${pageSize}`);
    expect(response.status).toBe(200);
    const body = vergeExportPageSchema.parse(await response.json());
    records.push(...body.data);
    if (page >= body.meta.pageCount) return records;
  }
}

beforeAll(async () => {
  cms = await startCms({ seed: true });
  // A draft never published, and a published verge with an unpublished edit.
  await verges().create({ data: draftVerge as never });
  const published = await verges().findFirst({ status: 'published' });
  await verges().update({ documentId: published!.documentId, data: { noteForResidents: SECRET } });
  all = await readExport();
});

afterAll(async () => {
  await cms?.stop();
});

const graphql = async (query: string, variables?: Record<string, unknown>) => {
  const result = await cms.graphql(query, variables);
  expect(result.body.errors).toBeUndefined();
  return result.body.data!;
};
const COUNT = 'query($filters: VergeFiltersInput) { verges_connection(filters: $filters) { pageInfo { total } } }';
const total = async (filters: Record<string, unknown>) =>
  ((await graphql(COUNT, { filters })).verges_connection as { pageInfo: { total: number } }).pageInfo.total;

describe('the export endpoint', () => {
  it('pages every published verge once, with its cuts, in the domain’s shape', async () => {
    expect(all.length).toBe(await verges().count({ status: 'published' }));
    expect(all.length).toBeGreaterThanOrEqual(3000);
    expect(new Set(all.map((verge) => verge.documentId)).size).toBe(all.length);
    expect(all.some((verge) => verge.cuts.length > 0)).toBe(true);
    expect(await readExport(700)).toEqual(all);
  });

  it('never serves drafts or unpublished edits', () => {
    expect(JSON.stringify(all)).not.toContain(SECRET);
  });

  it.each(['page=0', 'pageSize=2001', 'page=abc', 'status=draft', 'filters[streetName][$eq]=x'])(
    'answers ?%s with a 400',
    async (query) => {
      const response = await rest(`/api/verges/export?${query}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/^Invalid query/);
    },
  );
});

describe('fuzzing the export endpoint', () => {
  const pieces = ['page', 'pageSize', 'page[]', 'page[$gt]', '__proto__[x]', 'status', 'sort', 'populate', '%00', 'é'];
  const values = ['1', '0', '-1', '2000', '2001', '1e3', '99999999999999999999', 'abc', '', '%FF', '<script>', '[]'];
  const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;

  it('answers 500 random query strings with a 200 or a clear 400, never a 5xx', async () => {
    const statuses = new Map<number, number>();
    for (let i = 0; i < 500; i += 25) {
      const batch = await Promise.all(
        Array.from({ length: 25 }, () => {
          const query = Array.from(
            { length: 1 + Math.floor(Math.random() * 3) },
            () => `${pick(pieces)}=${pick(values)}`,
          );
          return rest(`/api/verges/export?${query.join('&')}&pageSize=1`);
        }),
      );
      for (const response of batch) {
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        await response.arrayBuffer();
      }
    }
    expect([...statuses.keys()].filter((status) => status !== 200 && status !== 400)).toEqual([]);
    expect((await rest('/_health')).status).toBe(204);
  });
});

describe('verges over GraphQL', () => {
  it('finds the verges of a street', async () => {
    const { streetName, locality } = all[0]!;
    const filters = { streetName: { eqi: streetName }, locality: { eq: locality } };
    const data = await graphql(
      'query($f: VergeFiltersInput) { verges(filters: $f, pagination: { pageSize: 100 }) { reference streetName } }',
      { f: filters },
    );
    const expected = all.filter((verge) => verge.streetName === streetName && verge.locality === locality);
    expect((data.verges as Array<{ reference: string }>).map((verge) => verge.reference).sort()).toEqual(
      expected.map((verge) => verge.reference).sort(),
    );
  });

  it('finds the verges next to a postcode, exactly', async () => {
    const postcode = all[0]!.postcodes[0]!;
    expect(await total(postcodeFilter(postcode)!)).toBe(
      all.filter((verge) => verge.postcodes.includes(postcode)).length,
    );
    // "W1 2AB"-style near misses are not found inside "BW1 2AB".
    expect(await total(postcodeFilter(postcode.slice(1))!)).toBe(0);
  });

  it('finds verges by current status', async () => {
    const reported = all.filter((verge) => verge.currentStatus === 'problem-reported').length;
    expect(reported).toBeGreaterThan(0);
    // Filters take the stored value; the enum in results spells it problem_reported.
    expect(await total({ currentStatus: { eq: 'problem-reported' } })).toBe(reported);
  });

  it('finds the verges inside a bounding box', async () => {
    const [longitude, latitude] = all[0]!.centroid;
    const [west, south, east, north] = [longitude - 0.004, latitude - 0.003, longitude + 0.004, latitude + 0.003];
    const filters = {
      minLongitude: { lte: east },
      maxLongitude: { gte: west },
      minLatitude: { lte: north },
      maxLatitude: { gte: south },
    };
    const inside = all.filter(({ bounds: [w, s, e, n] }) => w <= east && e >= west && s <= north && n >= south);
    expect(inside.length).toBeGreaterThan(1);
    expect(inside.length).toBeLessThan(all.length / 2);
    expect(await total(filters)).toBe(inside.length);
  });

  it('refuses drafts to the public, however they are asked for', async () => {
    expect((await cms.graphql('{ verges(status: DRAFT) { streetName } }')).status).toBe(403);
    expect((await cms.graphql('{ verges_connection(status: DRAFT) { nodes { streetName } } }')).status).toBe(403);
    expect((await rest('/api/verges?status=draft')).status).toBe(403);
    for (const filter of ['NEVER_PUBLISHED', 'MODIFIED', 'PUBLISHED_WITH_DRAFT']) {
      const result = await cms.graphql(
        `{ verges(publicationFilter: ${filter}, pagination: { pageSize: 100 }) { streetName noteForResidents } }`,
      );
      expect(JSON.stringify(result.body)).not.toContain(SECRET);
    }
    const listed = await rest(`/api/verges?filters[streetName][$eq]=${encodeURIComponent(SECRET)}`);
    expect(((await listed.json()) as { data: unknown[] }).data).toEqual([]);
  });
});

describe('publishing a verge', () => {
  it('keeps the bounds and centre in step with the geometry, and postcodes in one form', async () => {
    const created = await verges().create({
      data: { ...draftVerge, reference: 'BW-DRAFT-2', postcodes: 'bw1 2ab;BW12AC' } as never,
      status: 'published',
    });
    expect(created).toMatchObject({
      minLongitude: -1.4012,
      maxLongitude: -1.4009,
      minLatitude: 52.2614,
      maxLatitude: 52.2616,
      postcodes: 'BW1 2AB, BW1 2AC',
    });
    expect(created.centroidLongitude).toBeCloseTo(-1.40105, 6);
  });

  it('saves a broken draft but refuses to publish it, naming each problem', async () => {
    const broken = await verges().create({
      data: {
        ...draftVerge,
        reference: 'BW-DRAFT-3',
        postcodes: 'BW1 2AB, nowhere',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [-1.4, 52.26],
              [-1.39, 52.26],
              [-1.39, 52.27],
            ],
          ],
        },
        cuts: [{ scheduledFrom: '2026-05-04', status: 'skipped' }],
      } as never,
    });
    const attempt = verges().publish({ documentId: broken.documentId });
    await expect(attempt).rejects.toThrow(/"BW-DRAFT-3" cannot be published yet/);
    await attempt.catch((error: Error) => {
      expect(error.message).toContain('postcodes[1]: "nowhere" is not a postcode');
      expect(error.message).toContain('geometry.coordinates[0]: A polygon ring needs at least 4 positions');
      expect(error.message).toContain('cuts[0].skipReason: Say why the cut was skipped');
    });
    expect(await verges().findOne({ documentId: broken.documentId, status: 'published' })).toBeNull();
  });
});
