import type { APIRoute } from 'astro';
import { manifest } from '../../../lib/verge-pieces/files';
import { loadVergeSite } from '../../../lib/verge-pieces/site';
import { json } from '../../../lib/verge-pieces/json';

/** The map island's first fetch: which index files exist (format: lib/verge-data/format.ts). */
export const GET: APIRoute = async () => json(manifest(await loadVergeSite()));
