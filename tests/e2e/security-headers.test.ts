import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SECURITY_HEADERS } from '../../site/server/security-headers';
import { launchChromium } from '../support/chromium';
import { firstVerge, openTemplate, TEMPLATES } from './support/templates';

/**
 * The site's headers in a real browser (issue 11): every template carries them, and
 * Chromium reports no Content-Security-Policy violation on any of them, with
 * JavaScript (islands, Pagefind's WebAssembly, the map) and without it, nor on the
 * pages the CMS answers a form posted without JavaScript with.
 */
const siteUrl = inject('siteUrl');
let browser: Browser;

/** Chromium's own report of CSP violations (DevTools issues), which it makes with or without JavaScript. */
async function watchViolations(context: BrowserContext, page: Page): Promise<string[]> {
  const violations: string[] = [];
  const cdp = await context.newCDPSession(page);
  cdp.on(
    'Audits.issueAdded',
    ({
      issue,
    }: {
      issue: {
        code: string;
        details: { contentSecurityPolicyIssueDetails?: { violatedDirective: string; blockedURL?: string } };
      };
    }) => {
      const details = issue.details.contentSecurityPolicyIssueDetails;
      if (issue.code === 'ContentSecurityPolicyIssue') violations.push(JSON.stringify(details));
    },
  );
  await cdp.send('Audits.enable');
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

async function visit(
  javaScriptEnabled: boolean,
  path: string,
): Promise<{ response: Response | null; violations: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled });
  try {
    const page = await context.newPage();
    const violations = await watchViolations(context, page);
    const responses: Response[] = [];
    page.on('response', (response) => response.request().isNavigationRequest() && responses.push(response));
    await openTemplate(page, `${siteUrl}${path}`);
    // A search, a map search: the scripts that load more after the page.
    if (javaScriptEnabled && path === '/verges/') {
      const postcode = firstVerge.postcodes[0]!;
      await page.getByRole('combobox', { name: 'Street name or postcode' }).fill(postcode);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: `Verges next to ${postcode}` }).waitFor();
    }
    await page.waitForLoadState('networkidle');
    return { response: responses[0] ?? null, violations };
  } finally {
    await context.close();
  }
}

describe.skipIf(!inject('chromium'))('security headers and the Content-Security-Policy in Chromium', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(TEMPLATES)('%s carries the headers, and nothing breaks the policy with JavaScript', async (path) => {
    const { response, violations } = await visit(true, path);
    const headers = response!.headers();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value);
    expect(headers['content-security-policy']).toMatch(/script-src 'self'( 'sha256-[^']+')* 'wasm-unsafe-eval'/);
    expect(headers['content-security-policy']).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(violations).toEqual([]);
  });

  it.each(TEMPLATES)('%s breaks nothing in the policy without JavaScript', async (path) => {
    const { violations } = await visit(false, path);
    expect(violations).toEqual([]);
  });

  it('a web form posted without JavaScript: the answer pages break nothing either', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const violations = await watchViolations(context, page);
      await page.goto(`${siteUrl}/forms/report-a-missed-bin/`);
      const answer = page.waitForResponse((response) => response.request().method() === 'POST');
      await page.getByRole('button', { name: 'Send' }).click();
      const posted = await answer;
      expect(posted.status()).toBe(422);
      expect(posted.headers()['x-frame-options']).toBe('DENY');
      expect(posted.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await page.waitForLoadState('networkidle');
      expect(await page.locator('.govuk-error-summary').count()).toBe(1);
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
