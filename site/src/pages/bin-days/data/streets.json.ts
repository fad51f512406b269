import type { APIRoute } from 'astro';
import type { IndexedStreet } from '../../../lib/bins/search';
import { loadBinSite } from '../../../lib/bins/site';

/** The streets the live server searches when a resident searches without JavaScript (site/server/answered-pages.ts). */
export const GET: APIRoute = async () => {
  const { streets } = await loadBinSite();
  const index: IndexedStreet[] = streets.map((street) => ({
    s: street.slug,
    n: street.round.streetName,
    l: street.round.locality,
    p: street.round.postcodes,
  }));
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
