import type { APIRoute, GetStaticPaths } from 'astro';
import { indexFiles } from '../../../../lib/verges/build-time/files';
import { json } from '../../../../lib/verges/build-time/json';
import { loadVergeSite } from '../../../../lib/verges/build-time/site';
import type { StreetsFile } from '../../../../lib/verges/shared/format';

/** Streets by the first two characters of their search key (format: lib/verges/shared/format.ts). */
export const getStaticPaths = (async () => {
  const files = indexFiles(await loadVergeSite()).streets;
  return [...files].map(([prefix, file]) => ({ params: { prefix }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: StreetsFile }> = ({ props }) => json(props.file);
