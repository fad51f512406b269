/**
 * Search vocabulary editors control: synonyms ("bin" also finds "waste") and best
 * bets (a phrase that puts a chosen page first). Shared by the CMS's publish rules,
 * the site build that writes them out and the search page that applies them.
 */
import { z } from 'zod';
import { normaliseSearchText } from './search-query.js';

export * from './search-query.js';

/** An editor's synonym group: comma-separated words or phrases that mean the same thing. */
export const synonymTermsSchema = z
  .string({ error: 'Enter words that mean the same thing, separated by commas' })
  .transform((value) => [...new Set(value.split(',').map(normaliseSearchText).filter(Boolean))])
  .refine((terms) => terms.length >= 2, {
    message: 'Enter at least two words, separated by commas, like bin, rubbish',
  });

export const bestBetPhraseSchema = z
  .string({ error: 'Enter the word or phrase residents search for' })
  .transform(normaliseSearchText)
  .refine((phrase) => phrase.length > 0, { message: 'Enter the word or phrase residents search for' })
  .refine((phrase) => phrase.length <= 80, { message: 'The phrase must be 80 characters or fewer' });

export const searchTermsSchema = z.object({
  synonyms: z.array(z.array(z.string().min(1)).min(2)),
  bestBets: z.array(z.object({ phrase: z.string().min(1), url: z.string(), title: z.string(), summary: z.string() })),
});
