/**
 * "Find a community hub near you" as the live server answers it, on the build's own
 * verge data files (served from memory) and the demo council's hubs: where a postcode
 * or a street is, the hubs by distance, and what bad input is told.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { communityHubs } from '@doorstep/demo';
import { distanceMetres, escapeHtml } from '@doorstep/domain';
import { answerHubsNear, parseLocation, type HubsNearRequest } from '../../site/src/lib/hubs/answer';
import { completeHubsNearPage } from '../../site/src/lib/hubs/answer-html';
import { hubsFile, hubsFileSchema, type NearHub } from '../../site/src/lib/hubs/hubs-file';
import { locatePlace } from '../../site/src/lib/hubs/locate';
import { createVergeData } from '../../site/src/lib/verges/browser/client';
import { allDataFiles } from '../../site/src/lib/verges/build-time/files';
import { buildVergeSite } from '../../site/src/lib/verges/build-time/site';
import { vergeRecords } from '../support/verge-records';

const records = vergeRecords(900);
const site = buildVergeSite(records);
const files = allDataFiles(site);
const data = () =>
  createVergeData('', (file) => {
    const body = files.get(file);
    return body ? Promise.resolve(structuredClone(body)) : Promise.reject(new Error(`404 ${file}`));
  });

const hubs: NearHub[] = hubsFileSchema.parse(hubsFile(communityHubs)).hubs;
const library = hubs.find((hub) => hub.slug === 'bramblewick-central-library')!;

/** A postcode, a street named once and a street name used in two places, from the generated verges. */
const postcode = site.districts[0]!.postcodes[0]!.postcode;
const names = new Map<string, number>();
for (const street of site.streets) names.set(street.key, (names.get(street.key) ?? 0) + 1);
const single = site.streets.find((street) => names.get(street.key) === 1)!;
const shared = site.streets.find((street) => names.get(street.key)! > 1)!;

/** Wednesday 15 July 2026, 11am in the UK (BST). */
const NOW = new Date('2026-07-15T10:00:00Z');
const ask = (request: Partial<HubsNearRequest>) =>
  answerHubsNear(data(), hubs, { q: null, lat: null, lon: null, ...request }, NOW);

describe('where a postcode or a street is, from the verge data', () => {
  it('puts a full postcode at the middle of the verges beside it', async () => {
    const place = await locatePlace(data(), postcode.toLowerCase().replace(' ', ''));
    const beside = records.filter((record) => record.postcodes.includes(postcode));
    expect(place.kind).toBe('found');
    if (place.kind !== 'found') return;
    expect(place.label).toBe(postcode);
    for (const verge of beside) {
      const [longitude, latitude] = verge.centroid;
      expect(distanceMetres(place.point, { latitude, longitude })).toBeLessThan(2_000);
    }
  });

  it('puts a postcode sector and area at the middle of their streets', async () => {
    const sector = postcode.slice(0, -2);
    const outward = postcode.split(' ')[0]!;
    expect(await locatePlace(data(), sector)).toMatchObject({ kind: 'found', label: sector });
    expect(await locatePlace(data(), outward)).toMatchObject({
      kind: 'found',
      label: outward,
      from: `the middle of the ${outward} postcode area`,
    });
  });

  it('puts a street at the middle of its verges, and offers a choice where a name is used twice', async () => {
    const found = await locatePlace(data(), single.name);
    expect(found).toMatchObject({ kind: 'found', label: `${single.name}, ${single.locality}` });
    if (found.kind === 'found') {
      const [longitude, latitude] = single.verges[0]!.centroid;
      expect(distanceMetres(found.point, { latitude, longitude })).toBeLessThan(3_000);
    }
    const choice = await locatePlace(data(), shared.name);
    expect(choice.kind).toBe('choose-street');
    if (choice.kind === 'choose-street') expect(choice.streets).toContain(`${shared.name}, ${shared.locality}`);
  });

  it.each([
    ['', 'problem', 'Enter a postcode or a street name, like'],
    ['h', 'problem', 'Enter at least 2 letters of the street name'],
    ['BW1 2ABX', 'problem', '“BW1 2ABX” is not a full postcode. Enter a postcode like'],
    ['bw9 9zz', 'not-found', 'We could not find the postcode BW9 9ZZ in the council’s area'],
    ['ZZ9', 'not-found', 'We could not find any streets in the ZZ9 postcode area'],
    ['Nowhere Boulevard', 'not-found', 'We could not find a street called “Nowhere Boulevard”'],
  ])('%j gets a message naming what was typed', async (typed, kind, message) => {
    const place = await locatePlace(data(), typed);
    expect(place.kind).toBe(kind);
    expect('message' in place && place.message).toContain(message);
  });
});

