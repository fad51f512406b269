import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content';

/** Editors' synonyms and best bets, read by the search page. */
export const GET: APIRoute = async () => {
  const { searchTerms } = await loadContent();
  return new Response(JSON.stringify(searchTerms), { headers: { 'Content-Type': 'application/json' } });
};
