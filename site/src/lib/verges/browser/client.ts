import { checkVersion, VergeDataError } from './decode';
import { dataPaths, type CellFile, type Manifest, type PostcodesFile, type StreetsFile } from '../shared/format';
import type { VergeData } from './search';

/**
 * The verge data files, each fetched once and kept for the visit: a second search
 * on the same street, or "use my location" next to it, downloads nothing new.
 * `fetchJson` is the network edge; tests and the benchmark read the build from disk.
 */
export type FetchJson = (url: string) => Promise<unknown>;

export const fetchJsonOverHttp: FetchJson = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new VergeDataError(`${url} answered ${response.status}`);
  return response.json();
};

export function createVergeData(base: string, fetchJson: FetchJson = fetchJsonOverHttp): VergeData {
  const files = new Map<string, Promise<unknown>>();
  function get<T extends { v: unknown }>(path: string): Promise<T> {
    let file = files.get(path);
    if (!file) {
      file = fetchJson(`${base}${path}`).then((body) => {
        checkVersion(body, path);
        return body;
      });
      // A failed download (a dropped connection) is tried again next time.
      file.catch(() => files.delete(path));
      files.set(path, file);
    }
    return file as Promise<T>;
  }
  return {
    manifest: () => get<Manifest>(dataPaths.manifest),
    streets: (prefix) => get<StreetsFile>(dataPaths.streets(prefix)),
    postcodes: (sector) => get<PostcodesFile>(dataPaths.postcodes(sector)),
    cell: (id) => get<CellFile>(dataPaths.cell(id)),
  };
}