describe('hubs by distance, open or closed when the server answers', () => {
  it('lists the nearest first with miles to one decimal and whether each is open', async () => {
    const answer = await ask({ lat: String(library.latitude), lon: String(library.longitude) });
    expect(answer.kind).toBe('hubs');
    if (answer.kind !== 'hubs') return;
    expect(answer.hubs[0]).toEqual({
      name: library.name,
      slug: library.slug,
      address: '14 Chapel Row, Bramblewick, BW1 2AB',
      distance: 'less than 0.1 miles',
      open: true,
      opening: 'Open now, closes at 5pm',
    });
    expect(answer.hubs[1]!.distance).toMatch(/^\d+\.\d miles?$/);
    expect(answer.checkedAt).toBe('11am');
    expect(answer.hubs).toHaveLength(hubs.length);
  });

  it.each([
    [{ lat: '52.26', lon: '' }, 'Your location could not be read'],
    [{ lat: '5e1', lon: '-1' }, 'Your location could not be read'],
    [{ lat: '0x34', lon: '-1' }, 'Your location could not be read'],
    [{ lat: 'NaN', lon: 'Infinity' }, 'Your location could not be read'],
    [{ lat: '48.85', lon: '2.35' }, 'Your location is outside the UK'],
    [{ lat: '52.26', lon: '-100' }, 'Your location is outside the UK'],
    [{ lat: '1'.repeat(5000), lon: '-1' }, 'Your location could not be read'],
  ])('refuses the location %j', async (request, message) => {
    const answer = await ask(request);
    expect(answer.kind).toBe('problem');
    expect('message' in answer && answer.message).toContain(message);
  });

  it('reads only a plain number of degrees inside the UK', () => {
    expect(parseLocation('52.2614', '-1.4012')).toEqual({ point: { latitude: 52.2614, longitude: -1.4012 } });
    expect(parseLocation(' 52.2614', '-1.4012')).toHaveProperty('problem');
  });
});

/** The page's form and answer room as index.astro writes them, around a header search box. */
const PAGE =
  '<!doctype html><html><head><title>Find a community hub near you - Bramblewick</title></head><body>' +
  '<input class="govuk-input" id="header-search" name="q">' +
  '<div id="hubs-near-errors"></div><div class="govuk-form-group" id="hubs-near-group">' +
  '<div id="hubs-near-q-hint" class="govuk-hint">For example</div>' +
  '<input id="hubs-near-q" class="govuk-input govuk-!-width-two-thirds" name="q" type="text" aria-describedby="hubs-near-q-hint">' +
  '</div><div id="hubs-near-answer"></div></body></html>';

describe('the page completed with the answer', () => {
  it('keeps what was typed, and shows an error the GOV.UK way', async () => {
    const typed = 'BW1 2ABX';
    const page = completeHubsNearPage(PAGE, await ask({ q: typed }), typed);
    expect(page).toContain('<title>Error: Find a community hub');
    expect(page).toContain('class="govuk-form-group govuk-form-group--error" id="hubs-near-group"');
    expect(page).toContain(
      '<input id="hubs-near-q" class="govuk-input govuk-!-width-two-thirds govuk-input--error" value="BW1 2ABX"',
    );
    expect(page).toContain('aria-describedby="hubs-near-q-hint hubs-near-q-error"');
    expect(page).toContain('<a href="#hubs-near-q">“BW1 2ABX” is not a full postcode');
    expect(page).toContain('<input class="govuk-input" id="header-search" name="q">');
  });

  it('lists hubs with links to their pages', async () => {
    const page = completeHubsNearPage(PAGE, await ask({ q: postcode }), postcode);
    expect(page).toContain(`<h2 class="govuk-heading-m">Community hubs nearest to ${postcode}</h2>`);
    expect(page).toContain(`href="/community-hubs/${library.slug}/"`);
    expect(page).not.toContain('Error:');
  });

  /** What residents type, and what a fuzzer would: postcodes right and wrong, street names, noise. */
  const typedText = fc.oneof(
    fc.constantFrom(postcode, single.name, shared.name, 'BW1', 'BW1 2', 'bw12a', 'BW1 2ABX', 'ZZ9 9ZZ'),
    fc
      .tuple(
        fc.stringMatching(/^[A-Za-z]{1,2}\d[A-Za-z\d]?$/),
        fc.constantFrom('', ' ', '  '),
        fc.stringMatching(/^\d?[A-Za-z]{0,3}$/),
      )
      .map((parts) => parts.join('')),
    fc.string({ maxLength: 300, unit: 'grapheme' }),
    fc.string({ minLength: 90, maxLength: 20_000 }),
    fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '&amp;', '\u0000', ', , ,'),
  );
  const degrees = fc.oneof(
    fc.double({ min: -200, max: 200, noNaN: true }).map(String),
    fc.stringMatching(/^-?\d{1,3}(\.\d{1,14})?$/),
    fc.string({ maxLength: 40 }),
  );

  it('never fails on anything typed or sent, always answers, and writes it back only as text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ q: fc.option(typedText), lat: fc.option(degrees), lon: fc.option(degrees) }),
        async (request) => {
          const answer = await ask(request);
          if (answer.kind === 'problem' || answer.kind === 'not-found')
            expect(answer.message.length).toBeGreaterThan(10);
          const typed = (request.q ?? '').slice(0, 100);
          const page = completeHubsNearPage(PAGE, answer, typed);
          expect(page).toContain(`value="${escapeHtml(typed)}"`);
          expect(page.match(/<script/g)).toBeNull();
          expect(page.match(/<img/g)).toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });
});
