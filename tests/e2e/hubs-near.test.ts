/**
 * "Find a community hub near you" in Chromium, against the built site served by the live
 * site server and the seeded CMS: by postcode and by street with JavaScript off and on,
 * "Use my location" granted and refused, bad input told at the box; axe on every state.
 */
import { gzipSync } from 'node:zlib';
import { communityHubs } from '@doorstep/demo';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { axeViolations, axeViolationsWithoutJavaScript, headings, skippedHeadingLevels } from './support/browser';

const siteUrl = inject('siteUrl');
const NEAR = '/community-hubs/near/';
let browser: Browser;
/** A real postcode and street of the demo council, as the page's hint names them. */
let examples: { street: string; postcode: string };
const library = communityHubs.find((hub) => hub.slug === 'bramblewick-central-library')!;

const open = async (options: BrowserContextOptions = {}) =>
  (await browser.newContext({ viewport: { width: 375, height: 800 }, ...options })).newPage();
const box = (page: Page) => page.getByLabel('Postcode or street name');
const OPENING = /^(Open now, closes at \S+|Closed, opens \S+ at \S+|Call before you visit to check when it is open)$/;

async function search(page: Page, text: string): Promise<void> {
  await box(page).fill(text);
  await page.getByRole('button', { name: 'Find community hubs' }).click();
  await page.waitForURL((url) => url.searchParams.has('q'));
}

/** The hubs listed: name, distance and opening sentence, in order. */
const listed = (page: Page): Promise<string[][]> =>
  page.$$eval('.app-hubs-near > li', (items) =>
    items.map((item) => Array.from(item.querySelectorAll('h3, p'), (part) => part.textContent?.trim() ?? '')),
  );

async function expectHubsNearest(page: Page, place: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 2, name: place }).waitFor();
  const hubs = await listed(page);
  expect(hubs).toHaveLength(communityHubs.length);
  for (const [name, distance, opening] of hubs) {
    expect(communityHubs.map((hub) => hub.name)).toContain(name);
    expect(distance).toMatch(/^(\d+\.\d miles?|less than 0\.1 miles) away$/);
    expect(opening).toMatch(OPENING);
  }
  const miles = hubs.map(([, distance]) => Number(/[\d.]+/.exec(distance ?? '')?.[0]));
  expect(miles).toEqual([...miles].sort((a, b) => a - b));
}

