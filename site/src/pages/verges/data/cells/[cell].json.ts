import type { VergeRecord } from '@doorstep/domain';
import type { APIRoute, GetStaticPaths } from 'astro';
import { cellFile } from '../../../../lib/verges/build-time/files';
import { json } from '../../../../lib/verges/build-time/json';
import { loadVergeSite } from '../../../../lib/verges/build-time/site';

/** The verges whose centre is in one grid cell, shapes and cuts (format: lib/verges/shared/format.ts). */
export const getStaticPaths = (async () => {
  const { cells } = await loadVergeSite();
  return [...cells].map(([cell, verges]) => ({ params: { cell }, props: { verges } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ verges: VergeRecord[] }> = async ({ params, props }) =>
  json(cellFile(await loadVergeSite(), params.cell ?? '', props.verges));
