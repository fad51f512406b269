import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachGuestRequests } from '../../cms/src/account/requests';
import { residentForEmail, saveDetails } from '../../cms/src/account/residents';
import { hashToken } from '../../cms/src/account/secrets';
import { SESSION_COOKIE } from '../../cms/src/account/sessions';
import { TABLES } from '../../cms/src/account/store';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { createAstroBuild } from '../../site/server/astro-build';
import { BUILD_INFO_FILE } from '../../site/server/content-schedule';
import { PRIVATE_DIR } from '../../site/server/security-headers';
import { nextUkMonthStart } from '@doorstep/domain';

/**
 * The home page that knows you (issue 16), as built: a CMS holding a signed-in
 * resident's details and requests builds the static site, and not one file of it
 * holds anything of theirs; the home page stays within its budgets (CSS and JS at
 * most 15 KB gzipped signed out; the panel's script and fragment at most 10 KB more).
 */
const KB = 1024;
/** The home page's budget for CSS and JavaScript signed out (issue 16; bench/weight.ts). */
const HOME_BUDGET = 15 * KB;
const person = {
  name: 'Perpetua Quillfeather-Danvers',
  email: `perpetua-${randomUUID().slice(0, 8)}@residents.example`,
  phone: '01632 960 777',
  line1: '47 Juniper Wynd',
  town: 'Bramblewick',
  postcode: 'BW9 7QZ',
};
let cms: TestCms;
let outDir: string;
let sessionToken: string;
const references: string[] = [];

