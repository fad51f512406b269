import type { VergeRecord } from '@doorstep/domain';
import type { APIRoute, GetStaticPaths } from 'astro';
import { cellFile } from '../../../../lib/verge-pieces/files';
import { json } from '../../../../lib/verge-pieces/json';
import { loadVergeSite } from '../../../../lib/verge-pieces/site';

/** The verges whose centre is in one grid cell, shapes and cuts (format: lib/verge-data/format.ts). */
export const getStaticPaths = (async () => {
  const { cells } = await loadVergeSite();
  return [...cells].map(([cell, verges]) => ({ params: { cell }, props: { verges } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ verges: VergeRecord[] }> = async ({ params, props }) =>
  json(cellFile(await loadVergeSite(), params.cell ?? '', props.verges));
