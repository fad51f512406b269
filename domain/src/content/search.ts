import { z } from 'zod';
import { bestBetPhraseSchema, synonymTermsSchema } from '../search.js';
import { defineContract } from './fields.js';

const searchSynonymSchema = z.object({ terms: synonymTermsSchema });

/** A synonym group: two or more words a search treats as one ("bin, rubbish, waste"). */
export const searchSynonymContract = defineContract({ label: 'Search synonyms', schema: searchSynonymSchema });

const searchBestBetSchema = z.object({
  phrase: bestBetPhraseSchema,
  servicePage: z.object({ slug: z.string() }).nullable(),
});

/** A best bet: a phrase that puts a chosen service page first in search. */
export const searchBestBetContract = defineContract({
  label: 'Search best bet',
  schema: searchBestBetSchema,
  // The page may be unpublished later: the best bet then waits for it, and the site skips it.
  publishChecks: (bet) =>
    bet.servicePage === null ? ['servicePage: Choose the service page that should come first'] : [],
});
