/**
 * A resident finding when their verge is cut, in Chromium against the built site
 * and the seeded CMS: a postcode search, a verge picked by keyboard, its next cut,
 * a problem reported on it; the same verge without JavaScript; axe on each step.
 */
import { slugify, summariseVerge, vergeExportPageSchema, type VergeRecord } from '@doorstep/domain';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ukDate } from '@doorstep/domain';
import { launchChromium } from '../support/chromium';
import { waitForMail } from '../support/mailbox';
import { axeViolations, axeViolationsWithoutJavaScript } from './support/browser';

const siteUrl = inject('siteUrl');
const cmsUrl = inject('cmsUrl');
let browser: Browser;
/** A published verge with a cut due and no problem, read from the CMS, not from the site. */
let verge: VergeRecord;
let postcode: string;
/** Each postcode and the streets beside it ("Holly Grove, Bramblewick"), from every published verge. */
const streetsByPostcode = new Map<string, Set<string>>();

const axeOn = async (page: Page, where: string) => expect(await axeViolations(page), where).toEqual([]);
const focused = (page: Page) =>
  page.evaluate(() => ({ id: document.activeElement?.id ?? '', text: document.activeElement?.textContent ?? '' }));
const open = async (options: BrowserContextOptions = {}) =>
  (await browser.newContext({ viewport: { width: 375, height: 800 }, ...options })).newPage();

const streetPath = (record: VergeRecord) =>
  `/verges/streets/${slugify(`${record.streetName} ${record.locality}`.replace(/['’]/g, ''))}/`;

/** Tabs forward until the focused element matches, as a keyboard user would (at most 80 presses). */
async function tabTo(page: Page, matches: (focus: { id: string; text: string }) => boolean): Promise<void> {
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error('Tabbing never reached the element');
}

