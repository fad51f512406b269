import type { APIRoute } from 'astro';
import { loadContent } from '../../../lib/content';
import { hubsFile } from '../../../lib/hubs/hubs-file';
import { json } from '../../../lib/verges/build-time/json';

/** What the live server lists hubs by distance from (format: lib/hubs/hubs-file.ts). */
export const GET: APIRoute = async () => json(hubsFile((await loadContent()).hubs));
