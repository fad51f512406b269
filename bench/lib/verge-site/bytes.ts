import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  dataPaths,
  type Manifest,
  type PostcodesFile,
  type StreetEntry,
  type StreetsFile,
} from '../../../site/src/lib/verges/shared/format';
import type { Figure } from '../verge-bench';
import { gz, islandScripts, kb, percentile, stylesheets } from './files';

/**
 * What a resident's phone downloads to see one street's verges on the map: the
 * island's JavaScript, the map's stylesheet (Leaflet's and the island's: the CSS
 * only verge pages load), the data index, one street-name index file and the
 * street's cells, each gzipped at level 9. Every street and postcode is measured.
 */
const BUDGET = 200 * 1024;

export function downloadFigures(outDir: string): Figure[] {
  const dataDir = path.join(outDir, 'verges/data');
  const sizes = new Map<string, number>();
  const size = (file: string) => {
    let bytes = sizes.get(file);
    if (bytes === undefined) {
      bytes = gz(readFileSync(path.join(dataDir, file)));
      sizes.set(file, bytes);
    }
    return bytes;
  };
  const read = <T>(file: string) => JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) as T;
  const manifest = read<Manifest>(dataPaths.manifest);

  const js = islandScripts(outDir, 'verges/index.html').reduce(
    (sum, url) => sum + gz(readFileSync(path.join(outDir, url))),
    0,
  );
  const contentCss = new Set(stylesheets(outDir, 'index.html'));
  const mapCss = stylesheets(outDir, 'verges/index.html')
    .filter((href) => !contentCss.has(href))
    .reduce((sum, href) => sum + gz(readFileSync(path.join(outDir, href))), 0);
  const code = js + mapCss;
  const cells = (streets: readonly StreetEntry[]) =>
    [...new Set(streets.flatMap((street) => street.c))].reduce((sum, cell) => sum + size(dataPaths.cell(cell)), 0);

  // The data for one search: the index, one street-name or postcode file, the cells.
  const index = size(dataPaths.manifest);
  const streetSearches = manifest.prefixes.flatMap((prefix) =>
    read<StreetsFile>(dataPaths.streets(prefix)).streets.map(
      (street) => index + size(dataPaths.streets(prefix)) + cells([street]),
    ),
  );
  const postcodeSearches = manifest.sectors.flatMap((sector) => {
    const file = read<PostcodesFile>(dataPaths.postcodes(sector));
    return Object.values(file.postcodes).map(
      (streets) => index + size(dataPaths.postcodes(sector)) + cells(streets.map((at) => file.streets[at]!)),
    );
  });
  const worst = code + Math.max(...streetSearches);
  const median = code + percentile(streetSearches, 0.5);
  return [
    { name: 'island JavaScript (gzip -9)', value: kb(js), note: 'React, Leaflet, react-leaflet, the island' },
    { name: 'map CSS (Leaflet + island)', value: kb(mapCss) },
    {
      name: 'one street search: data',
      value: kb(percentile(streetSearches, 0.5)),
      note: `median of ${streetSearches.length.toLocaleString('en-GB')} streets (index ${kb(index)} included); 95th ${kb(percentile(streetSearches, 0.95))}, max ${kb(Math.max(...streetSearches))}`,
    },
    {
      name: 'one street search: total',
      value: kb(median),
      note: `worst street ${kb(worst)}; budget ${kb(BUDGET)}: ${worst <= BUDGET ? 'within' : 'OVER'}`,
    },
    {
      name: 'one postcode search: total',
      value: kb(code + percentile(postcodeSearches, 0.5)),
      note: `median of ${postcodeSearches.length.toLocaleString('en-GB')} postcodes; worst ${kb(code + Math.max(...postcodeSearches))}`,
    },
  ];
}
