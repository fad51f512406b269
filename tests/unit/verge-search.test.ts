import { describe, expect, it } from 'vitest';
import { createVergeData } from '../../site/src/lib/verges/browser/client';
import { NEARBY_METRES, vergesNear, vergesOnStreets } from '../../site/src/lib/verges/browser/found';
import { parseQuery } from '../../site/src/lib/verges/browser/query';
import { answerQuery, suggest } from '../../site/src/lib/verges/browser/search';
import { allDataFiles } from '../../site/src/lib/verges/build-time/files';
import { buildVergeSite } from '../../site/src/lib/verges/build-time/site';
import { vergeRecords } from '../support/verge-records';

/**
 * The search the map island runs in the browser, on the build's own data files
 * served from memory: the network edge is faked, nothing of ours is.
 */
const records = vergeRecords(900);
const site = buildVergeSite(records);
const files = allDataFiles(site);
const TODAY = '2026-07-15';

function vergeData() {
  const fetched: string[] = [];
  const data = createVergeData('/verges/data/', (url) => {
    fetched.push(url.replace('/verges/data/', ''));
    const body = files.get(url.replace('/verges/data/', ''));
    return body ? Promise.resolve(structuredClone(body)) : Promise.reject(new Error(`404 ${url}`));
  });
  return { data, fetched };
}

/** A street whose name is used in two localities, and one whose name is used once. */
const names = new Map<string, number>();
for (const street of site.streets) names.set(street.key, (names.get(street.key) ?? 0) + 1);
const shared = site.streets.find((street) => names.get(street.key)! > 1)!;
const single = site.streets.find((street) => names.get(street.key) === 1 && street.postcodes.length > 0)!;

describe('reading what a resident typed', () => {
  it.each([
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['h', { kind: 'too-short', text: 'h' }],
    ['bw1 2ab', { kind: 'postcode', postcode: 'BW1 2AB' }],
    [' BW12AB ', { kind: 'postcode', postcode: 'BW1 2AB' }],
    ['bw1', { kind: 'district', outward: 'BW1' }],
    ['BW1 2', { kind: 'partial-postcode', text: 'BW1 2', sector: 'BW1 2' }],
    ['bw12a', { kind: 'partial-postcode', text: 'BW12A', sector: 'BW1 2' }],
    ['St Mary’s Rd', { kind: 'street', text: 'St Mary’s Rd', key: 'saint marys road', locality: null }],
    [
      'Mill Lane, Kestrel Vale',
      { kind: 'street', text: 'Mill Lane, Kestrel Vale', key: 'mill lane', locality: 'kestrel vale' },
    ],
  ])('%j', (input, expected) => {
    expect(parseQuery(input)).toEqual(expected);
  });

  it('cuts very long input short rather than searching all of it', () => {
    const query = parseQuery(`Road ${'x'.repeat(10_000)}`);
    expect(query.kind === 'street' && query.text.length).toBe(100);
  });
});

