/**
 * "Find a community hub near you" answered by the live server, without JavaScript or
 * with it: the form on /community-hubs/near/ sends a postcode or a street (`q`), or
 * "Use my location" sends `lat` and `lon`. The answer is worked out when the resident
 * asks, so "open now" is true at that minute, not at the last build. The hubs come
 * from the build's hubs.json, where a place is from its verge data files.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sitePaths } from '@doorstep/domain';
import { answerHubsNear, MAX_TYPED } from '../src/lib/hubs/answer';
import { completeHubsNearPage } from '../src/lib/hubs/answer-html';
import { HUBS_FILE_NAME, hubsFileSchema } from '../src/lib/hubs/hubs-file';
import { createVergeData } from '../src/lib/verges/browser/client';

const readJson = async (file: string): Promise<unknown> => JSON.parse(await readFile(file, 'utf8')) as unknown;

export async function answerHubsNearPage(html: string, buildDir: string, search: URLSearchParams): Promise<string> {
  const data = createVergeData('', (file) => readJson(path.join(buildDir, sitePaths.vergeData, file)));
  const { hubs } = hubsFileSchema.parse(
    await readJson(path.join(buildDir, sitePaths.communityHubsNear, HUBS_FILE_NAME)),
  );
  const request = { q: search.get('q'), lat: search.get('lat'), lon: search.get('lon') };
  const answer = await answerHubsNear(data, hubs, request, new Date());
  return completeHubsNearPage(html, answer, (request.q ?? '').slice(0, MAX_TYPED));
}

/** The page to complete, when the form sent something; null serves the static page as it is. */
export function matchHubsNear(pathname: string, search: URLSearchParams) {
  if (pathname !== sitePaths.communityHubsNear || !['q', 'lat', 'lon'].some((key) => search.has(key))) return null;
  return {
    file: path.join(pathname, 'index.html'),
    complete: (html: string, buildDir: string) => answerHubsNearPage(html, buildDir, search),
  };
}
