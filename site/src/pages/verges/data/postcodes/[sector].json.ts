import type { APIRoute, GetStaticPaths } from 'astro';
import { indexFiles } from '../../../../lib/verges/build-time/files';
import { json } from '../../../../lib/verges/build-time/json';
import { loadVergeSite } from '../../../../lib/verges/build-time/site';
import { sectorFileName, type PostcodesFile } from '../../../../lib/verges/shared/format';

/** Postcodes by sector, with the streets beside each (format: lib/verges/shared/format.ts). */
export const getStaticPaths = (async () => {
  const files = indexFiles(await loadVergeSite()).postcodes;
  return [...files].map(([sector, file]) => ({ params: { sector: sectorFileName(sector) }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: PostcodesFile }> = ({ props }) => json(props.file);
