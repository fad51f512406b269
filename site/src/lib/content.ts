import {
  blocksSchema,
  normaliseSearchText,
  sitePaths,
  synonymTermsSchema,
  type AlertBanner,
  type SearchTerms,
  contactChannelKindSchema,
  contactChannelSchema,
  responseUnitSchema,
  describeIssues,
  expectedResponseSchema,
  contactChannelFields,
  supportLevelKeySchema,
  type Block,
  type ContactChannel,
  type ExpectedResponse,
  type SupportLevelKey,
  type FormDefinition,
  linkProblem,
} from '@doorstep/domain';
import { z } from 'zod';
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
 * Everything the site shows, fetched once per build and checked with the same
 * zod rules as the CMS. An entry the site cannot render fails the build with a
 * message naming the entry and the field, instead of rendering as nothing.
 */
/** Strapi's GraphQL spells enum values with underscores (level_0, working_days); the domain uses hyphens. */
const graphqlEnum = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .transform((value) => value.replace(/_/g, '-'))
    .pipe(schema);

const servicePageSchema = z.object({
  documentId: z.string(),
  title: z.string().min(1),
  slug: z.string().min(1),
  summary: z.string(),
  body: blocksSchema,
  taskType: z.enum(['action', 'information']),
  isTopTask: z.boolean(),
  lgslCode: z.number().int().nullable(),
  updatedAt: z.string(),
  serviceArea: z.object({ title: z.string(), slug: z.string() }, { error: 'Every service page needs a service area' }),
  supportLevel: z.object(
    { key: graphqlEnum(supportLevelKeySchema), name: z.string(), summary: z.string() },
    { error: 'Every service page needs a support level' },
  ),
  expectedResponse: z.object({ ...expectedResponseSchema.shape, unit: graphqlEnum(responseUnitSchema) }).nullable(),
  contactChannels: z.array(
    z.object({ ...contactChannelFields, kind: graphqlEnum(contactChannelKindSchema) }).pipe(contactChannelSchema),
  ),
  relatedPages: z.array(z.object({ title: z.string(), slug: z.string() })),
  communityHubs: z.array(z.object({ slug: z.string() })).transform((hubs) => hubs.map((hub) => hub.slug)),
  form: z.object({ slug: z.string(), title: z.string() }).nullable(),
});

export interface ServicePage {
  documentId: string;
  title: string;
  slug: string;
  summary: string;
  body: Block[];
  taskType: 'action' | 'information';
  isTopTask: boolean;
  lgslCode: number | null;
  updatedAt: string;
  serviceArea: { title: string; slug: string };
  supportLevel: { key: SupportLevelKey; name: string; summary: string };
  expectedResponse: ExpectedResponse | null;
  contactChannels: ContactChannel[];
  relatedPages: Array<{ title: string; slug: string }>;
  /** Slugs of the community hubs that help with this service. */
  communityHubs: string[];
  /** The web form that starts this service online, if it has one. */
  form: { slug: string; title: string } | null;
}

const serviceAreaSchema = z.object({
  documentId: z.string(),
  title: z.string().min(1),
  slug: z.string().min(1),
  summary: z.string(),
});
export type ServiceArea = z.infer<typeof serviceAreaSchema>;

const supportLevelSchema = z.object({
  key: graphqlEnum(supportLevelKeySchema),
  rank: z.number().int(),
  name: z.string().min(1),
  summary: z.string(),
  explanation: blocksSchema.nullable().transform((blocks) => blocks ?? []),
});
export type SupportLevel = z.infer<typeof supportLevelSchema>;

const time = z
  .string()
  .regex(/^\d{2}:\d{2}/, 'Enter a time like 09:00')
  .transform((value) => value.slice(0, 5));

const communityHubSchema = z.object({
  documentId: z.string(),
  name: z.string().min(1),
  slug: z.string().min(1),
  summary: z.string(),
  address: z.string(),
  town: z.string(),
  postcode: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  openingTimes: z.array(
    z.object({
      day: z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']),
      opens: time,
      closes: time,
      note: z.string().nullable(),
    }),
  ),
  helpAvailable: blocksSchema,
  accessibility: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  updatedAt: z.string(),
});
export type CommunityHub = z.infer<typeof communityHubSchema>;

const slugs = z.array(z.object({ slug: z.string() })).transform((items) => items.map((item) => item.slug));

