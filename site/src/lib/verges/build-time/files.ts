import { postcodeSector, type VergeRecord } from '@doorstep/domain';
import { encodeCut, encodeGeometry } from './encode';
import {
  dataPaths,
  VERGE_DATA_VERSION,
  type CellFile,
  type CellVerge,
  type Manifest,
  type PostcodesFile,
  type StreetEntry,
  type StreetsFile,
} from '../shared/format';
import { streetPrefix } from '../shared/keys';
import type { VergeSite } from './site';
import type { VergeStreet } from './streets';

/** The files of format.ts, from the site's streets, districts and cells. */
export function streetEntry(street: VergeStreet): StreetEntry {
  return {
    n: street.name,
    k: street.key,
    l: street.locality,
    s: street.slug,
    p: street.postcodes,
    b: street.bounds,
    c: street.cells,
    v: street.verges.length,
  };
}

export function streetsFiles(site: VergeSite): Map<string, StreetsFile> {
  const files = new Map<string, StreetsFile>();
  for (const street of site.streets) {
    const prefix = streetPrefix(street.key);
    const file = files.get(prefix) ?? { v: VERGE_DATA_VERSION, prefix, streets: [] };
    file.streets.push(streetEntry(street));
    files.set(prefix, file);
  }
  return files;
}

export function postcodesFiles(site: VergeSite): Map<string, PostcodesFile> {
  const files = new Map<string, PostcodesFile>();
  for (const { postcodes } of site.districts) {
    for (const { postcode, streets } of postcodes) {
      const sector = postcodeSector(postcode);
      const file = files.get(sector) ?? { v: VERGE_DATA_VERSION, sector, postcodes: {}, streets: [] };
      file.postcodes[postcode] = streets.map((street) => {
        const index = file.streets.findIndex((entry) => entry.s === street.slug);
        return index === -1 ? file.streets.push(streetEntry(street)) - 1 : index;
      });
      files.set(sector, file);
    }
  }
  return files;
}

export function cellFile(site: VergeSite, id: string, verges: readonly VergeRecord[]): CellFile {
  const streets: CellFile['streets'] = [];
  const indexOf = new Map<string, number>();
  const encoded = verges.map((verge): CellVerge => {
    const street = site.streetOf.get(verge.reference);
    if (!street) throw new Error(`Verge ${verge.reference} is on no street`);
    let index = indexOf.get(street.slug);
    if (index === undefined) {
      index = streets.push({ n: street.name, l: street.locality, s: street.slug }) - 1;
      indexOf.set(street.slug, index);
    }
    return {
      r: verge.reference,
      s: index,
      c: verge.category,
      st: verge.currentStatus,
      p: verge.postcodes,
      ...(verge.noteForResidents ? { n: verge.noteForResidents } : {}),
      g: encodeGeometry(verge.geometry, id),
      k: verge.cuts.map(encodeCut),
    };
  });
  return { v: VERGE_DATA_VERSION, id, streets, verges: encoded };
}

/** The first street with a postcode, so hints name a place residents would recognise. */
export function vergeExamples(site: VergeSite): Manifest['examples'] {
  const street = site.streets.find((candidate) => candidate.postcodes.length > 0);
  return street ? { street: street.name, postcode: street.postcodes[0]! } : null;
}

export function manifest(site: VergeSite): Manifest {
  return {
    v: VERGE_DATA_VERSION,
    prefixes: [...indexFiles(site).streets.keys()].sort(),
    sectors: [...indexFiles(site).postcodes.keys()].sort(),
    districts: site.districts.map((district) => district.outward),
    cells: [...site.cells.keys()].sort(),
    bounds: site.bounds,
    examples: vergeExamples(site),
  };
}

const memo = new WeakMap<VergeSite, { streets: Map<string, StreetsFile>; postcodes: Map<string, PostcodesFile> }>();

/** The index files, worked out once per build: each data endpoint picks its own. */
export function indexFiles(site: VergeSite) {
  let files = memo.get(site);
  if (!files) {
    files = { streets: streetsFiles(site), postcodes: postcodesFiles(site) };
    memo.set(site, files);
  }
  return files;
}

/** Every data file by its path under /verges/data/, as the build's endpoints write them (for tests). */
export function allDataFiles(site: VergeSite): Map<string, unknown> {
  const { streets, postcodes } = indexFiles(site);
  return new Map<string, unknown>([
    [dataPaths.manifest, manifest(site)],
    ...[...streets].map(([prefix, file]): [string, unknown] => [dataPaths.streets(prefix), file]),
    ...[...postcodes].map(([sector, file]): [string, unknown] => [dataPaths.postcodes(sector), file]),
    ...[...site.cells].map(([id, verges]): [string, unknown] => [dataPaths.cell(id), cellFile(site, id, verges)]),
  ]);
}
