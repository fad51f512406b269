/**
 * The search page, on Pagefind's JavaScript API (its default UI has accessibility
 * gaps): the result count is announced, results are plain links in a list, and
 * editors' synonyms and best bets are applied before Pagefind's own ranking.
 */
import { expandQuery, matchBestBets, type SearchTerms } from '@doorstep/domain/search-query';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; meta: { title?: string; summary?: string } }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 20;
const PAGEFIND_URL = '/pagefind/pagefind.js';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The search page is missing #${id}`);
  return found as T;
}

async function loadPagefind(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
  await pagefind.options({ baseUrl: '/' });
  return pagefind;
}

async function loadTerms(): Promise<SearchTerms> {
  const response = await fetch('/search/terms.json');
  if (!response.ok) return { synonyms: [], bestBets: [] };
  return (await response.json()) as SearchTerms;
}

interface Hit {
  url: string;
  title: string;
  summary: string;
  bestBet: boolean;
}

/** Runs the query and each synonym form of it; a page keeps its best score. */
async function search(pagefind: Pagefind, terms: SearchTerms, query: string): Promise<Hit[]> {
  const queries = expandQuery(query, terms.synonyms);
  const scored = new Map<string, PagefindResult>();
  for (const { results } of await Promise.all(queries.map((q) => pagefind.search(q)))) {
    for (const result of results) {
      const seen = scored.get(result.id);
      if (!seen || seen.score < result.score) scored.set(result.id, result);
    }
  }
  const ranked = [...scored.values()].sort((a, b) => b.score - a.score).slice(0, MAX_RESULTS);
  const bets: Hit[] = matchBestBets(query, terms).map((bet) => ({ ...bet, bestBet: true }));
  const found = await Promise.all(ranked.map((result) => result.data()));
  const hits = found.map((data) => ({
    url: data.url,
    title: data.meta.title ?? data.url,
    summary: data.meta.summary ?? '',
    bestBet: false,
  }));
  const betUrls = new Set(bets.map((bet) => bet.url));
  return [...bets, ...hits.filter((hit) => !betUrls.has(hit.url))];
}

function renderHit(hit: Hit): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.className = 'govuk-link';
  link.href = hit.url;
  link.textContent = hit.title;
  item.append(link);
  if (hit.bestBet) {
    const tag = document.createElement('strong');
    tag.className = 'govuk-tag govuk-!-margin-left-2';
    tag.textContent = 'Best match';
    item.append(' ', tag);
  }
  if (hit.summary) {
    const summary = document.createElement('p');
    summary.className = 'govuk-body app-service-list__summary';
    summary.textContent = hit.summary;
    item.append(summary);
  }
  return item;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('form[role="search"]');
  const input = element<HTMLInputElement>('search-page-input');
  const status = element('search-status');
  const list = element<HTMLOListElement>('search-results');
  const fallback = element('search-fallback');
  if (!form) return;
  const ready = Promise.all([loadPagefind(), loadTerms()]);

  async function run(query: string): Promise<void> {
    const trimmed = query.trim();
    list.replaceChildren();
    list.hidden = true;
    fallback.classList.remove('app-search-fallback--shown');
    if (!trimmed) {
      status.textContent = 'Enter a word or phrase to search for, like bins or council tax.';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const [pagefind, terms] = await ready;
      const hits = await search(pagefind, terms, trimmed);
      list.replaceChildren(...hits.map(renderHit));
      list.hidden = hits.length === 0;
      status.textContent =
        hits.length === 0
          ? `No results for "${trimmed}". Check the spelling or try a different word, or browse the A to Z.`
          : `${hits.length} ${hits.length === 1 ? 'result' : 'results'} for "${trimmed}"`;
      document.title = `${hits.length === 0 ? 'No results' : 'Search results'} for "${trimmed}" - ${document.title.split(' - ').at(-1) ?? ''}`;
      fallback.classList.toggle('app-search-fallback--shown', hits.length === 0);
    } catch (error) {
      status.textContent = 'Search is not working at the moment. Browse the A to Z of services instead.';
      fallback.classList.add('app-search-fallback--shown');
      console.error(error);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set('q', input.value);
    window.history.pushState({}, '', url);
    void run(input.value);
  });
  window.addEventListener('popstate', () => {
    input.value = new URL(window.location.href).searchParams.get('q') ?? '';
    void run(input.value);
  });
  const initial = new URL(window.location.href).searchParams.get('q') ?? '';
  input.value = initial;
  if (initial) void run(initial);
}
