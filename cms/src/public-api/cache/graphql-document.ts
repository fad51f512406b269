import { QUERY_LIMITS } from '@doorstep/domain/public-api';
import { Kind, parse, print, visit, type DocumentNode, type OperationTypeNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/** What the cache needs to know of a GraphQL document: its printed form and what it asks for. */
export interface NormalDocument {
  /** graphql-js's print of the parsed document: the same text for the same document, however written. */
  printed: string;
  /** Each operation's kind, by name (`''` for an anonymous one). */
  operations: ReadonlyMap<string, OperationTypeNode>;
  /** Names a status other than PUBLISHED (a literal DRAFT, a variable, anything) or filters by draft state, anywhere. */
  namesDraftStatus: boolean;
}

/** Arguments about drafts: a status other than PUBLISHED, Strapi 4's name for it, and 5's filters by draft state. */
const STATUS_ARGUMENTS = new Set(['status', 'publicationState']);
const DRAFT_FILTERS = new Set(['publicationFilter', 'hasPublishedVersion']);

function normalise(document: DocumentNode): NormalDocument {
  const operations = new Map<string, OperationTypeNode>();
  let namesDraftStatus = false;
  visit(document, {
    OperationDefinition(node) {
      operations.set(node.name?.value ?? '', node.operation);
    },
    Argument(node) {
      if (DRAFT_FILTERS.has(node.name.value)) namesDraftStatus = true;
      if (!STATUS_ARGUMENTS.has(node.name.value)) return;
      const published = node.value.kind === Kind.ENUM && node.value.value === 'PUBLISHED';
      if (!published) namesDraftStatus = true;
    },
  });
  return { printed: print(document), operations, namesDraftStatus };
}

/** Repeats of one query text (the normal case: the site asks the same things) skip parsing and printing. */
const seen = new LRUCache<string, NormalDocument | 'invalid'>({
  // Bounded by the texts' size too, so many distinct long queries cannot fill the memory.
  maxSize: 4 * 1024 * 1024,
  sizeCalculation: (document, query) => query.length + (document === 'invalid' ? 0 : document.printed.length) + 1,
});
const LONGEST_REMEMBERED = 32 * 1024;

/**
 * The document, normalised, or undefined when it does not parse: Apollo answers that
 * itself (an error, never cached). Parsed with the same token limit as the guard and
 * Apollo, so an oversized document costs no more here than there.
 */
export function normalDocument(query: string): NormalDocument | undefined {
  const remembered = seen.get(query);
  if (remembered !== undefined) return remembered === 'invalid' ? undefined : remembered;
  let result: NormalDocument | 'invalid';
  try {
    result = normalise(parse(query, { maxTokens: QUERY_LIMITS.maxTokens, noLocation: true }));
  } catch {
    result = 'invalid';
  }
  if (query.length <= LONGEST_REMEMBERED) seen.set(query, result);
  return result === 'invalid' ? undefined : result;
}
