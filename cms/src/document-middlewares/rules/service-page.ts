import { blocksSchema, contactChannelSchema, describeIssues, expectedResponseSchema } from '@doorstep/domain';
import { z } from 'zod';
import type { PublishRule } from '../publish-rules';

const related = (what: string) => z.object({ documentId: z.string() }, { error: `Choose a ${what} before publishing` });

const publishableServicePage = z.object({
  serviceArea: related('service area'),
  supportLevel: related('support level'),
  body: blocksSchema.min(1, 'Write the body text before publishing'),
  contactChannels: z.array(contactChannelSchema),
  taskType: z.enum(['action', 'information']),
  expectedResponse: expectedResponseSchema.nullish(),
});

/** A service page goes live only with its area, level, safe body and valid contacts. */
export const servicePageRules: PublishRule = {
  populate: ['serviceArea', 'supportLevel', 'contactChannels', 'expectedResponse'],
  check(draft) {
    const result = publishableServicePage.safeParse(draft);
    const problems = result.success ? [] : describeIssues(result.error);
    if (draft.taskType === 'action' && !draft.expectedResponse) {
      problems.push('expectedResponse: Say when residents can expect a reply for a task page');
    }
    return problems;
  },
};
