import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createVergeData } from '../../../site/src/lib/verges/browser/client';
import {
  dataPaths,
  type Manifest,
  type PostcodesFile,
  type StreetsFile,
} from '../../../site/src/lib/verges/shared/format';
import { vergesOnStreets } from '../../../site/src/lib/verges/browser/found';
import { answerQuery, type VergeData } from '../../../site/src/lib/verges/browser/search';
import type { Figure } from '../verge-bench';
import { listFiles, percentile } from './files';

/**
 * The time to answer a search with the island's own code (site/src/lib/verges/browser), in
 * Node on the build's files: from the text typed to the verges with their
 * sentences. "Warm" has the files already in memory, as after their download;
 * "with parsing" parses each file's JSON for every search, as on a first visit.
 */
const TODAY = '2026-07-15';

async function answer(data: VergeData, query: string): Promise<number> {
  const result = await answerQuery(data, query);
  if (result.kind === 'streets') return (await vergesOnStreets(data, result.streets, TODAY)).length;
  if (result.kind === 'choose-street') return result.streets.length;
  throw new Error(`"${query}" found nothing: ${result.kind}`);
}

async function time(queries: readonly string[], dataFor: () => VergeData): Promise<number[]> {
  const times: number[] = [];
  for (const query of queries) {
    const data = dataFor();
    const started = performance.now();
    await answer(data, query);
    times.push(performance.now() - started);
  }
  return times;
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

export async function searchFigures(outDir: string, sample = 1000): Promise<Figure[]> {
  const dataDir = path.join(outDir, 'verges/data');
  const texts = new Map(
    listFiles(dataDir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => [path.relative(dataDir, file), readFileSync(file, 'utf8')]),
  );
  const parsed = new Map([...texts].map(([file, text]) => [file, JSON.parse(text) as unknown]));
  const fetchFrom = (files: Map<string, unknown>, parse: boolean) => (url: string) => {
    const file = url.replace('/verges/data/', '');
    const body = files.get(file);
    if (body === undefined) return Promise.reject(new Error(`no ${file}`));
    return Promise.resolve(parse ? (JSON.parse(body as string) as unknown) : body);
  };
  const warm = createVergeData('/verges/data/', fetchFrom(parsed, false));
  const cold = () => createVergeData('/verges/data/', fetchFrom(texts, true));

  const manifest = parsed.get(dataPaths.manifest) as Manifest;
  const streets = manifest.prefixes.flatMap((prefix) => (parsed.get(dataPaths.streets(prefix)) as StreetsFile).streets);
  const postcodes = manifest.sectors.flatMap((sector) =>
    Object.keys((parsed.get(dataPaths.postcodes(sector)) as PostcodesFile).postcodes),
  );
  const every = <T>(list: readonly T[]) =>
    list.filter((_, index) => index % Math.max(1, Math.floor(list.length / sample)) === 0);
  const queries = {
    'street search ("Name, Locality")': every(streets).map((street) => `${street.n}, ${street.l}`),
    'street search (first 5 letters: streets to choose)': every(streets).map((street) => street.n.slice(0, 5)),
    'postcode search': every(postcodes),
  };
  const figures: Figure[] = [];
  for (const [name, list] of Object.entries(queries)) {
    for (const query of list.slice(0, 20)) await answer(warm, query); // the JIT warms up first
    const warmTimes = await time(list, () => warm);
    const coldTimes = await time(list, cold);
    figures.push({
      name,
      value: ms(percentile(warmTimes, 0.5)),
      note: `median of ${list.length}, 95th ${ms(percentile(warmTimes, 0.95))}; with parsing the files ${ms(percentile(coldTimes, 0.5))} (95th ${ms(percentile(coldTimes, 0.95))})`,
    });
  }
  return figures;
}
