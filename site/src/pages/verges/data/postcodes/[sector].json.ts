import type { APIRoute, GetStaticPaths } from 'astro';
import { indexFiles } from '../../../../lib/verge-pieces/files';
import { json } from '../../../../lib/verge-pieces/json';
import { loadVergeSite } from '../../../../lib/verge-pieces/site';
import { sectorFileName, type PostcodesFile } from '../../../../lib/verge-data/format';

/** Postcodes by sector, with the streets beside each (format: lib/verge-data/format.ts). */
export const getStaticPaths = (async () => {
  const files = indexFiles(await loadVergeSite()).postcodes;
  return [...files].map(([sector, file]) => ({ params: { sector: sectorFileName(sector) }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: PostcodesFile }> = ({ props }) => json(props.file);