describe.skipIf(!inject('chromium'))('find a community hub near you', () => {
  beforeAll(async () => {
    browser = await launchChromium();
    const manifest = (await (await fetch(`${siteUrl}/verges/data/index.json`)).json()) as {
      examples: typeof examples;
    };
    examples = manifest.examples;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('finds hubs by postcode and by street without JavaScript, and says what is wrong with bad input', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${siteUrl}/community-hubs/`);
    await page.getByRole('link', { name: 'Find a community hub near you' }).click();
    await page.getByRole('heading', { level: 1, name: 'Find a community hub near you' }).waitFor();
    expect(await page.getByRole('button', { name: 'Use my location' }).isVisible()).toBe(false);
    expect(await axeViolationsWithoutJavaScript(page), 'the empty page without JavaScript').toEqual([]);

    await search(page, examples.postcode.toLowerCase());
    await expectHubsNearest(page, `Community hubs nearest to ${examples.postcode}`);
    expect(await box(page).inputValue()).toBe(examples.postcode.toLowerCase());
    expect(await axeViolationsWithoutJavaScript(page), 'hubs near a postcode').toEqual([]);

    await search(page, examples.street);
    const choice = page.getByRole('heading', { level: 2, name: /streets match/ });
    if (await choice.isVisible()) {
      expect(await axeViolationsWithoutJavaScript(page), 'streets to choose from').toEqual([]);
      await page.locator('#hubs-near-answer a').first().click();
    }
    await expectHubsNearest(page, new RegExp(`^Community hubs nearest to ${examples.street}, `));
    expect(await axeViolationsWithoutJavaScript(page), 'hubs near a street').toEqual([]);

    // Each hub's link leads to its page, which leads back here.
    await page.locator('.app-hubs-near a').first().click();
    await page.getByRole('link', { name: 'Find a community hub near you' }).click();
    await page.getByRole('heading', { level: 1, name: 'Find a community hub near you' }).waitFor();

    await search(page, 'BW1 2ABX');
    expect(await page.title()).toMatch(/^Error: /);
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await page.locator('#hubs-near-q-error').textContent()).toContain('“BW1 2ABX” is not a full postcode');
    expect(await box(page).inputValue()).toBe('BW1 2ABX');
    expect(await axeViolationsWithoutJavaScript(page), 'a malformed postcode').toEqual([]);

    await search(page, 'BW9 9ZZ');
    expect(await page.locator('#hubs-near-answer').textContent()).toContain('We could not find the postcode BW9 9ZZ');
    expect(await axeViolationsWithoutJavaScript(page), 'an unknown postcode').toEqual([]);

    const outside = await fetch(`${siteUrl}${NEAR}?lat=48.85&lon=2.35`);
    expect(outside.status).toBe(200);
    expect(await outside.text()).toContain('Your location is outside the UK');
    const absurd = await fetch(`${siteUrl}${NEAR}?q=${'x'.repeat(6_000)}&lat=${'9'.repeat(1_000)}`);
    expect(absurd.status).toBe(200);
  });

  it('finds hubs by postcode and by street with JavaScript, the page adding under 2 KB of script', async () => {
    const page = await open();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${siteUrl}${NEAR}`);
    await page.getByRole('button', { name: 'Use my location' }).waitFor();
    await axeOn(page, 'the empty page');
    const nearScripts = [...scripts];
    scripts.length = 0;
    await page.goto(`${siteUrl}/community-hubs/`);
    const added = nearScripts.filter((url) => !scripts.includes(url));
    const bytes = await Promise.all(added.map(async (url) => gzipSync(await (await fetch(url)).text()).length));
    expect(bytes.reduce((sum, size) => sum + size, 0)).toBeLessThan(2_048);

    await page.goto(`${siteUrl}${NEAR}`);
    await search(page, examples.postcode);
    await expectHubsNearest(page, `Community hubs nearest to ${examples.postcode}`);
    await axeOn(page, 'hubs near a postcode');
    const outline = await headings(page);
    expect(outline.filter(([level]) => level === 1)).toHaveLength(1);
    expect(skippedHeadingLevels(outline)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await search(page, `${examples.street}`);
    if (await page.getByRole('heading', { level: 2, name: /streets match/ }).isVisible()) {
      await page.locator('#hubs-near-answer a').first().click();
    }
    await expectHubsNearest(page, new RegExp(`^Community hubs nearest to ${examples.street}, `));
    await axeOn(page, 'hubs near a street');
  });

  it('uses the resident’s location when the browser shares it, and says so in place when it will not', async () => {
    const page = await open({
      geolocation: { latitude: library.latitude, longitude: library.longitude },
      permissions: ['geolocation'],
    });
    await page.goto(`${siteUrl}${NEAR}`);
    await page.getByRole('button', { name: 'Use my location' }).click();
    await page.waitForURL((url) => url.searchParams.has('lat'));
    expect(new URL(page.url()).searchParams.get('lat')).toBe(library.latitude.toFixed(3));
    await expectHubsNearest(page, 'Community hubs nearest to you');
    expect((await listed(page))[0]!.slice(0, 2)).toEqual([library.name, 'less than 0.1 miles away']);
    await axeOn(page, 'hubs near the resident');

    const refused = await open();
    await refused.goto(`${siteUrl}${NEAR}`);
    await refused.getByRole('button', { name: 'Use my location' }).click();
    await refused.getByRole('status').getByText('We could not use your location').waitFor();
    expect(new URL(refused.url()).search).toBe('');
    await axeOn(refused, 'location refused');
  });
});

const axeOn = async (page: Page, where: string) => expect(await axeViolations(page), where).toEqual([]);
