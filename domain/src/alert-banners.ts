/**
 * When and where an alert banner shows. Pure and date-injected, so the site build,
 * the live server's scheduler and the tests agree on the same rules.
 */
export const BANNER_SEVERITIES = ['information', 'warning', 'urgent'] as const;
export type BannerSeverity = (typeof BANNER_SEVERITIES)[number];

/** A banner on every page, or only on the service areas and pages it targets. */
export const BANNER_SCOPES = ['site', 'targeted'] as const;
export type BannerScope = (typeof BANNER_SCOPES)[number];

export interface AlertBanner {
  title: string;
  message: string;
  severity: BannerSeverity;
  linkUrl: string | null;
  linkText: string | null;
  /** ISO date-time. */
  startsAt: string;
  /** ISO date-time, or null for no end. */
  endsAt: string | null;
  scope: BannerScope;
  serviceAreaSlugs: string[];
  servicePageSlugs: string[];
}

/** Where a page sits: a service page belongs to an area; other pages have neither. */
export interface BannerPlacement {
  serviceAreaSlug?: string;
  servicePageSlug?: string;
}

export function isBannerLive(banner: Pick<AlertBanner, 'startsAt' | 'endsAt'>, now: Date): boolean {
  const time = now.getTime();
  if (Date.parse(banner.startsAt) > time) return false;
  return banner.endsAt === null || Date.parse(banner.endsAt) > time;
}

function targets(banner: AlertBanner, placement: BannerPlacement): boolean {
  if (banner.scope === 'site') return true;
  const { serviceAreaSlug, servicePageSlug } = placement;
  return (
    (serviceAreaSlug !== undefined && banner.serviceAreaSlugs.includes(serviceAreaSlug)) ||
    (servicePageSlug !== undefined && banner.servicePageSlugs.includes(servicePageSlug))
  );
}

const SEVERITY_ORDER: Record<BannerSeverity, number> = { urgent: 0, warning: 1, information: 2 };

/** The banners a page shows at `now`, most severe first. */
export function bannersFor(banners: readonly AlertBanner[], placement: BannerPlacement, now: Date): AlertBanner[] {
  return banners
    .filter((banner) => isBannerLive(banner, now) && targets(banner, placement))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.startsAt.localeCompare(b.startsAt));
}

/**
 * The next moment after `now` when a banner starts or ends, or null when none will.
 * A static site is rebuilt at that moment so banners come and go on time.
 */
export function nextBannerChange(banners: readonly AlertBanner[], now: Date): Date | null {
  const time = now.getTime();
  const upcoming = banners
    .flatMap((banner) => [banner.startsAt, banner.endsAt])
    .filter((value): value is string => value !== null)
    .map((value) => Date.parse(value))
    .filter((value) => value > time);
  return upcoming.length === 0 ? null : new Date(Math.min(...upcoming));
}
