import type { APIRoute } from 'astro';
import { loadRedirects } from '../lib/redirects';

/**
 * The pages that moved, for the live server (site/server/redirects.ts): it answers an
 * old address with a 301 to the new one. Kept in the build's private folder.
 */
export const GET: APIRoute = async () => {
  const redirects = Object.fromEntries((await loadRedirects()).map((redirect) => [redirect.fromPath, redirect.toPath]));
  return new Response(JSON.stringify(redirects), { headers: { 'Content-Type': 'application/json' } });
};
