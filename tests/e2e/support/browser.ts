import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's WCAG 2.2 AA violations on the page as it is now, one line each; within one
 * part of it, or all but one (a CSS selector), when the rest is not ours (the admin's).
 */
export async function axeViolations(page: Page, part: { include?: string; exclude?: string } = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (part.include) builder = builder.include(part.include);
  if (part.exclude) builder = builder.exclude(part.exclude);
  const results = await builder.analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

/**
 * axe runs as a script, so a page seen with JavaScript off is checked as it was
 * seen: its HTML replayed at its own address in a second page, with the site's
 * scripts blocked so no island changes it first.
 */
export async function axeViolationsWithoutJavaScript(page: Page): Promise<string[]> {
  const html = await page.content();
  const url = page.url();
  const browser = page.context().browser();
  if (!browser) throw new Error('The page has no browser');
  const context = await browser.newContext();
  try {
    const checker = await context.newPage();
    await checker.route(/\.js(\?|$)/, (route) => route.abort());
    await checker.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    await checker.goto(url);
    return await axeViolations(checker);
  } finally {
    await context.close();
  }
}

/** Headings in document order, as [level, text]. */
export function headings(page: Page): Promise<Array<[number, string]>> {
  return page.$$eval('h1, h2, h3, h4, h5, h6', (elements) =>
    elements.map((element): [number, string] => [Number(element.tagName.slice(1)), element.textContent?.trim() ?? '']),
  );
}

/** A heading level that jumps more than one below the last, like h2 then h4. */
export function skippedHeadingLevels(list: Array<[number, string]>): string[] {
  const problems: string[] = [];
  let previous = 0;
  for (const [level, text] of list) {
    if (level > previous + 1) problems.push(`h${level} "${text}" follows h${previous}`);
    previous = level;
  }
  return problems;
}