describe.skipIf(!inject('chromium'))('the verge map and pages in the browser', () => {
  beforeAll(async () => {
    browser = await launchChromium();
    const records: VergeRecord[] = [];
    for (let page = 1; ; page += 1) {
      const body: unknown = await (await fetch(`${cmsUrl}/api/verges/export?page=${page}&pageSize=2000`)).json();
      const exported = vergeExportPageSchema.parse(body);
      records.push(...exported.data);
      if (page >= exported.meta.pageCount) break;
    }
    for (const record of records) {
      for (const code of record.postcodes) {
        const streets = streetsByPostcode.get(code) ?? new Set<string>();
        streets.add(`${record.streetName}, ${record.locality}`);
        streetsByPostcode.set(code, streets);
      }
    }
    const today = ukDate(new Date());
    const candidates = records
      .filter((record) => record.postcodes.length > 0 && summariseVerge(record, today).state === 'cut-due')
      .sort((a, b) => a.reference.localeCompare(b.reference));
    verge = candidates[0]!;
    postcode = verge.postcodes[0]!;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('finds a postcode, picks a verge by keyboard, reads its next cut and reports a problem with it', async () => {
    const page = await open();
    await page.goto(`${siteUrl}/verges/`);
    const search = page.getByRole('combobox', { name: 'Street name or postcode' });
    await search.fill(postcode.toLowerCase().replace(' ', ''));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Verges next to ${postcode}` }).waitFor();
    expect(await page.getByRole('status').last().textContent()).toContain(`Verges next to ${postcode}:`);

    await tabTo(page, ({ id }) => id === `verge-result-${verge.reference}`);
    const button = await focused(page);
    expect(button.text).toContain(verge.streetName);
    expect(button.text).toContain('No problems');
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', {
      name: `Verge ${verge.reference} on ${verge.streetName}, ${verge.locality}`,
    });
    await details.waitFor();
    expect((await focused(page)).id).toBe('verge-details-heading');
    const summary = summariseVerge(verge, ukDate(new Date()));
    const dueSentence = summary.sentences.find((sentence) => sentence.startsWith('This grass is due to be cut'))!;
    expect(await details.textContent()).toContain(dueSentence);
    expect(await page.getByRole('status').last().textContent()).toContain(
      `Verge ${verge.reference} on ${verge.streetName} selected. ${dueSentence}`,
    );
    await axeOn(page, 'the map open with a verge selected');
    // Alerts for the street, from the map: its page's alerts form.
    const alerts = details.getByRole('link', { name: `Get email alerts for ${verge.streetName}` });
    expect(await alerts.getAttribute('href')).toMatch(/^\/verges\/streets\/[^/]+\/#email-alerts$/);

    await tabTo(page, ({ text }) => text === 'Report a problem with this verge');
    await page.keyboard.press('Enter');
    await page.getByLabel('Grass is overgrown or blocking a view').waitFor();
    expect(new URL(page.url()).searchParams.get('verge-reference')).toBe(verge.reference);
    await page.getByLabel('Grass is overgrown or blocking a view').check();
    await page
      .getByRole('group', { name: /dangerous/ })
      .getByLabel('No')
      .check();
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await page.getByLabel('Street name').inputValue()).toBe(verge.streetName);
    expect(await page.getByLabel('Nearest postcode').inputValue()).toBe(postcode);
    await page.getByLabel('Describe the problem and where it is').fill('Grass over the footpath by the bus stop.');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Full name').fill('Sam Resident');
    await page.getByLabel('Email address').fill('sam@example.com');
    await page.getByRole('button', { name: 'Continue' }).click();
    const answers = page.locator('.govuk-summary-list');
    await page.getByRole('heading', { name: 'Check your answers before sending your form' }).waitFor();
    expect(await answers.textContent()).toContain(`Verge reference${verge.reference}`);
    expect(await answers.textContent()).toContain(`Street name${verge.streetName}`);
    await page.getByRole('button', { name: 'Accept and send' }).click();
    await page.locator('#submission-reference').waitFor();
    expect(await page.locator('#submission-reference').textContent()).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  });

  it('shows the same verge without JavaScript: the A to Z, its street page and its report link', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${siteUrl}/verges/`);
    await page.getByRole('link', { name: `${verge.streetName}, ${verge.locality}`, exact: true }).click();
    await page
      .getByRole('heading', { level: 1, name: `Grass verges on ${verge.streetName}, ${verge.locality}` })
      .waitFor();
    const section = page.getByRole('region', { name: `Verge ${verge.reference}` });
    const summary = summariseVerge(verge, ukDate(new Date()));
    for (const sentence of summary.sentences) expect(await section.textContent()).toContain(sentence);
    expect(await section.locator('.govuk-tag').textContent()).toBe('No problems');
    const report = section.getByRole('link', { name: /Report a problem with this verge/ });
    const href = new URL((await report.getAttribute('href'))!, siteUrl);
    expect(Object.fromEntries(href.searchParams)).toEqual({
      'verge-reference': verge.reference,
      street: verge.streetName,
      postcode,
    });
    expect(await page.getByText(/^Updated \d{1,2} [A-Z][a-z]+ \d{4}\.$/).count()).toBe(1);
    expect(await axeViolationsWithoutJavaScript(page), 'street page without JavaScript').toEqual([]);
    const sitemap = await (await fetch(`${siteUrl}/sitemap.xml`)).text();
    expect(sitemap).toContain(`${new URL(page.url()).pathname}</loc>`);

    // By postcode: the district page lists the postcode with the street beside it.
    await page.getByRole('link', { name: postcode }).first().click();
    const row = page.locator(`[id="${postcode.replace(' ', '-')}"]`);
    expect(await row.getByRole('link', { name: `${verge.streetName}, ${verge.locality}`, exact: true }).count()).toBe(
      1,
    );

    // The search works without JavaScript too: the live server answers it (issue 12).
    // A postcode beside several streets: those streets, the postcode kept in the box.
    const [shared, streets] = [...streetsByPostcode].find(([, names]) => names.size > 1)!;
    await page.goto(`${siteUrl}/verges/`);
    await page.getByLabel('Street name or postcode').fill(shared);
    await page.getByRole('button', { name: 'Search', exact: true }).last().click();
    await page.getByRole('heading', { name: `Verges next to ${shared}` }).waitFor();
    expect(await page.getByLabel('Street name or postcode').inputValue()).toBe(shared);
    const answer = page.locator('#verge-search-answer');
    for (const street of streets) expect(await answer.getByRole('link', { name: street, exact: true }).count()).toBe(1);
    expect(await axeViolationsWithoutJavaScript(page), 'search answer without JavaScript').toEqual([]);

    // A postcode beside one street: straight to that street's page.
    const [single, beside] = [...streetsByPostcode].find(([, names]) => names.size === 1)!;
    await page.getByLabel('Street name or postcode').fill(single);
    await page.getByRole('button', { name: 'Search', exact: true }).last().click();
    await page.getByRole('heading', { level: 1, name: `Grass verges on ${[...beside][0]!}` }).waitFor();

    // A street: straight to its page.
    await page.goto(`${siteUrl}/verges/`);
    await page.getByLabel('Street name or postcode').fill(`${verge.streetName}, ${verge.locality}`);
    await page.getByRole('button', { name: 'Search', exact: true }).last().click();
    await page
      .getByRole('heading', { level: 1, name: `Grass verges on ${verge.streetName}, ${verge.locality}` })
      .waitFor();

    // Nothing found: said, with what was typed kept and the A to Z below.
    await page.goto(`${siteUrl}/verges/search/?q=${encodeURIComponent('Nonsuch Boulevard')}`);
    expect(await page.getByLabel('Street name or postcode').inputValue()).toBe('Nonsuch Boulevard');
    expect(await page.locator('#verge-search-answer').textContent()).toMatch(/Nonsuch Boulevard/);
    expect(await axeViolationsWithoutJavaScript(page), 'search page without JavaScript').toEqual([]);
  });

  it('reports a problem with a verge without JavaScript, and the council learns which verge', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${siteUrl}${streetPath(verge)}`);
    const section = page.getByRole('region', { name: `Verge ${verge.reference}` });
    await section.getByRole('link', { name: /Report a problem with this verge/ }).click();
    await page.getByLabel('Grass is overgrown or blocking a view').waitFor();
    expect(await page.locator('input[name="verge-reference"]').inputValue()).toBe(verge.reference);
    expect(await page.getByLabel('Street name').inputValue()).toBe(verge.streetName);
    expect(await page.getByLabel('Nearest postcode').inputValue()).toBe(postcode);
    await page.getByLabel('Grass is overgrown or blocking a view').check();
    await page
      .getByRole('group', { name: /dangerous/ })
      .getByLabel('No')
      .check();
    await page.getByLabel('Describe the problem and where it is').fill('Long grass at the junction.');
    await page.getByLabel('Full name').fill('Nojs Resident');
    await page.getByLabel('Email address').fill('nojs-verge@example.com');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('heading', { name: 'Form sent' }).waitFor();
    const reference = (await page.locator('#submission-reference').textContent())!;
    // The highways team's email carries the verge: what the council stored.
    const mail = await waitForMail(inject('mailboxUrl'), 'highways@bramblewick.example', reference);
    expect(mail.text).toContain(verge.reference);
    expect(mail.text).toContain(verge.streetName);
  });

  it('sends the map its data in small gzipped pieces: an index, then a file per search', async () => {
    const index = await fetch(`${siteUrl}/verges/data/index.json`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(index.headers.get('content-encoding')).toBe('gzip');
    const manifest = (await index.json()) as { v: number; prefixes: string[]; cells: string[] };
    expect(manifest.v).toBe(1);
    const page = await open();
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/verges/data/')) fetched.push(new URL(request.url()).pathname);
    });
    await page.goto(`${siteUrl}/verges/`);
    await page
      .getByRole('combobox', { name: 'Street name or postcode' })
      .fill(`${verge.streetName}, ${verge.locality}`);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Verges on ${verge.streetName}, ${verge.locality}` }).waitFor();
    const cells = fetched.filter((file) => file.includes('/cells/'));
    expect(fetched).toContain('/verges/data/index.json');
    expect(fetched.filter((file) => file.includes('/streets/'))).toHaveLength(1);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.length).toBeLessThan(manifest.cells.length / 4);
  });

  it('passes axe on a street page with JavaScript', async () => {
    const page = await open();
    await page.goto(`${siteUrl}/verges/`);
    await page.getByRole('link', { name: `${verge.streetName}, ${verge.locality}`, exact: true }).click();
    await page.getByRole('region', { name: `Verge ${verge.reference}` }).waitFor();
    await axeOn(page, 'street page');
  });

  it.each([
    ['', 'Enter a street name or a postcode, like'],
    ['BW1 2', 'Enter a full postcode, like'],
    ['q', 'Enter at least 2 letters of the street name'],
  ])('says what to put right for a search of %j, at the search box', async (query, message) => {
    const page = await open();
    await page.goto(`${siteUrl}/verges/`);
    await page.getByRole('combobox', { name: 'Street name or postcode' }).fill(query);
    await page.getByRole('button', { name: 'Search', exact: true }).last().click();
    const error = page.locator('.govuk-error-message');
    await error.waitFor();
    expect(await error.textContent()).toContain(message);
    expect(await page.getByRole('combobox').getAttribute('aria-describedby')).toContain('verge-search-error');
  });

  it.each([
    ['Nonsuch Boulevard', 'We could not find a street called “Nonsuch Boulevard”'],
    ['BW1 9ZZ', 'We could not find any verges next to BW1 9ZZ'],
    ['BW1 2A', 'Enter a full postcode'],
  ])('answers the search page for %j with a message and a way on, axe finding nothing', async (query, message) => {
    const page = await open();
    await page.goto(`${siteUrl}/verges/search/?q=${encodeURIComponent(query)}`);
    await page.locator('.govuk-inset-text, .govuk-error-message').getByText(message).waitFor();
    expect(await page.getByRole('status').last().textContent()).toContain(message);
    if (!message.startsWith('Enter')) {
      expect(await page.getByRole('link', { name: 'find your street in the A to Z of streets' }).count()).toBe(1);
    }
    await axeOn(page, `search page for ${query}`);
  });

  it('suggests postcodes as they are typed, chosen with the arrow keys', async () => {
    const page = await open();
    await page.goto(`${siteUrl}/verges/`);
    const search = page.getByRole('combobox', { name: 'Street name or postcode' });
    await search.pressSequentially(postcode.slice(0, 5), { delay: 30 });
    const option = page.getByRole('option', { name: postcode });
    await option.waitFor();
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    while ((await search.getAttribute('aria-activedescendant')) !== (await option.getAttribute('id'))) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Verges next to ${postcode}` }).waitFor();
    expect(await search.inputValue()).toBe(postcode);
  });

  it('finds verges near the resident, and says so when the browser will not share where they are', async () => {
    const [lon, lat] = verge.centroid;
    const page = await open({ geolocation: { longitude: lon, latitude: lat }, permissions: ['geolocation'] });
    await page.goto(`${siteUrl}/verges/`);
    await page.getByRole('button', { name: 'Use my location' }).click();
    await page.getByRole('heading', { name: 'Verges near you' }).waitFor();
    expect((await page.locator('.app-verge-results').allTextContents()).join(' ')).toContain(verge.reference);

    const refused = await open();
    await refused.goto(`${siteUrl}/verges/`);
    await refused.getByRole('button', { name: 'Use my location' }).click();
    await refused.locator('.govuk-inset-text').getByText('We could not use your location').waitFor();
  });
});
