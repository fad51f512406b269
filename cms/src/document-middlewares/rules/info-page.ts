import { RESERVED_SLUGS, blocksSchema, describeIssues } from '@doorstep/domain';
import { z } from 'zod';
import type { PublishRule } from '../publish-rules';

const publishableInfoPage = z.object({
  slug: z.string().refine((slug) => !RESERVED_SLUGS.includes(slug), {
    message: 'This address is used by another part of the site. Choose a different slug',
  }),
  body: blocksSchema.min(1, 'Write the body text before publishing'),
});

/** An information page lives at /<slug>/, so it cannot take a slug the site uses itself. */
export const infoPageRules: PublishRule = {
  populate: [],
  check(draft) {
    const result = publishableInfoPage.safeParse(draft);
    return result.success ? [] : describeIssues(result.error);
  },
};
