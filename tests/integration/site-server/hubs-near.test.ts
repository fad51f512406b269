/**
 * The live site server answering "Find a community hub near you" over real HTTP, on a
 * build folder holding the page, the hubs file and verge data files the build's own
 * code writes (no Astro, no CMS): whatever the query string, a page and a clear
 * message, never a 5xx, and what was typed kept as text.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communityHubs } from '@doorstep/demo';
import { hubsFile } from '../../../site/src/lib/hubs/hubs-file';
import { allDataFiles } from '../../../site/src/lib/verges/build-time/files';
import { buildVergeSite } from '../../../site/src/lib/verges/build-time/site';
import { createSiteServer } from '../../../site/server/http';
import { vergeRecords } from '../../support/verge-records';
import { get, rawGet } from './client';
import { writeFakeSite } from './fake-site';

let root: string;
let server: Server;
let base: string;
const site = buildVergeSite(vergeRecords(300));
const postcode = site.districts[0]!.postcodes[0]!.postcode;

/** The page's form and answer room as index.astro writes them. */
const PAGE =
  '<!doctype html><html lang="en-GB"><head><title>Find a community hub near you</title></head><body>' +
  '<div id="hubs-near-errors"></div><h1>Find a community hub near you</h1>' +
  '<form id="hubs-near-form" method="get" action="/community-hubs/near/"><div class="govuk-form-group" id="hubs-near-group">' +
  '<label for="hubs-near-q">Postcode or street name</label><div id="hubs-near-q-hint" class="govuk-hint">For example</div>' +
  '<input id="hubs-near-q" class="govuk-input" name="q" type="text" aria-describedby="hubs-near-q-hint"></div></form>' +
  '<div id="hubs-near-answer"></div></body></html>';

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'doorstep-hubs-near-'));
  writeFakeSite(root, 1);
  mkdirSync(path.join(root, 'community-hubs', 'near'), { recursive: true });
  writeFileSync(path.join(root, 'community-hubs', 'near', 'index.html'), PAGE);
  writeFileSync(path.join(root, 'community-hubs', 'near', 'hubs.json'), JSON.stringify(hubsFile(communityHubs)));
  for (const [file, body] of allDataFiles(site)) {
    const target = path.join(root, 'verges', 'data', file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, JSON.stringify(body));
  }
  server = createSiteServer({
    builds: { currentDir: () => root, currentLink: root },
    worker: {
      request: () => {},
      status: () => ({ building: false, pending: false, lastBuild: null, lastError: null, builds: 0 }),
    },
    cmsUrl: 'http://127.0.0.1:9',
    webhookSecret: 'bramblewick-rebuild-secret',
    log: { info: () => {}, error: () => {} },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

const near = (query: Record<string, string>) => get(`${base}/community-hubs/near/?${new URLSearchParams(query)}`);

describe('the live server answers the hubs near a place', () => {
  it('serves the page as built when the form sent nothing', async () => {
    const response = await get(`${base}/community-hubs/near/`);
    expect(response.body).toBe(PAGE);
  });

  it('lists hubs by distance from a postcode, never cached, the postcode kept in the box', async () => {
    const response = await near({ q: postcode });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.body).toContain(`Community hubs nearest to ${postcode}`);
    expect(response.body).toContain(`value="${postcode}"`);
    expect(response.body.match(/<li class="app-hubs-near__hub">/g)).toHaveLength(communityHubs.length);
  });

  it.each([
    [{ q: 'BW1 2ABX' }, '“BW1 2ABX” is not a full postcode'],
    [{ q: 'BW9 9ZZ' }, 'We could not find the postcode BW9 9ZZ'],
    [{ q: 'Nonsuch Boulevard' }, 'We could not find a street called “Nonsuch Boulevard”'],
    [{ lat: '91', lon: '0' }, 'Your location is outside the UK'],
    [{ lat: '52.2', lon: 'east' }, 'Your location could not be read'],
    [{ q: 'x'.repeat(6_000) }, 'We could not find a street called'],
    [{ lat: '5'.repeat(5_000), lon: '-1' }, 'Your location could not be read'],
  ])('answers %j with a clear message', async (query, message) => {
    const response = await near(query);
    expect(response.status).toBe(200);
    expect(response.body).toContain(message);
  });

  it('refuses an address longer than Node reads (16 KB of headers) before it reaches the page', async () => {
    expect((await near({ q: 'x'.repeat(20_000) })).status).toBe(431);
  });

  it('never answers a 5xx to any query string, and writes nothing typed back as markup', async () => {
    const queryText = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.stringMatching(/^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d?[A-Za-z]{0,3}$/),
      fc.constantFrom('<script>x</script>', '"><b>', '%', '%zz', '%C0%AF', '&q=', '\u202e'),
    );
    const query = fc
      .array(fc.tuple(fc.constantFrom('q', 'lat', 'lon', 'page', 'Q'), queryText), { maxLength: 4 })
      .map((pairs) => pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&'));
    const raw = fc.stringMatching(/^[\x21-\x7e]{0,120}$/).map((text) => text.replace(/#/g, ''));
    await fc.assert(
      fc.asyncProperty(fc.oneof(query, raw), async (search) => {
        const response = await rawGet(base, `/community-hubs/near/?${search}`);
        expect(response.status).toBeLessThan(500);
        expect(response.body).not.toMatch(/<script>x|<b>/);
      }),
      { numRuns: 150 },
    );
  });
});
