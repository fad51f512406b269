/**
 * A resident finding their bin day, in Chromium against the built site, the live site
 * server and the seeded CMS: by street with JavaScript, by postcode without it, a typo
 * answered in place with the query kept, and axe on every page and state.
 */
import { normaliseStreetName, slugify } from '@doorstep/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { axeViolations, axeViolationsWithoutJavaScript } from './support/browser';

const siteUrl = inject('siteUrl');
const cmsUrl = inject('cmsUrl');
let browser: Browser;

interface Round {
  streetName: string;
  locality: string;
  postcodes: string | null;
}
let street: Round;
let postcode: string;
/** Streets by postcode, from every published round. */
const streetsByPostcode = new Map<string, Round[]>();

const open = async (javaScriptEnabled: boolean) =>
  (await browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled })).newPage();
const axeOn = async (page: Page, javaScript: boolean, where: string) =>
  expect(await (javaScript ? axeViolations(page) : axeViolationsWithoutJavaScript(page)), where).toEqual([]);
const streetPath = (round: Round) =>
  `/bin-days/streets/${slugify(`${round.streetName} ${round.locality}`.replace(/['’]/g, ''))}/`;

async function search(page: Page, query: string): Promise<void> {
  await page.goto(`${siteUrl}/bin-days/`);
  await page.getByLabel('Street name or postcode').fill(query);
  await Promise.all([
    page.waitForNavigation(),
    page.getByRole('search', { name: 'Bin collection days' }).getByRole('button', { name: 'Search' }).click(),
  ]);
}

describe.skipIf(!inject('chromium'))('when is my bin day, in the browser', () => {
  beforeAll(async () => {
    browser = await launchChromium();
    const rounds: Round[] = [];
    for (let page = 1; ; page += 1) {
      const response = await fetch(`${cmsUrl}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          query: `{ binRounds_connection(pagination: { page: ${page}, pageSize: 100 }) { nodes { streetName locality postcodes } pageInfo { pageCount } } }`,
        }),
      });
      const body = (await response.json()) as {
        data: { binRounds_connection: { nodes: Round[]; pageInfo: { pageCount: number } } };
      };
      rounds.push(...body.data.binRounds_connection.nodes);
      if (page >= body.data.binRounds_connection.pageInfo.pageCount) break;
    }
    for (const round of rounds) {
      for (const code of (round.postcodes ?? '').split(', ').filter(Boolean)) {
        streetsByPostcode.set(code, [...(streetsByPostcode.get(code) ?? []), round]);
      }
    }
    // A street whose name is its own (no other locality has one), with a postcode only it has.
    const unique = (round: Round) =>
      rounds.filter((other) => normaliseStreetName(other.streetName) === normaliseStreetName(round.streetName))
        .length === 1;
    street = rounds.find(
      (round) =>
        unique(round) && (round.postcodes ?? '').split(', ').some((code) => streetsByPostcode.get(code)?.length === 1),
    )!;
    postcode = (street.postcodes ?? '').split(', ').find((code) => streetsByPostcode.get(code)?.length === 1)!;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([true, false])('finds a street by name and by postcode (JavaScript %s)', async (javaScript) => {
    const page = await open(javaScript);
    await page.goto(`${siteUrl}/bin-days/`);
    await axeOn(page, javaScript, 'the search page');

    await search(page, street.streetName.toLowerCase());
    expect(new URL(page.url()).pathname).toBe(streetPath(street));
    await expect(page.locator('h1').textContent()).resolves.toBe(
      `Bin collection days for ${street.streetName}, ${street.locality}`,
    );
    expect(await page.locator('main').textContent()).toMatch(/Dates as of \d{1,2} \w+ \d{4}/);
    expect(await page.locator('.govuk-summary-list .govuk-tag').count()).toBeGreaterThan(0);
    // The street page's own link (an alert banner above it may carry one to the service page).
    const pageLinks = page.locator('main a:not(.govuk-notification-banner__link)', { hasText: 'Report a missed bin' });
    expect(await pageLinks.getAttribute('href')).toBe('/forms/report-a-missed-bin/');
    expect(
      await page.getByRole('link', { name: `When the grass verges on ${street.streetName} are cut` }).count(),
    ).toBe(1);
    await axeOn(page, javaScript, 'the street page');

    await search(page, postcode.replace(' ', '').toLowerCase());
    expect(new URL(page.url()).pathname).toBe(streetPath(street));
    await page.context().close();
  });

  it.each([true, false])('answers a typo in place, keeping what was typed (JavaScript %s)', async (javaScript) => {
    const page = await open(javaScript);
    await search(page, 'Zzyzx Boulevardd');
    expect(new URL(page.url()).pathname).toBe('/bin-days/search/');
    expect(await page.getByLabel('Street name or postcode').inputValue()).toBe('Zzyzx Boulevardd');
    expect(await page.locator('#bin-search-answer').textContent()).toContain(
      'We could not find a street called “Zzyzx Boulevardd”',
    );
    await axeOn(page, javaScript, 'the search answered in place');
    await page.context().close();
  });

  it('has an A to Z and postcode area pages that pass axe', async () => {
    const page = await open(false);
    await page.goto(`${siteUrl}/bin-days/streets/`);
    await page
      .getByRole('link', { name: `${street.streetName}, ${street.locality}` })
      .first()
      .waitFor();
    await axeOn(page, false, 'the A to Z');
    const outward = postcode.split(' ')[0]!.toLowerCase();
    await page.goto(`${siteUrl}/bin-days/postcodes/${outward}/`);
    expect(await page.locator(`[id="${postcode.replace(' ', '-')}"]`).count()).toBe(1);
    await axeOn(page, false, 'a postcode area');
    await page.context().close();
  });
});
