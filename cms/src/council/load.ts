import type { Core } from '@strapi/strapi';
import {
  FORM_PAGE_PATH,
  toCmsQuestions,
  type CouncilContent,
  type SeedAlertBanner,
  type SeedCommunityHub,
  type SeedServicePage,
} from '@doorstep/domain';
import { loadVerges } from './verges';
import { loadBinRounds } from '../bins/seed';

export interface LoadOptions {
  /** Extra service pages (from a generator) to add to the council's own. */
  extraServicePages?: SeedServicePage[];
  /** The day banners' windows are counted from; defaults to now. */
  now?: Date;
  /** The council's generated verges; off when a benchmark brings its own. Default true. */
  verges?: boolean;
}

export interface LoadReport {
  created: Record<
    | 'serviceAreas'
    | 'servicePages'
    | 'communityHubs'
    | 'alertBanners'
    | 'siteSetting'
    | 'infoPages'
    | 'searchSynonyms'
    | 'searchBestBets'
    | 'forms'
    | 'verges'
    | 'binRounds',
    number
  >;
}

type SlugIndex = Map<string, string>;

/**
 * Loads a council's content (the demo council's from @doorstep/demo, under `npm start`)
 * through the Document Service, so every publish rule checks it. Idempotent: entries
 * are matched by slug (banners by title) and only missing ones are created, so
 * loading again never overwrites an editor's changes.
 */
export async function loadCouncil(
  strapi: Core.Strapi,
  content: CouncilContent,
  options: LoadOptions = {},
): Promise<LoadReport> {
  const now = options.now ?? new Date();
  const pages = [...content.servicePages, ...(options.extraServicePages ?? [])];
  const report: LoadReport = {
    created: {
      serviceAreas: 0,
      servicePages: 0,
      communityHubs: 0,
      alertBanners: 0,
      siteSetting: 0,
      infoPages: 0,
      searchSynonyms: 0,
      searchBestBets: 0,
      forms: 0,
      verges: 0,
      binRounds: 0,
    },
  };

  const levels = await indexBy(strapi, 'api::support-level.support-level', 'key');
  const areas = await indexBy(strapi, 'api::service-area.service-area', 'slug');
  for (const area of content.serviceAreas) {
    if (areas.has(area.slug)) continue;
    const created = await strapi
      .documents('api::service-area.service-area')
      .create({ data: area, status: 'published' });
    areas.set(area.slug, created.documentId);
    report.created.serviceAreas += 1;
  }

  const formIds = await indexBy(strapi, 'api::form-definition.form-definition', 'slug');
  for (const form of content.forms) {
    if (formIds.has(form.slug)) continue;
    const created = await strapi.documents('api::form-definition.form-definition').create({
      data: {
        title: form.title,
        slug: form.slug,
        introduction: form.introduction ?? null,
        questions: toCmsQuestions(form),
        checkAnswers: form.checkAnswers ?? true,
        confirmation: form.confirmation,
        expectedResponse: form.expectedResponse,
        retentionDays: form.retentionDays,
        notificationEmail: content.formInboxes[form.slug] ?? null,
      } as never,
      status: 'published',
    });
    formIds.set(form.slug, created.documentId);
    report.created.forms += 1;
  }

  const pageIds = await indexBy(strapi, 'api::service-page.service-page', 'slug');
  const newPages = pages.filter((page) => !pageIds.has(page.slug));
  for (const page of newPages) {
    const created = await strapi.documents('api::service-page.service-page').create({
      data: servicePageData(page, areas, levels, formIds),
    });
    pageIds.set(page.slug, created.documentId);
  }
  // Related pages point at each other, so they are linked once every page exists.
  for (const page of newPages) {
    const documentId = lookup(pageIds, page.slug, 'service page');
    await strapi.documents('api::service-page.service-page').update({
      documentId,
      data: { relatedPages: page.related.map((slug) => lookup(pageIds, slug, `related page of ${page.slug}`)) },
    });
    await strapi.documents('api::service-page.service-page').publish({ documentId });
    report.created.servicePages += 1;
  }

  const hubs = await indexBy(strapi, 'api::community-hub.community-hub', 'slug');
  for (const hub of content.communityHubs) {
    if (hubs.has(hub.slug)) continue;
    await strapi
      .documents('api::community-hub.community-hub')
      .create({ data: hubData(hub, pageIds), status: 'published' });
    report.created.communityHubs += 1;
  }

  const banners = await indexBy(strapi, 'api::alert-banner.alert-banner', 'title');
  for (const banner of content.alertBanners) {
    if (banners.has(banner.title)) continue;
    await strapi.documents('api::alert-banner.alert-banner').create({
      data: bannerData(banner, now, areas, pageIds),
      status: 'published',
    });
    report.created.alertBanners += 1;
  }

  const settings = await strapi.documents('api::site-setting.site-setting').findFirst({ status: 'draft' });
  if (!settings) {
    await strapi
      .documents('api::site-setting.site-setting')
      .create({ data: content.siteSettings, status: 'published' });
    report.created.siteSetting += 1;
  }

  const infoIds = await indexBy(strapi, 'api::info-page.info-page', 'slug');
  for (const page of content.infoPages) {
    if (infoIds.has(page.slug)) continue;
    await strapi.documents('api::info-page.info-page').create({ data: page as never, status: 'published' });
    report.created.infoPages += 1;
  }

  const synonymIds = await indexBy(strapi, 'api::search-synonym.search-synonym', 'terms');
  for (const terms of content.searchSynonyms) {
    if (synonymIds.has(terms)) continue;
    await strapi.documents('api::search-synonym.search-synonym').create({ data: { terms }, status: 'published' });
    report.created.searchSynonyms += 1;
  }

  const bestBetIds = await indexBy(strapi, 'api::search-best-bet.search-best-bet', 'phrase');
  for (const bet of content.searchBestBets) {
    if (bestBetIds.has(bet.phrase)) continue;
    await strapi.documents('api::search-best-bet.search-best-bet').create({
      data: { phrase: bet.phrase, servicePage: lookup(pageIds, bet.page, `page of best bet ${bet.phrase}`) } as never,
      status: 'published',
    });
    report.created.searchBestBets += 1;
  }

  if (content.verges && options.verges !== false) report.created.verges = await loadVerges(strapi, content.verges, now);
  // After the verges: a round's street is one of theirs.
  if (content.binRounds && options.verges !== false)
    report.created.binRounds = await loadBinRounds(strapi, content.binRounds);
  return report;
}

