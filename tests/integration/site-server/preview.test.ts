import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configuredKey, createLink } from '../../../cms/src/previews/links';
import { prunePreviewLinks } from '../../../cms/src/previews/prune';
import { LINKS_TABLE } from '../../../cms/src/previews/store';
import { newClaims, signingKey, signPreviewToken } from '../../../cms/src/previews/token';
import type { PreviewableType } from '../../../cms/src/previews/types';
import { startCms, type TestCms } from '../../../scripts/lib/cms/throwaway';
import { createAstroBuild } from '../../../site/server/astro-build';
import { adminToken } from '../../support/admin';
import { createSiteServer } from '../../../site/server/http';

/**
 * Previews (issue 17, item 1) as built and served: a seeded CMS builds the real site,
 * the live site server runs the build's /preview/ page, and preview links show the
 * draft (never the published text alone) only while they are valid; expired, revoked,
 * tampered or made-up links get the "expired" page, and no token ever gets a 5xx.
 * The admin's routes are called as the Author, signed in as itself.
 */
const AUTHOR = { email: 'author@preview.example', password: 'Author-password-1' };
const EDITOR = { email: 'editor@preview.example', password: 'Editor-password-1' };
const SERVICE = 'api::service-page.service-page';
const INFO = 'api::info-page.info-page';
const HUB = 'api::community-hub.community-hub';
const FORM = 'api::form-definition.form-definition';
const DRAFT_WORDS = `Draft words ${randomBytes(4).toString('hex')}`;

let cms: TestCms;
let outDir: string;
let server: Server;
let site: string;
let authorToken: string;
let editorToken: string;
const docs = { service: { documentId: '', slug: '' }, info: { documentId: '' }, hub: { documentId: '' } };

async function draftOf(uid: typeof SERVICE | typeof INFO | typeof HUB, data: Record<string, unknown>) {
  const [published] = await cms.strapi.documents(uid).findMany({ status: 'published', limit: 1 } as never);
  const { documentId, slug } = published as unknown as { documentId: string; slug: string };
  await cms.strapi.documents(uid).update({ documentId, data } as never);
  return { documentId, slug };
}

async function link(type: PreviewableType, documentId: string, lifetimeMs = 60_000) {
  return createLink(cms.strapi, configuredKey()!, { type, documentId, purpose: 'share', by: 'Test', lifetimeMs });
}

const view = (url: string) => fetch(url.replace(/^https?:\/\/[^/]+/, site), { redirect: 'manual' });

