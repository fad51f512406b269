import { submissionsPath } from './forms/protocol.js';

/**
 * Where each kind of content lives on the resident site. The CMS uses the reserved
 * slugs to refuse an information page that would clash with a site section.
 */
export const sitePaths = {
  home: '/',
  search: '/search/',
  aToZ: '/a-z/',
  contact: '/contact-us/',
  servicePage: (slug: string) => `/services/${slug}/`,
  serviceArea: (slug: string) => `/areas/${slug}/`,
  supportLevels: '/support-levels/',
  supportLevel: (key: string) => `/support-levels/${key}/`,
  communityHubs: '/community-hubs/',
  communityHub: (slug: string) => `/community-hubs/${slug}/`,
  /** Community hubs by distance from a postcode, a street or the resident's location. */
  communityHubsNear: '/community-hubs/near/',
  infoPage: (slug: string) => `/${slug}/`,
  form: (slug: string) => `/forms/${slug}/`,
  /** Grass verge cutting: the search, the map and the A to Z of streets. */
  verges: '/verges/',
  vergeSearch: '/verges/search/',
  /** Street pages are this plus the street's slug; the map island builds links from it. */
  vergeStreets: '/verges/streets/',
  vergeStreet: (slug: string) => `/verges/streets/${slug}/`,
  vergePostcodes: '/verges/postcodes/',
  vergePostcodeDistrict: (outward: string) => `/verges/postcodes/${outward.toLowerCase()}/`,
  /** The map island's data files (site/src/lib/verges/shared/format.ts). */
  vergeData: '/verges/data/',
  /** "When is my bin day?": the search, the A to Z of streets and a page per street and postcode district. */
  binDays: '/bin-days/',
  binDaySearch: '/bin-days/search/',
  binDayStreets: '/bin-days/streets/',
  binDayStreet: (slug: string) => `/bin-days/streets/${slug}/`,
  binDayPostcodeDistrict: (outward: string) => `/bin-days/postcodes/${outward.toLowerCase()}/`,
  /** The residents' account: pages the CMS answers, on the site's origin through the site server. */
  account: '/account/',
  /** The submission endpoint; the site server passes it through to the CMS on the site's own origin. */
  formSubmissions: submissionsPath,
} as const;

/** The site's menu, in every page's header: the site's own pages and the CMS's answers alike. */
export const siteMenu = [
  { key: 'services', text: 'Services', href: sitePaths.home },
  { key: 'levels', text: 'Levels of support', href: sitePaths.supportLevels },
  { key: 'hubs', text: 'Community hubs', href: sitePaths.communityHubs },
  { key: 'contact', text: 'Contact us', href: sitePaths.contact },
  { key: 'account', text: 'Your account', href: sitePaths.account },
] as const;

/** The footer's own links, before the information pages editors add to it. */
export const footerLinks = [
  { text: 'A to Z of services', href: sitePaths.aToZ },
  { text: 'Contact us', href: sitePaths.contact },
] as const;

/** First path segments the site itself uses; an information page cannot take one. */
export const RESERVED_SLUGS: readonly string[] = [
  'search',
  'a-z',
  'contact-us',
  'services',
  'areas',
  'support-levels',
  'community-hubs',
  'pagefind',
  'forms',
  'api',
  'styles',
  'account',
  'verges',
  'bin-days',
  '404',
  'sitemap.xml',
  'robots.txt',
  '_astro',
  '_doorstep',
  '__doorstep',
];
