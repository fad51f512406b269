import type { Block, ContactChannelKind, ResponseUnit, SupportLevelKey } from '@doorstep/domain';

/** The demo council's content, written as plain data and loaded through the Document Service. */
export interface SeedServiceArea {
  slug: string;
  title: string;
  summary: string;
}

export interface SeedContactChannel {
  kind: ContactChannelKind;
  label: string;
  value: string;
  availability?: string;
}

export interface SeedServicePage {
  slug: string;
  title: string;
  /** At most 160 characters: used in search results and the meta description. */
  summary: string;
  /** Slug of a SeedServiceArea. */
  area: string;
  level: SupportLevelKey;
  lgslCode?: number;
  taskType: 'action' | 'information';
  isTopTask: boolean;
  expectedResponse?: { amount: number; unit: ResponseUnit; sentence?: string };
  contactChannels: SeedContactChannel[];
  /** Slugs of other SeedServicePages. */
  related: string[];
  body: Block[];
  /** Email of the owning team (private: never in the public API). */
  owner: string;
  /** ISO date, YYYY-MM-DD (private). */
  reviewBy: string;
}

export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

export interface SeedCommunityHub {
  slug: string;
  name: string;
  summary: string;
  address: string;
  town: string;
  postcode: string;
  latitude: number;
  longitude: number;
  openingTimes: Array<{ day: Weekday; opens: string; closes: string; note?: string }>;
  helpAvailable: Block[];
  accessibility: string;
  phone?: string;
  email?: string;
  /** Slugs of SeedServicePages offered or supported at this hub. */
  services: string[];
}

export interface SeedAlertBanner {
  title: string;
  message: string;
  severity: 'information' | 'warning' | 'urgent';
  linkUrl?: string;
  linkText?: string;
  /** Days from the day the seed runs; negative is in the past. */
  startsInDays: number;
  /** Days from the day the seed runs; omit for no end. */
  endsInDays?: number;
  scope: 'site' | 'targeted';
  areas?: string[];
  pages?: string[];
}
