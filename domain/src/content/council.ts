import type { AlertBanner } from '../alert-banners.js';
import type { Block } from '../blocks.js';
import type { ContactChannel } from '../contact-channels.js';
import type { ExpectedResponse } from '../expected-response.js';
import type { FormDefinitionInput } from '../forms/index.js';
import type { SupportLevelKey } from '../support-levels.js';
import type { Verge } from '../verges/index.js';
import type { BinRound } from '../bins/index.js';
import type { CommunityHub } from './community-hub.js';
import type { InfoPage } from './info-page.js';
import type { ServiceArea } from './service-area.js';
import type { ServicePage } from './service-page.js';
import type { SiteSettings } from './site-settings.js';

/**
 * A council's content as plain data, for loading into an empty CMS (the CMS's
 * council loader; the demo council in @doorstep/demo is one). Each type is its
 * content contract's, with relations written as slugs and what Strapi fills in (ids,
 * times) left out, so a field added to a contract is a field the content must give.
 */
export interface CouncilContent {
  serviceAreas: SeedServiceArea[];
  servicePages: SeedServicePage[];
  communityHubs: SeedCommunityHub[];
  alertBanners: SeedAlertBanner[];
  siteSettings: SiteSettings;
  infoPages: SeedInfoPage[];
  /** Comma-separated groups of words that mean the same thing. */
  searchSynonyms: string[];
  /** A phrase and the slug of the service page it puts first. */
  searchBestBets: Array<{ phrase: string; page: string }>;
  forms: FormDefinitionInput[];
  /** Each form's service team inbox, by form slug (private: never in the public API). */
  formInboxes: Record<string, string>;
  /** Generated verges: `count` of them, references starting `prefix-`, as of a day (YYYY-MM-DD). */
  verges?: { count: number; prefix: string; generate(asOf: Date): Verge[] };
  /** Bin collection rounds for the council's streets (those of its verges), with their bank-holiday changes. */
  binRounds?: {
    generate(streets: ReadonlyArray<Pick<BinRound, 'usrn' | 'streetName' | 'locality' | 'postcodes'>>): BinRound[];
  };
}

export type SeedServiceArea = Pick<ServiceArea, 'slug' | 'title' | 'summary'>;

export type SeedContactChannel = Omit<ContactChannel, 'availability'> & { availability?: string };

export interface SeedServicePage
  extends
    Pick<ServicePage, 'slug' | 'title' | 'summary' | 'taskType' | 'isTopTask' | 'body'>,
    Partial<Pick<ServicePage, 'lgslCode'>> {
  /** Slug of a SeedServiceArea. */
  area: string;
  /** Months it is promoted on the home page, as editors write them: "March, April, May". */
  promotedMonths?: string;
  level: SupportLevelKey;
  expectedResponse?: Omit<ExpectedResponse, 'sentence'> & { sentence?: string };
  /** An online channel to /forms/<slug>/ first in the list becomes the page's web form. */
  contactChannels: SeedContactChannel[];
  /** Slugs of other SeedServicePages. */
  related: string[];
  /** Email of the owning team (private: never in the public API). */
  owner: string;
  /** ISO date, YYYY-MM-DD (private). */
  reviewBy: string;
}

type OpeningTime = CommunityHub['openingTimes'][number];

export interface SeedCommunityHub extends Omit<
  CommunityHub,
  'documentId' | 'updatedAt' | 'openingTimes' | 'phone' | 'email'
> {
  openingTimes: Array<Omit<OpeningTime, 'note'> & { note?: string }>;
  phone?: string;
  email?: string;
  /** Slugs of SeedServicePages offered or supported at this hub. */
  services: string[];
}

export interface SeedAlertBanner extends Pick<AlertBanner, 'title' | 'message' | 'severity' | 'scope'> {
  linkUrl?: string;
  linkText?: string;
  /** Days from the day the content is loaded; negative is in the past. */
  startsInDays: number;
  /** Days from the day the content is loaded; omit for no end. */
  endsInDays?: number;
  areas?: string[];
  pages?: string[];
}

export type SeedInfoPage = Omit<InfoPage, 'documentId' | 'updatedAt'> & {
  body: Block[];
  /** Email of the owning person or team (private: never in the public API). */
  owner: string;
  /** ISO date, YYYY-MM-DD (private); 12 months after loading when left out. */
  reviewBy?: string;
};
