import type {
  AlertBanner,
  CommunityHub,
  ContactChannel,
  ExpectedResponse,
  ServiceArea,
  ServicePage,
  SupportLevelKey,
} from '@doorstep/domain';

/**
 * The demo council's content, written as plain data and loaded through the Document
 * Service. Each type is its content contract's (domain/src/content) with relations
 * written as slugs and what Strapi fills in (ids, times) left out, so a field added
 * to a contract is a field the seed must give.
 */
export type SeedServiceArea = Pick<ServiceArea, 'slug' | 'title' | 'summary'>;

export type SeedContactChannel = Omit<ContactChannel, 'availability'> & { availability?: string };

export interface SeedServicePage extends Pick<
  ServicePage,
  'slug' | 'title' | 'summary' | 'taskType' | 'isTopTask' | 'body'
> {
  /** Slug of a SeedServiceArea. */
  area: string;
  level: SupportLevelKey;
  lgslCode?: number;
  expectedResponse?: Omit<ExpectedResponse, 'sentence'> & { sentence?: string };
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
  /** Days from the day the seed runs; negative is in the past. */
  startsInDays: number;
  /** Days from the day the seed runs; omit for no end. */
  endsInDays?: number;
  areas?: string[];
  pages?: string[];
}
