import { nextBannerChange } from '@doorstep/domain';
import type { APIRoute } from 'astro';
import { loadContent } from '../lib/content';
import { nextUkMidnight, nextUkMonthStart } from '@doorstep/domain';
import { loadVergeSite } from '../lib/verges/build-time/site';
import { loadBinSite } from '../lib/bins/site';

/**
 * When this build was made and when it goes stale: the live server rebuilds at
 * `nextChangeAt`, the first of the moments in `changes`: an alert banner starting
 * or ending, and, when there are verges, the next midnight in the UK, after which
 * "due to be cut this week" and "overdue" are judged against a new day; when pages
 * are promoted by month, the start of the next month in the UK (the home page's seasonal tasks).
 */
export const GET: APIRoute = async () => {
  const [{ banners, builtAt, pages }, { streets }, bins] = await Promise.all([
    loadContent(),
    loadVergeSite(),
    loadBinSite(),
  ]);
  const banner = nextBannerChange(banners, builtAt);
  const changes = [
    ...(banner ? [{ at: banner.toISOString(), reason: 'an alert banner starts or ends' }] : []),
    ...(streets.length > 0 ? [{ at: nextUkMidnight(builtAt).toISOString(), reason: 'a new day for verge cuts' }] : []),
    // Bin days too: "next collection" and "changes coming up" are as of the build's day.
    ...(bins.streets.length > 0 && streets.length === 0
      ? [{ at: nextUkMidnight(builtAt).toISOString(), reason: 'a new day for bin collections' }]
      : []),
    ...(pages.some((page) => page.promotedMonths.length > 0)
      ? [{ at: nextUkMonthStart(builtAt).toISOString(), reason: 'a new month for the home page’s seasonal tasks' }]
      : []),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const next = changes[0];
  return new Response(
    JSON.stringify({
      builtAt: builtAt.toISOString(),
      nextChangeAt: next?.at ?? null,
      nextChangeReason: next?.reason ?? null,
      changes,
    }),
    { headers: { 'Content-Type': 'application/json' } },
  );
};
