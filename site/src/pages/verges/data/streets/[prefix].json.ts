import type { APIRoute, GetStaticPaths } from 'astro';
import { indexFiles } from '../../../../lib/verge-pieces/files';
import { json } from '../../../../lib/verge-pieces/json';
import { loadVergeSite } from '../../../../lib/verge-pieces/site';
import type { StreetsFile } from '../../../../lib/verge-data/format';

/** Streets by the first two characters of their search key (format: lib/verge-data/format.ts). */
export const getStaticPaths = (async () => {
  const files = indexFiles(await loadVergeSite()).streets;
  return [...files].map(([prefix, file]) => ({ params: { prefix }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: StreetsFile }> = ({ props }) => json(props.file);
