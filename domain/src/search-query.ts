/**
 * Applying editors' search vocabulary to a query: synonyms ("bin" also finds
 * "waste") and best bets (a phrase that puts a chosen page first). Pure and free of
 * zod, so the search page can ship it without the validation library.
 */

/** Lower case, plain letters and digits, single spaces: how queries and phrases are compared. */
export function normaliseSearchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface BestBet {
  /** Normalised phrase. */
  phrase: string;
  url: string;
  title: string;
  summary: string;
}

export interface SearchTerms {
  /** Each group lists normalised terms that mean the same thing. */
  synonyms: string[][];
  bestBets: BestBet[];
}

/** Words of a query, with a trailing plural "s" also tried without it ("bins" finds "bin"). */
function variantsOf(word: string): string[] {
  return word.length > 3 && word.endsWith('s') ? [word, word.slice(0, -1)] : [word];
}

/**
 * The queries to run for what a resident typed: the query itself, then the query
 * with each synonym swapped in. "bin collection" with the group [bin, rubbish, waste]
 * gives "bin collection", "rubbish collection", "waste collection".
 */
export function expandQuery(query: string, synonyms: readonly string[][], limit = 8): string[] {
  const normalised = normaliseSearchText(query);
  if (!normalised) return [];
  const queries = [normalised];
  const padded = ` ${normalised} `;
  for (const group of synonyms) {
    for (const term of group) {
      const forms = term.includes(' ') ? [term] : variantsOf(term);
      const match =
        forms.find((form) => padded.includes(` ${form} `)) ??
        // the resident's plural of a single-word term: "bins" for "bin"
        (!term.includes(' ') && padded.includes(` ${term}s `) ? `${term}s` : undefined);
      if (!match) continue;
      for (const other of group) {
        if (other === term) continue;
        const expanded = padded.replace(` ${match} `, ` ${other} `).trim();
        if (!queries.includes(expanded)) queries.push(expanded);
      }
    }
  }
  return queries.slice(0, limit);
}

/** Each word's singular, so "missed bins" is compared as "missed bin". */
function singular(text: string): string {
  return text
    .split(' ')
    .map((word) => variantsOf(word).at(-1) ?? word)
    .join(' ');
}

/**
 * Best bets for a query: those whose phrase appears, as whole words, in the query or
 * in one of its synonym expansions, plurals included ("bins" matches the phrase "bin").
 * The most specific phrase comes first: "bin day" puts the bin day page before the
 * one "bin" alone brings up.
 */
export function matchBestBets(query: string, terms: SearchTerms): BestBet[] {
  const candidates = expandQuery(query, terms.synonyms, 32).flatMap((expanded) => [
    ` ${expanded} `,
    ` ${singular(expanded)} `,
  ]);
  const words = (phrase: string) => phrase.split(' ').length;
  const seen = new Set<string>();
  return terms.bestBets
    .filter((bet) =>
      candidates.some(
        (candidate) => candidate.includes(` ${bet.phrase} `) || candidate.includes(` ${singular(bet.phrase)} `),
      ),
    )
    .sort((a, b) => words(b.phrase) - words(a.phrase))
    .filter((bet) => {
      if (seen.has(bet.url)) return false;
      seen.add(bet.url);
      return true;
    });
}