/** The admin API as the Editor (who may read every draft), or as `token`'s admin. */
async function admin(method: string, route: string, payload?: unknown, token = editorToken) {
  const response = await fetch(`${cms.url}${route}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: payload === undefined ? undefined : JSON.stringify(payload),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as { data: unknown } };
}

beforeAll(async () => {
  cms = await startCms({
    seed: true,
    env: {
      AUTHOR_EMAIL: AUTHOR.email,
      AUTHOR_PASSWORD: AUTHOR.password,
      EDITOR_EMAIL: EDITOR.email,
      EDITOR_PASSWORD: EDITOR.password,
    },
  });
  outDir = mkdtempSync(path.join(os.tmpdir(), 'doorstep-preview-'));
  await createAstroBuild({ cmsUrl: cms.url, timeoutMs: 300_000 })(outDir);
  // Drafted after the build: only a preview can show these words.
  docs.service = await draftOf(SERVICE, { summary: DRAFT_WORDS });
  docs.info = await draftOf(INFO, { summary: DRAFT_WORDS, title: `Info ${DRAFT_WORDS}` });
  docs.hub = await draftOf(HUB, { summary: DRAFT_WORDS });
  server = createSiteServer({
    builds: { currentDir: () => outDir, currentLink: outDir },
    worker: {
      request: () => {},
      status: () => ({ building: false, pending: false, lastBuild: null, lastError: null, builds: 0 }),
    },
    webhookSecret: randomBytes(24).toString('base64'),
    cmsUrl: cms.url,
    log: { info: () => {}, error: (message) => console.error(message) },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  authorToken = await adminToken(cms.url, AUTHOR);
  editorToken = await adminToken(cms.url, EDITOR);
}, 480_000);

afterAll(async () => {
  if (server) await new Promise((resolve) => server.close(resolve));
  await cms?.stop();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('a valid preview link', () => {
  it('shows the service page draft with the site’s own page, marked as a preview, never indexed or kept', async () => {
    const { url, expiresAt } = await link('service-page', docs.service.documentId);
    const response = await view(url);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain(DRAFT_WORDS);
    expect(html).toContain('This is a preview');
    expect(html).toContain(`datetime="${expiresAt}"`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(response.headers.get('x-robots-tag')).toBe('noindex');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toContain(`frame-ancestors ${new URL(cms.url).origin}`);
    // The same page as the static one: its layout, its level block, its contact section.
    const published = await (await fetch(`${site}/services/${docs.service.slug}/`)).text();
    expect(published).not.toContain(DRAFT_WORDS);
    for (const part of [
      'govuk-service-navigation',
      'govuk-footer',
      'application/ld+json',
      'govuk-tag govuk-tag--blue',
    ]) {
      expect(html.includes(part)).toBe(published.includes(part));
    }
  });

  it('answers the site server the draft as the public API would: no private field, no admin user', async () => {
    // A draft the Author saved in the admin, so it has an admin user as its creator.
    const created = await fetch(`${cms.url}/content-manager/collection-types/${INFO}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${authorToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: 'Saved by the Author',
        slug: 'saved-by-the-author',
        summary: DRAFT_WORDS,
        showInFooter: false,
        owner: 'web@preview.example',
      }),
    });
    expect(created.status).toBe(201);
    const authors = ((await created.json()) as { data: { documentId: string } }).data.documentId;
    for (const [type, documentId] of [
      ['service-page', docs.service.documentId],
      ['info-page', docs.info.documentId],
      ['info-page', authors],
      ['community-hub', docs.hub.documentId],
    ] as const) {
      const token = new URL((await link(type, documentId)).url).searchParams.get('token');
      const response = await fetch(`${cms.url}/api/previews/draft`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token }),
      });
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text, type).toContain(documentId);
      for (const hidden of ['"owner"', '"reviewBy"', '"createdBy"', '"updatedBy"', '"password"', AUTHOR.email])
        expect(text, `${type} ${hidden}`).not.toContain(hidden);
    }
  });

  it('shows an information page and a community hub draft', async () => {
    for (const [type, documentId] of [
      ['info-page', docs.info.documentId],
      ['community-hub', docs.hub.documentId],
    ] as const) {
      const response = await view((await link(type, documentId)).url);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(DRAFT_WORDS);
    }
  });

  it('shows a draft alert banner in place, first, whatever its times, saying where and when it shows', async () => {
    const banners = cms.strapi.documents('api::alert-banner.alert-banner');
    const title = `Draft banner ${DRAFT_WORDS}`;
    // Starts next year, so no published page shows it yet: the preview does.
    const draft = await banners.create({
      data: {
        title,
        message: 'Bins will be collected a day late after the bank holiday.',
        severity: 'warning',
        startsAt: '2030-12-24T09:00:00.000Z',
        endsAt: '2030-12-31T17:00:00.000Z',
        scope: 'site',
      },
    } as never);
    const response = await view((await link('alert-banner', draft.documentId)).url);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('x-robots-tag')).toBe('noindex');
    expect(html).toContain('This is a preview');
    // In place: the first banner at the top of the page, before the page's own heading.
    const banner = html.indexOf('id="alert-banner-0"');
    expect(banner).toBeGreaterThan(-1);
    expect(html.indexOf(title, banner)).toBeGreaterThan(banner);
    expect(html.indexOf(title, banner)).toBeLessThan(html.indexOf('<h1'));
    expect(html).toContain('Every page of the site');
    expect(html).toContain('24 Dec 2030, 9:00am');
    expect(html).toContain('31 Dec 2030, 5:00pm');
    expect(await (await fetch(`${site}/`)).text()).not.toContain(title);
  });
});

