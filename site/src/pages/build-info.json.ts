import { nextBannerChange } from '@doorstep/domain';
import type { APIRoute } from 'astro';
import { loadContent } from '../lib/content';

/**
 * When this build was made and when it goes stale: the live server rebuilds at
 * `nextChangeAt`, the moment an alert banner starts or ends.
 */
export const GET: APIRoute = async () => {
  const { banners, builtAt } = await loadContent();
  const next = nextBannerChange(banners, builtAt);
  return new Response(JSON.stringify({ builtAt: builtAt.toISOString(), nextChangeAt: next?.toISOString() ?? null }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