type SeededType =
  | 'api::support-level.support-level'
  | 'api::service-area.service-area'
  | 'api::service-page.service-page'
  | 'api::community-hub.community-hub'
  | 'api::alert-banner.alert-banner'
  | 'api::info-page.info-page'
  | 'api::search-synonym.search-synonym'
  | 'api::search-best-bet.search-best-bet'
  | 'api::form-definition.form-definition';

async function indexBy(strapi: Core.Strapi, uid: SeededType, field: string): Promise<SlugIndex> {
  const index: SlugIndex = new Map();
  const pageSize = 500;
  for (let start = 0; ; start += pageSize) {
    const batch = (await strapi.documents(uid).findMany({
      status: 'draft',
      fields: [field] as never,
      start,
      limit: pageSize,
    })) as Array<Record<string, unknown> & { documentId: string }>;
    for (const entry of batch) index.set(String(entry[field]), entry.documentId);
    if (batch.length < pageSize) return index;
  }
}

function lookup(index: SlugIndex, key: string, what: string): string {
  const documentId = index.get(key);
  if (!documentId) throw new Error(`The council's content refers to a missing ${what}: "${key}"`);
  return documentId;
}

/**
 * A page's "Start now" is its first online channel. When that is a web form
 * (`/forms/<slug>/`), it becomes the page's form; other form links stay channels.
 */
function servicePageData(page: SeedServicePage, areas: SlugIndex, levels: SlugIndex, forms: SlugIndex) {
  const { area, level, related, contactChannels, ...fields } = page;
  const start = contactChannels.find((channel) => channel.kind === 'online');
  const formSlug = start ? FORM_PAGE_PATH.exec(start.value)?.[1] : undefined;
  return {
    ...fields,
    form: formSlug ? lookup(forms, formSlug, `form of ${page.slug}`) : null,
    contactChannels: contactChannels.filter((channel) => !formSlug || channel !== start),
    serviceArea: lookup(areas, area, `service area of ${page.slug}`),
    supportLevel: lookup(levels, level, `support level of ${page.slug}`),
  } as never;
}

function hubData(hub: SeedCommunityHub, pages: SlugIndex) {
  const { services, ...fields } = hub;
  return {
    ...fields,
    openingTimes: hub.openingTimes.map((time) => ({ ...time, opens: `${time.opens}:00`, closes: `${time.closes}:00` })),
    servicePages: services.map((slug) => lookup(pages, slug, `service of hub ${hub.slug}`)),
  } as never;
}

function bannerData(banner: SeedAlertBanner, now: Date, areas: SlugIndex, pages: SlugIndex) {
  const { startsInDays, endsInDays, areas: areaSlugs, pages: pageSlugs, ...fields } = banner;
  return {
    ...fields,
    startsAt: addDays(now, startsInDays).toISOString(),
    endsAt: endsInDays === undefined ? null : addDays(now, endsInDays).toISOString(),
    serviceAreas: (areaSlugs ?? []).map((slug) => lookup(areas, slug, `area of banner ${banner.title}`)),
    servicePages: (pageSlugs ?? []).map((slug) => lookup(pages, slug, `page of banner ${banner.title}`)),
  } as never;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 24 * 60 * 60 * 1000);
}
