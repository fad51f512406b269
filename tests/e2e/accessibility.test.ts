import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { axeViolations, headings, skippedHeadingLevels } from './support/browser';
import { openTemplate, TEMPLATES } from './support/templates';

const siteUrl = inject('siteUrl');

let browser: Browser;
let context: BrowserContext;
let page: Page;

const open = (path: string) => openTemplate(page, `${siteUrl}${path}`);

describe.skipIf(!inject('chromium'))('accessibility of every template', () => {
  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext();
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(TEMPLATES)('axe finds no WCAG 2.2 AA problems on %s', async (path) => {
    await open(path);
    expect(await axeViolations(page)).toEqual([]);
  });

  it.each(TEMPLATES)('%s has one h1, headings in order and a title naming the page', async (path) => {
    await open(path);
    const list = await headings(page);
    const h1s = list.filter(([level]) => level === 1);
    expect(h1s).toHaveLength(1);
    expect(skippedHeadingLevels(list)).toEqual([]);
    const title = await page.title();
    expect(title).toMatch(/ - Bramblewick Borough Council$/);
    if (path !== '/')
      expect(title.startsWith(h1s[0]![1]) || title.includes('results') || title.includes('No results')).toBe(true);
  });

  it.each(TEMPLATES)('%s does not scroll sideways at 320 CSS pixels', async (path) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await open(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(width).toBeLessThanOrEqual(320);
  });

  it.each(['/', '/services/apply-for-a-blue-badge/', '/contact-us/', '/search/?q=bins', '/verges/'])(
    '%s can be used by keyboard alone, with focus always visible',
    async (path) => {
      await open(path);
      const seen: string[] = [];
      for (let i = 0; i < 40; i += 1) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body) return null;
          const style = getComputedStyle(element);
          const visible =
            (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') ||
            style.boxShadow !== 'none' ||
            style.backgroundColor === 'rgb(255, 221, 0)';
          return { label: `${element.tagName} ${element.textContent?.trim().slice(0, 40) ?? ''}`, visible };
        });
        if (!focus) break;
        expect(focus.visible, `focus is not visible on ${focus.label}`).toBe(true);
        seen.push(focus.label);
      }
      expect(seen.length).toBeGreaterThan(5);
      expect(seen[0]).toBe('A Skip to main content');
    },
  );
});