const alertBannerSchema = z
  .object({
    title: z.string().min(1),
    message: z.string().min(1),
    severity: z.enum(['information', 'warning', 'urgent']),
    linkUrl: z
      .string()
      .nullable()
      .superRefine((value, ctx) => {
        const problem = value === null ? undefined : linkProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    linkText: z.string().nullable(),
    startsAt: z.string(),
    endsAt: z.string().nullable(),
    scope: z.enum(['site', 'targeted']),
    serviceAreas: slugs,
    servicePages: slugs,
  })
  .transform(({ serviceAreas, servicePages, ...banner }): AlertBanner => ({
    ...banner,
    serviceAreaSlugs: serviceAreas,
    servicePageSlugs: servicePages,
  }));

const infoPageSchema = z.object({
  documentId: z.string(),
  title: z.string().min(1),
  slug: z.string().min(1),
  summary: z.string(),
  body: blocksSchema,
  showInFooter: z.boolean(),
  updatedAt: z.string(),
});
export type InfoPage = z.infer<typeof infoPageSchema>;

const siteSettingSchema = z.object(
  {
    councilName: z.string().min(1),
    contactPhone: z.string().min(1),
    contactPhoneHours: z.string(),
    contactEmail: z.string(),
    address: z.string(),
    urgentHelp: z.string(),
    outOfHoursPhone: z.string(),
    // Null in settings saved before the field existed: no phase banner.
    phase: z
      .enum(['alpha', 'beta', 'live'])
      .nullable()
      .transform((phase) => phase ?? 'live'),
  },
  { error: 'Publish the site settings (council name and contact details) before building the site' },
);
export type SiteSetting = z.infer<typeof siteSettingSchema>;

export interface Content {
  settings: SiteSetting;
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

async function fetchContent(): Promise<Content> {
  const [settings, areas, rawPages, levels, hubs, banners, infoPages, synonyms, bestBets, forms] = await Promise.all([
    request(SiteSettingDocument, {}).then((result) =>
      parseEntry(siteSettingSchema, result.siteSetting, 'Site settings'),
    ),
    fetchAll(ServiceAreasDocument, (result) => result.serviceAreas_connection!),
    fetchAll(ServicePagesDocument, (result) => result.servicePages_connection!),
    fetchAll(SupportLevelsDocument, (result) => result.supportLevels_connection!),
    fetchAll(CommunityHubsDocument, (result) => result.communityHubs_connection!),
    fetchAll(AlertBannersDocument, (result) => result.alertBanners_connection!, NESTED_PAGE_SIZE),
    fetchAll(InfoPagesDocument, (result) => result.infoPages_connection!),
    fetchAll(SearchSynonymsDocument, (result) => result.searchSynonyms_connection!),
    fetchAll(SearchBestBetsDocument, (result) => result.searchBestBets_connection!),
    fetchForms(),
  ]);
  const pages = rawPages.map(parseServicePage);
  const bySlug = new Map(pages.map((page) => [page.slug, page]));
  return {
    settings,
    areas: areas.map((area) => parseEntry(serviceAreaSchema, area, `Service area "${area.slug}"`)),
    pages,
    levels: levels.map((level) => parseEntry(supportLevelSchema, level, `Support level "${level.key}"`)),
    hubs: hubs.map((hub) => parseEntry(communityHubSchema, hub, `Community hub "${hub.slug}"`)),
    banners: banners.map((banner) => parseEntry(alertBannerSchema, banner, `Alert banner "${banner.title}"`)),
    infoPages: infoPages.map((page) => parseEntry(infoPageSchema, page, `Information page "${page.slug}"`)),
    searchTerms: {
      synonyms: synonyms.map((entry) =>
        parseEntry(synonymTermsSchema, entry.terms, `Search synonyms "${entry.terms}"`),
      ),
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

function parseEntry<T extends z.ZodType>(schema: T, raw: unknown, name: string): z.output<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new CmsRequestError(`${name} cannot be rendered:\n- ${describeIssues(result.error).join('\n- ')}`);
}

function parseServicePage(raw: unknown): ServicePage {
  const entry = raw as { slug?: string; documentId?: string };
  return parseEntry(servicePageSchema, raw, `Service page "${entry.slug ?? entry.documentId}"`);
}
