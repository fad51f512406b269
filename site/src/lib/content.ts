import {
  alertBannerContract,
  communityHubContract,
  describeIssues,
  infoPageContract,
  normaliseSearchText,
  searchBestBetContract,
  searchSynonymContract,
  serviceAreaContract,
  servicePageContract,
  siteSettingsContract,
  sitePaths,
  supportLevelContract,
  type AlertBanner,
  type CommunityHub,
  type ContentContract,
  type FormDefinition,
  type InfoPage,
  type SearchTerms,
  type ServiceArea,
  type ServicePage,
  type SiteSettings,
  type SupportLevel,
} from '@doorstep/domain';
import type { z } from 'zod';
import {
  AlertBannersDocument,
  CommunityHubsDocument,
  InfoPagesDocument,
  SearchBestBetsDocument,
  SearchSynonymsDocument,
  ServiceAreasDocument,
  ServicePagesDocument,
  SiteSettingDocument,
  SupportLevelsDocument,
} from './graphql/__generated__/graphql';
import { CmsRequestError, fetchAll, NESTED_PAGE_SIZE, request } from './graphql/client';
import { fetchForms } from './forms';

/**
 * Everything the site shows, fetched once per build and parsed with each type's
 * content contract from the domain: the same schema the CMS checks before it lets
 * an entry be published. Each parser takes the query's generated node type, so a
 * query that stops asking for a field the contract needs fails type-checking; an
 * entry that still cannot be rendered fails the build naming the entry and field.
 */
export interface Content {
  settings: SiteSettings;
  areas: ServiceArea[];
  pages: ServicePage[];
  levels: SupportLevel[];
  hubs: CommunityHub[];
  banners: AlertBanner[];
  infoPages: InfoPage[];
  searchTerms: SearchTerms;
  forms: FormDefinition[];
  /** The moment banners are judged against: the build's own time. */
  builtAt: Date;
}

/**
 * One fetch per build, shared through globalThis: the build integration starts it
 * while Vite is still bundling (astro.config.mjs loads this module separately from
 * the bundled pages), and the pages pick up the same promise.
 */
const CACHE = Symbol.for('doorstep.site.content');
type ContentCache = { [CACHE]?: Promise<Content> };

/** All published content, fetched once per build however many pages ask for it. */
export function loadContent(): Promise<Content> {
  const cache = globalThis as ContentCache;
  cache[CACHE] ??= fetchContent();
  return cache[CACHE];
}

const FETCHED_AT = Symbol.for('doorstep.site.content.fetchedAt');

/**
 * For the one page rendered on request (a preview): the published content around the
 * draft (menus, banners, hubs), fetched again once it is `maxAgeMs` old, so a preview
 * server that runs for weeks does not show last month's site around today's draft.
 */
export function loadRecentContent(maxAgeMs: number, now = Date.now()): Promise<Content> {
  const cache = globalThis as ContentCache & { [FETCHED_AT]?: number };
  const cached = cache[CACHE];
  if (cached && now - (cache[FETCHED_AT] ?? 0) < maxAgeMs) return cached;
  const fetching = fetchContent();
  cache[CACHE] = fetching;
  cache[FETCHED_AT] = now;
  // A failed fetch is not kept: the next preview asks again.
  fetching.catch(() => {
    if (cache[CACHE] === fetching) delete cache[CACHE];
  });
  return fetching;
}

async function fetchContent(): Promise<Content> {
  const [settings, areas, pages, levels, hubs, banners, infoPages, synonyms, bestBets, forms] = await Promise.all([
    request(SiteSettingDocument, {}).then((result) => parseEntry(siteSettingsContract, result.siteSetting, 'settings')),
    fetchAll(ServiceAreasDocument, (result) => result.serviceAreas_connection!).then((nodes) =>
      nodes.map((area) => parseEntry(serviceAreaContract, area, area.slug)),
    ),
    fetchAll(ServicePagesDocument, (result) => result.servicePages_connection!).then((nodes) =>
      nodes.map((page) => parseEntry(servicePageContract, page, page.slug)),
    ),
    fetchAll(SupportLevelsDocument, (result) => result.supportLevels_connection!).then((nodes) =>
      nodes.map((level) => parseEntry(supportLevelContract, level, level.key)),
    ),
    fetchAll(CommunityHubsDocument, (result) => result.communityHubs_connection!).then((nodes) =>
      nodes.map((hub) => parseEntry(communityHubContract, hub, hub.slug)),
    ),
    fetchAll(AlertBannersDocument, (result) => result.alertBanners_connection!, NESTED_PAGE_SIZE).then((nodes) =>
      nodes.map((banner) => parseEntry(alertBannerContract, banner, banner.title)),
    ),
    fetchAll(InfoPagesDocument, (result) => result.infoPages_connection!).then((nodes) =>
      nodes.map((page) => parseEntry(infoPageContract, page, page.slug)),
    ),
    fetchAll(SearchSynonymsDocument, (result) => result.searchSynonyms_connection!).then((nodes) =>
      nodes.map((entry) => parseEntry(searchSynonymContract, entry, entry.terms)),
    ),
    fetchAll(SearchBestBetsDocument, (result) => result.searchBestBets_connection!).then((nodes) =>
      nodes.map((bet) => parseEntry(searchBestBetContract, bet, bet.phrase)),
    ),
    fetchForms(),
  ]);
  const bySlug = new Map(pages.map((page) => [page.slug, page]));
  return {
    settings,
    areas,
    pages,
    levels,
    hubs,
    banners,
    infoPages,
    searchTerms: {
      synonyms: synonyms.map((entry) => entry.terms),
      bestBets: bestBets.flatMap((bet) => {
        const page = bet.servicePage ? bySlug.get(bet.servicePage.slug) : undefined;
        // A best bet for an unpublished page has nothing to point at until the page is back.
        if (!page) return [];
        return [
          {
            phrase: normaliseSearchText(bet.phrase),
            url: sitePaths.servicePage(page.slug),
            title: page.title,
            summary: page.summary,
          },
        ];
      }),
    },
    forms,
    builtAt: new Date(),
  };
}

/**
 * One entry through its contract. `node` is typed as the contract's input, so the
 * generated type of the query that fetched it must supply every field it needs.
 */
export function parseEntry<S extends z.ZodType>(
  contract: ContentContract<S>,
  node: z.input<S>,
  name: string,
): z.output<S> {
  const result = contract.schema.safeParse(node);
  if (result.success) return result.data;
  const entry = name === 'settings' ? contract.label : `${contract.label} "${name}"`;
  throw new CmsRequestError(`${entry} cannot be rendered:\n- ${describeIssues(result.error).join('\n- ')}`);
}

export type { AlertBanner, CommunityHub, InfoPage, ServiceArea, ServicePage, SiteSettings, SupportLevel };
