import { bestBetPhraseSchema, describeIssues, synonymTermsSchema } from '@doorstep/domain';
import { z } from 'zod';
import type { PublishRule } from '../publish-rules';

const publishableBestBet = z.object({
  phrase: bestBetPhraseSchema,
  servicePage: z.object({ documentId: z.string() }, { error: 'Choose the service page that should come first' }),
});

/** A best bet needs a phrase a search can match and a page to put first. */
export const searchBestBetRules: PublishRule = {
  populate: ['servicePage'],
  check(draft) {
    const result = publishableBestBet.safeParse(draft);
    return result.success ? [] : describeIssues(result.error);
  },
};

/** A synonym group needs at least two different terms. */
export const searchSynonymRules: PublishRule = {
  populate: [],
  check(draft) {
    const result = z.object({ terms: synonymTermsSchema }).safeParse(draft);
    return result.success ? [] : describeIssues(result.error);
  },
};
