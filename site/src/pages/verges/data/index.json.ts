import type { APIRoute } from 'astro';
import { manifest } from '../../../lib/verges/build-time/files';
import { loadVergeSite } from '../../../lib/verges/build-time/site';
import { json } from '../../../lib/verges/build-time/json';

/** The map island's first fetch: which index files exist (format: lib/verges/shared/format.ts). */
export const GET: APIRoute = async () => json(manifest(await loadVergeSite()));