describe('a web form', () => {
  it('runs its questions and refuses to send, without JavaScript too; nothing is submitted', async () => {
    const [form] = await cms.strapi
      .documents(FORM)
      .findMany({ status: 'published', filters: { slug: 'blue-badge-enquiry' } } as never);
    const { documentId } = form as unknown as { documentId: string };
    await cms.strapi.documents(FORM).update({ documentId, data: { introduction: DRAFT_WORDS } } as never);
    const { url } = await link('form-definition', documentId);
    const shown = await view(url);
    const html = await shown.text();
    expect(shown.status).toBe(200);
    expect(html).toContain(DRAFT_WORDS);
    expect(html).toContain('This is a preview');
    const previewPath = new URL(url).pathname + new URL(url).search;
    // The form posts back to the preview, never to the submissions endpoint.
    expect(html).toContain(`action="${previewPath.replace(/&/g, '&amp;')}"`);
    expect(html).not.toContain('/submissions');
    const before = await cms.strapi.documents('api::form-submission.form-submission').count({});
    const posted = await fetch(`${site}${previewPath}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: site },
      body: 'anything=at+all',
    });
    expect(posted.status).toBe(200);
    expect(await posted.text()).toContain('This is a preview: you cannot send this form');
    expect(await cms.strapi.documents('api::form-submission.form-submission').count({})).toBe(before);
  });
});

describe('an unfinished draft', () => {
  it('lists what to fill in before it can look like a page', async () => {
    const created = await cms.strapi.documents(INFO).create({ data: { title: `Unfinished ${DRAFT_WORDS}` } } as never);
    const { documentId } = created as unknown as { documentId: string };
    const response = await view((await link('info-page', documentId)).url);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('This draft cannot be shown yet');
    expect(html).toContain('This is a preview');
    expect(html).toMatch(/<li>[^<]*body[^<]*<\/li>/);
  });
});

describe('a link that no longer works', () => {
  it('shows the expired page once revoked, at the next view', async () => {
    const made = await link('service-page', docs.service.documentId);
    expect((await view(made.url)).status).toBe(200);
    const revoked = await admin('POST', `/doorstep/previews/service-page/${docs.service.documentId}/${made.id}/revoke`);
    expect(revoked.status).toBe(200);
    const response = await view(made.url);
    const html = await response.text();
    expect(response.status).toBe(410);
    expect(html).toContain('This preview link has expired');
    expect(html).not.toContain(DRAFT_WORDS);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('shows the expired page once its time is up', async () => {
    const made = await link('service-page', docs.service.documentId, 1_000);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const response = await view(made.url);
    expect(response.status).toBe(410);
    expect(await response.text()).not.toContain(DRAFT_WORDS);
  });

  it('never shows a draft for a tampered, foreign or made-up token, and never fails with a 5xx', async () => {
    const real = new URL((await link('service-page', docs.service.documentId)).url).searchParams.get('token')!;
    const [head, payload, signature] = real.split('.') as [string, string, string];
    const other = newClaims('service-page', docs.service.documentId, new Date(Date.now() + 60_000));
    const foreign = await signPreviewToken(other, signingKey(randomBytes(32).toString('base64')));
    // Our key, but a token the CMS never kept: not a link anyone made.
    const unkept = await signPreviewToken(other, configuredKey()!);
    const swapped = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), type: 'info-page' }),
    ).toString('base64url');
    const tokens = [
      '',
      'x',
      `${head}.${swapped}.${signature}`,
      `${head}.${payload}.${signature.slice(0, -2)}AA`,
      `${head}.${payload}.`,
      foreign,
      unkept,
      real.repeat(5),
      '%%%',
      'a.b.c',
      ...Array.from({ length: 30 }, () => randomBytes(1 + Math.floor(Math.random() * 300)).toString('base64url')),
    ];
    for (const token of tokens) {
      const response = await fetch(`${site}/preview/?token=${encodeURIComponent(token)}`);
      const html = await response.text();
      expect(response.status, token).toBe(404);
      expect(html).not.toContain(DRAFT_WORDS);
      expect(html).toContain('This preview link does not work');
    }
    for (const target of ['/preview/', '/preview/?token', '/preview/?token=a&token=b', '/preview/?token=%E0%A4%A']) {
      expect((await fetch(`${site}${target}`)).status, target).toBe(404);
    }
    expect((await fetch(`${site}/preview/?token=x`, { method: 'PUT' })).status).toBe(405);
  });

  it('is refused by the CMS for anything but a kept, valid token', async () => {
    for (const payload of [{}, { token: 1 }, { token: 'x'.repeat(5000) }, { token: 'a.b.c', extra: 1 }, []]) {
      const response = await fetch(`${cms.url}/api/previews/draft`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(payload),
      });
      expect(response.status).toBe(404);
      expect(JSON.stringify(await response.json())).not.toContain(DRAFT_WORDS);
    }
  });
});

describe('ended links are pruned (cms/src/previews/prune.ts)', () => {
  it('removes share links 30 days after they end and the Preview button’s once ended; a removed link still says expired', async () => {
    const day = 24 * 60 * 60 * 1000;
    const make = (purpose: 'share' | 'button', endedDaysAgo: number) =>
      createLink(cms.strapi, configuredKey()!, {
        type: 'info-page',
        documentId: docs.info.documentId,
        purpose,
        by: 'Test',
        lifetimeMs: day,
        now: new Date(Date.now() - (endedDaysAgo + 1) * day),
      });
    const [active, endedLongAgo, endedLately, buttonEnded, buttonActive] = await Promise.all([
      make('share', -7),
      make('share', 31),
      make('share', 29),
      make('button', 0.01),
      make('button', -0.5),
    ]);
    const kept = async () =>
      (await cms.strapi.db.connection(LINKS_TABLE).whereIn('jti', allIds).select('jti')).map(
        (row: { jti: string }) => row.jti,
      );
    const allIds = [active, endedLongAgo, endedLately, buttonEnded, buttonActive].map((made) => made.id);
    expect(await kept()).toHaveLength(5);
    expect(await prunePreviewLinks(cms.strapi)).toBeGreaterThanOrEqual(2);
    expect((await kept()).sort()).toEqual([active.id, endedLately.id, buttonActive.id].sort());
    const response = await view(endedLongAgo.url);
    expect(response.status).toBe(410);
    expect(await response.text()).toContain('This preview link has expired');
    expect((await view(active.url)).status).toBe(200);
  });
});

describe('Share preview in the admin', () => {
  it('makes a link for 7 days by default or fewer, lists it and revokes it', async () => {
    const route = `/doorstep/previews/service-page/${docs.service.documentId}`;
    const made = await admin('POST', route, {});
    expect(made.status).toBe(201);
    const link = made.body.data as { id: string; url: string; expiresAt: string; state: string };
    const days = (Date.parse(link.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    const short = await admin('POST', route, { days: 1 });
    expect(
      (Date.parse((short.body.data as { expiresAt: string }).expiresAt) - Date.now()) / 86_400_000,
    ).toBeLessThanOrEqual(1);
    const listed = await admin('GET', route);
    expect((listed.body.data as { links: { id: string; url: string }[] }).links.map((each) => each.id)).toContain(
      link.id,
    );
    expect((await view(link.url)).status).toBe(200);
    const revoked = await admin('POST', `${route}/${link.id}/revoke`);
    const after = (revoked.body.data as { links: { id: string; state: string }[] }).links.find(
      (each) => each.id === link.id,
    );
    expect(after?.state).toBe('revoked');
    expect((await view(link.url)).status).toBe(410);
  });

  it('Strapi’s Preview button opens the draft through a link of its own, for an hour', async () => {
    const query = `documentId=${docs.service.documentId}&locale=&status=draft`;
    const response = await admin('GET', `/content-manager/preview/url/${SERVICE}?${query}`);
    expect(response.status).toBe(200);
    const { url } = response.body.data as { url: string };
    const opened = await view(url);
    expect(opened.status).toBe(200);
    expect(await opened.text()).toContain(DRAFT_WORDS);
    const listed = await admin('GET', `/doorstep/previews/service-page/${docs.service.documentId}`);
    expect(JSON.stringify(listed.body)).not.toContain(new URL(url).searchParams.get('token')!);
    const published = await admin(
      'GET',
      `/content-manager/preview/url/${SERVICE}?${query.replace('draft', 'published')}`,
    );
    expect(published.status).toBe(204);
  });

  it('lets an Author share only the drafts they may read: their own', async () => {
    const route = `/doorstep/previews/service-page/${docs.service.documentId}`;
    // The demo council's pages are not the Author's: no link, no list, and no Preview button.
    expect((await admin('POST', route, {}, authorToken)).status).toBe(403);
    expect((await admin('GET', route, undefined, authorToken)).status).toBe(403);
    const query = `documentId=${docs.service.documentId}&locale=&status=draft`;
    const button = await admin('GET', `/content-manager/preview/url/${SERVICE}?${query}`, undefined, authorToken);
    expect(button.status).not.toBe(200);
    // Their own draft, saved in the content manager as them: shared, and it opens.
    const created = await admin(
      'POST',
      `/content-manager/collection-types/${INFO}`,
      {
        title: `Authors page ${DRAFT_WORDS}`,
        slug: `authors-page-${Date.now().toString(36)}`,
        summary: DRAFT_WORDS,
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Words' }] }],
        showInFooter: false,
        owner: 'web@preview.example',
      },
      authorToken,
    );
    expect(created.status).toBe(201);
    const own = (created.body.data as { documentId: string }).documentId;
    const made = await admin('POST', `/doorstep/previews/info-page/${own}`, {}, authorToken);
    expect(made.status).toBe(201);
    expect(await (await view((made.body.data as { url: string }).url)).text()).toContain(`Authors page ${DRAFT_WORDS}`);
  });

  it('refuses bad requests with a message, never a 5xx', async () => {
    const route = `/doorstep/previews/service-page/${docs.service.documentId}`;
    for (const payload of [{ days: 0 }, { days: 8 }, { days: 1.5 }, { days: '3' }, { other: true }]) {
      expect((await admin('POST', route, payload)).status).toBe(400);
    }
    expect((await admin('GET', '/doorstep/previews/verge/abc')).status).toBe(404);
    expect((await admin('GET', '/doorstep/previews/service-page/nosuchdocument')).status).toBe(404);
    expect((await admin('POST', `${route}/not-a-link/revoke`)).status).toBe(404);
    const signedOut = await fetch(`${cms.url}${route}`);
    expect(signedOut.status).toBe(401);
  });
});