async function submit(): Promise<string> {
  const response = await fetch(`${cms.url}/api/forms/blue-badge-enquiry/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify({
      answers: { topic: 'renewal', question: 'When does it run out?', 'full-name': person.name, email: person.email },
    }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { data: { reference: string } }).data.reference;
}

beforeAll(async () => {
  cms = await startCms({ seed: true, env: { FORM_SUBMISSIONS_PER_MINUTE: '1000', FORM_SUBMISSIONS_BURST: '1000' } });
  const knex = cms.strapi.db.connection;
  const resident = await residentForEmail(knex, person.email);
  await saveDetails(knex, resident.id, {
    name: person.name,
    phone: person.phone,
    address: { line1: person.line1, line2: '', town: person.town, postcode: person.postcode },
  });
  references.push(await submit(), await submit());
  expect(await attachGuestRequests(cms.strapi, resident)).toBe(2);
  // Signed in, as the sign-in would leave it: a session row holding the token's hash.
  sessionToken = randomBytes(32).toString('base64url');
  const now = Date.now();
  await knex(TABLES.sessions).insert({
    token_hash: hashToken(sessionToken),
    resident_id: resident.id,
    created_at: now,
    last_seen_at: now,
    expires_at: now + 3_600_000,
  });
  outDir = mkdtempSync(path.join(os.tmpdir(), 'doorstep-home-static-'));
  await createAstroBuild({ cmsUrl: cms.url, timeoutMs: 300_000 })(outDir);
}, 420_000);

afterAll(async () => {
  await cms?.stop();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

/** A file's text, gunzipped when it is gzip (the .gz copies, Pagefind's index and fragments). */
function textOf(file: string): string {
  const bytes = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes).toString('utf8');
    } catch {
      return bytes.toString('utf8');
    }
  }
  return bytes.toString('utf8');
}

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const asset = (url: string) => readFileSync(path.join(outDir, url));

/** Modules a script imports as it loads (`import … from`). */
function importsOf(url: string): { static: string[] } {
  const code = asset(url).toString('utf8');
  const resolve = (spec: string) => path.posix.join(path.posix.dirname(url), spec);
  const relative = (pattern: RegExp) => [...code.matchAll(pattern)].map((m) => m[1]!).filter((s) => s.startsWith('.'));
  return {
    static: relative(/(?:^|[;\s}])import\s*(?:[^'"();]*?from\s*)?["']([^"']+)["']/g).map(resolve),
  };
}

/** Every module loaded with these, following static imports only. */
function loadedWith(urls: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url) || !url.endsWith('.js')) return;
    seen.add(url);
    importsOf(url).static.forEach(visit);
  };
  urls.forEach(visit);
  return seen;
}

/** A built page's CSS and JavaScript, gzipped, as bench/weight.ts counts it, following its scripts' imports. */
function pageWeight(file: string): { bytes: number; modules: Set<string> } {
  const html = readFileSync(path.join(outDir, file), 'utf8');
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const inline = [
    ...html.matchAll(/<script(?![^>]*application\/ld\+json)(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g),
  ].map((m) => m[1]!);
  const modules = loadedWith(scripts);
  const bytes =
    [...styles, ...modules].reduce((sum, url) => sum + gz(asset(url)), 0) +
    inline.reduce((sum, code) => sum + gz(code), 0);
  return { bytes, modules };
}

describe('the static site and a signed-in resident', () => {
  it('holds nothing of theirs in any built file: name, email, phone, address or references', () => {
    const secrets = [person.name, person.email, person.phone, person.line1, person.postcode, ...references];
    const found: string[] = [];
    let count = 0;
    for (const file of files(outDir)) {
      count += 1;
      const text = textOf(file);
      for (const secret of secrets) if (text.includes(secret)) found.push(`${path.relative(outDir, file)}: ${secret}`);
    }
    expect(count).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });

  it('keeps the home page within budget signed out, adding only the panel script, and the panel within 10 KB', async () => {
    const home = pageWeight('index.html');
    const plain = pageWeight('a-z/index.html');
    // What the home page loads that a page without the panel does not: the panel's script.
    const panelModules = [...home.modules].filter((url) => !plain.modules.has(url));
    const panelCode = panelModules.map((url) => asset(url).toString('utf8')).join('\n');
    expect(panelCode).toContain('/account/home-panel');
    expect(panelCode).not.toMatch(/react|zod/i);
    const script = panelModules.reduce((sum, url) => sum + gz(asset(url)), 0);
    expect(home.bytes - plain.bytes).toBe(script);
    expect(script).toBeLessThanOrEqual(1 * KB);
    expect(home.bytes).toBeLessThanOrEqual(HOME_BUDGET);

    const fragment = await fetch(`${cms.url}/api/account/home-panel`, {
      headers: { Cookie: `${SESSION_COOKIE}=${sessionToken}` },
    });
    expect(fragment.status).toBe(200);
    const fragmentHtml = await fragment.text();
    expect(fragmentHtml).toContain(references[0]);
    expect(script + gz(fragmentHtml)).toBeLessThanOrEqual(10 * KB);
    console.log(
      `home page CSS + JS signed out ${(home.bytes / KB).toFixed(1)} KB (a page without the panel ${(plain.bytes / KB).toFixed(1)} KB); ` +
        `panel script ${(script / KB).toFixed(2)} KB + fragment ${(gz(fragmentHtml) / KB).toFixed(2)} KB (gzip -9)`,
    );
  });

  it('gives the form controls’ styles to form pages and the CMS’s pages, not to the home page', () => {
    const stylesOf = (file: string) =>
      [...readFileSync(path.join(outDir, file), 'utf8').matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)]
        .map((m) => asset(m[1]!).toString('utf8'))
        .join('\n');
    const controls = ['.govuk-radios__input', '.govuk-checkboxes__input', '.govuk-date-input', '.govuk-textarea'];
    const home = stylesOf('index.html');
    const form = stylesOf('forms/report-a-missed-bin/index.html');
    const cmsPages = readFileSync(path.join(outDir, 'styles/doorstep.css'), 'utf8');
    for (const control of controls) {
      expect(home, control).not.toContain(control);
      expect(form, control).toContain(control);
      expect(cmsPages, control).toContain(control);
    }
    for (const shared of ['.govuk-summary-list', '.govuk-panel', '.govuk-error-summary', '.govuk-service-navigation']) {
      expect(home, shared).toContain(shared);
      expect(cmsPages, shared).toContain(shared);
    }
  });

  it('asks the live server for a rebuild as the next month starts in the UK, for the seasonal tasks', () => {
    const info = JSON.parse(readFileSync(path.join(outDir, PRIVATE_DIR, BUILD_INFO_FILE), 'utf8')) as {
      builtAt: string;
      changes: Array<{ at: string; reason: string }>;
    };
    expect(info.changes).toContainEqual({
      at: nextUkMonthStart(new Date(info.builtAt)).toISOString(),
      reason: 'a new month for the home page’s seasonal tasks',
    });
  });
});
