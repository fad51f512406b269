import { describeIssues, VERGE_EXPORT_PAGE_SIZE, vergeRecordSchema, type VergeRecord } from '@doorstep/domain';
import { z } from 'zod';
import { CmsRequestError, currentCmsUrl } from '../../graphql/client';

/**
 * Every published verge, read once per build from the CMS's bulk export (GraphQL
 * would take minutes at 50,000; see docs/adr/0006) and checked with the domain's
 * own schema. A verge the site cannot render fails the build, naming the verge and
 * the field, instead of going missing from the map.
 */
const envelopeSchema = z.object({
  data: z.array(z.unknown()),
  meta: z.object({ pageCount: z.number().int().min(0), total: z.number().int().min(0) }),
});

/** Pages in flight at once: enough to keep the CMS busy while this process parses. */
const CONCURRENT_PAGES = 3;
const PAGE_SIZE = VERGE_EXPORT_PAGE_SIZE.max;

const CACHE = Symbol.for('doorstep.site.verges');
type VergeCache = { [CACHE]?: Promise<VergeRecord[]> };

/** Shared through globalThis like loadContent: the prefetch integration starts it. */
export function loadVerges(): Promise<VergeRecord[]> {
  const cache = globalThis as VergeCache;
  cache[CACHE] ??= fetchVerges();
  return cache[CACHE];
}

async function fetchPage(page: number): Promise<z.output<typeof envelopeSchema>> {
  const url = `${currentCmsUrl()}/api/verges/export?page=${page}&pageSize=${PAGE_SIZE}`;
  let response: Response;
  try {
    response = await fetch(url);
  } catch (cause) {
    throw new CmsRequestError(`Cannot reach the CMS at ${url}. Is it running? (${String(cause)})`);
  }
  if (!response.ok) throw new CmsRequestError(`The CMS refused ${url} (HTTP ${response.status})`);
  const parsed = envelopeSchema.safeParse(await response.json());
  if (!parsed.success) {
    throw new CmsRequestError(`${url} is not a page of verges:\n- ${describeIssues(parsed.error).join('\n- ')}`);
  }
  return parsed.data;
}

export function parseVerge(raw: unknown): VergeRecord {
  const result = vergeRecordSchema.safeParse(raw);
  if (result.success) return result.data;
  const entry = raw as { reference?: unknown; documentId?: unknown } | null;
  const name =
    [entry?.reference, entry?.documentId].find((value): value is string => typeof value === 'string') ??
    'without a reference';
  throw new CmsRequestError(`Verge "${name}" cannot be rendered:\n- ${describeIssues(result.error).join('\n- ')}`);
}

async function fetchVerges(): Promise<VergeRecord[]> {
  const first = await fetchPage(1);
  const pages: VergeRecord[][] = [first.data.map(parseVerge)];
  let next = 2;
  // A few pages at a time, each parsed as it arrives while the CMS prepares the next.
  const worker = async () => {
    while (next <= first.meta.pageCount) {
      const page = next++;
      pages[page - 1] = (await fetchPage(page)).data.map(parseVerge);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_PAGES }, worker));
  const verges = pages.flat();
  if (verges.length !== first.meta.total) {
    throw new CmsRequestError(
      `Expected ${first.meta.total} verges but fetched ${verges.length}; verges changed during the build?`,
    );
  }
  return verges;
}