describe('answering a search', () => {
  it('finds the verges next to a postcode, downloading one postcode file and only the cells they are in', async () => {
    const { data, fetched } = vergeData();
    const postcode = single.postcodes[0]!;
    const answer = await answerQuery(data, postcode.toLowerCase().replace(' ', ''));
    expect(answer.kind).toBe('streets');
    if (answer.kind !== 'streets') return;
    expect(answer.heading).toBe(`Verges next to ${postcode}`);
    const expected = site.streets.filter((street) => street.postcodes.includes(postcode));
    expect(answer.streets.map((street) => street.s)).toEqual(expected.map((street) => street.slug));
    const verges = await vergesOnStreets(data, answer.streets, TODAY);
    expect(verges.map((verge) => verge.reference)).toEqual(
      expected.flatMap((street) => street.verges.map((verge) => verge.reference)),
    );
    const cells = new Set(expected.flatMap((street) => street.cells).map((cell) => `cells/${cell}.json`));
    expect(fetched.sort()).toEqual(
      ['index.json', `postcodes/${postcode.slice(0, -2).toLowerCase().replace(' ', '-')}.json`, ...cells].sort(),
    );
  });

  it('gives each verge the FixMyStreet sentences for the day, and its status in words for the map', async () => {
    const { data } = vergeData();
    const answer = await answerQuery(data, `${single.name}, ${single.locality}`);
    if (answer.kind !== 'streets') throw new Error(`expected verges, got ${answer.kind}`);
    const found = await vergesOnStreets(data, answer.streets, TODAY);
    expect(found.length).toBe(single.verges.length);
    for (const verge of found) {
      expect(verge.summary.text).toMatch(/This grass|The next cut|overdue|no more cuts|No cuts|problem/);
      expect(verge.status).toBe(
        verge.currentStatus === 'problem-reported'
          ? 'problem-reported'
          : verge.summary.overdue
            ? 'cut-overdue'
            : 'fine',
      );
    }
  });

  it('asks which street when a name is used in more than one place, and not when the place is given', async () => {
    const { data } = vergeData();
    const both = await answerQuery(data, shared.name.toUpperCase());
    expect(both.kind).toBe('choose-street');
    if (both.kind === 'choose-street') expect(both.streets.every((street) => street.k === shared.key)).toBe(true);
    const one = await answerQuery(data, `${shared.name}, ${shared.locality.toLowerCase()}`);
    expect(one).toMatchObject({ kind: 'streets', heading: `Verges on ${shared.name}, ${shared.locality}` });
  });

  it.each([
    ['', 'problem', /^Enter a street name or a postcode, like .+ or BW\d [0-9A-Z]{3}$/],
    ['z', 'problem', /^Enter at least 2 letters of the street name$/],
    ['BW1 2A', 'problem', /^Enter a full postcode, like BW\d/],
    ['Nonsuch Boulevard', 'not-found', /^We could not find a street called “Nonsuch Boulevard”/],
    ['BW1 9ZZ', 'not-found', /^We could not find any verges next to BW1 9ZZ/],
    ['ZZ9', 'not-found', /^We could not find any verges in the ZZ9 postcode area/],
    ['BW1', 'district', /^BW1 is the first half of a postcode/],
  ])('answers %j with a helpful message, never an empty page', async (input, kind, message) => {
    const { data } = vergeData();
    const answer = await answerQuery(data, input);
    expect(answer.kind).toBe(kind);
    expect('message' in answer && answer.message).toMatch(message);
  });
});

describe('suggestions as the resident types', () => {
  it('offers streets starting with what is typed, with their locality', async () => {
    const { data } = vergeData();
    const offered = await suggest(data, single.name.slice(0, 4));
    expect(offered).toContain(`${single.name}, ${single.locality}`);
    expect(offered.length).toBeLessThanOrEqual(8);
  });

  it('offers postcodes once the sector is typed, and nothing before', async () => {
    const { data } = vergeData();
    const postcode = single.postcodes[0]!;
    expect(await suggest(data, postcode.slice(0, 3))).toEqual([]);
    const offered = await suggest(data, postcode.slice(0, 5));
    expect(offered).toContain(postcode);
    expect(offered.every((candidate) => candidate.startsWith(postcode.slice(0, 5)))).toBe(true);
  });
});

describe('verges near the resident', () => {
  it('lists the nearest first, all within reach, from the cells around the position', async () => {
    const { data } = vergeData();
    const target = records[10]!;
    const near = await vergesNear(data, target.centroid, TODAY);
    expect(near[0]?.reference).toBe(target.reference);
    expect(near[0]?.distance).toBeLessThan(30);
    expect(near.every((verge) => verge.distance! <= NEARBY_METRES)).toBe(true);
    expect(near.map((verge) => verge.distance)).toEqual(
      [...near.map((verge) => verge.distance)].sort((a, b) => a! - b!),
    );
  });

  it('finds none far from any verge', async () => {
    const { data } = vergeData();
    expect(await vergesNear(data, [-3.5, 55], TODAY)).toEqual([]);
  });
});
