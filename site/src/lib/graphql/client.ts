import type { TypedDocumentString } from './__generated__/graphql';

/** Where the build reads content from. Set CMS_URL for another CMS; the default is `npm start`'s. */
let cmsUrl = (process.env.CMS_URL ?? 'http://127.0.0.1:1337').replace(/\/$/, '');

/** The CMS pages read from: the build's, or the live site server's for a preview (pages/preview). */
export const currentCmsUrl = (): string => cmsUrl;

/** Pages rendered on request read from the CMS the live site server names (its `cmsUrl`). */
export function readFromCms(url: string): void {
  cmsUrl = url.replace(/\/$/, '');
}

/** The API's maxLimit: asking for more is capped, so the build asks for exactly this per page. */
export const PAGE_SIZE = 100;

/**
 * For the queries that bring long lists under each entry (a form's questions, a
 * banner's targets): a smaller page keeps each request's cost far under the API's
 * limit (QUERY_LIMITS.maxCost in the CMS), whatever the content holds.
 */
export const NESTED_PAGE_SIZE = 25;

export class CmsRequestError extends Error {}

export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(`${cmsUrl}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch (cause) {
    throw new CmsRequestError(`Cannot reach the CMS at ${cmsUrl}/graphql. Is it running? (${String(cause)})`);
  }
  const body = (await response.json().catch(() => ({}))) as { data?: TResult; errors?: Array<{ message: string }> };
  if (!response.ok || body.errors?.length || !body.data) {
    const messages = body.errors?.map((error) => error.message).join('; ') ?? response.statusText;
    throw new CmsRequestError(`The CMS refused a query (HTTP ${response.status}): ${messages}`);
  }
  return body.data;
}

interface Connection<TNode> {
  nodes: TNode[];
  pageInfo: { page: number; pageCount: number; total: number };
}

/**
 * Fetches every page of a paginated list. The API caps each page at PAGE_SIZE, so
 * a build that asked once would silently lose everything after the first page.
 */
export async function fetchAll<TResult, TNode>(
  document: TypedDocumentString<TResult, { page: number; pageSize: number }>,
  select: (result: TResult) => Connection<TNode>,
  pageSize = PAGE_SIZE,
): Promise<TNode[]> {
  const first = select(await request(document, { page: 1, pageSize }));
  const nodes = [...first.nodes];
  for (let page = 2; page <= first.pageInfo.pageCount; page += 1) {
    nodes.push(...select(await request(document, { page, pageSize })).nodes);
  }
  if (nodes.length !== first.pageInfo.total) {
    throw new CmsRequestError(
      `Expected ${first.pageInfo.total} entries but fetched ${nodes.length}; content changed during the build?`,
    );
  }
  return nodes;
}
