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

const levelOf = (draft: Record<string, unknown>) =>
  z.object({ supportLevel: z.object({ key: z.string() }) }).safeParse(draft).data?.supportLevel.key;

/** A web form, or an online contact channel with a link: level 1's "Start now". */
function offersSomethingOnline(draft: Record<string, unknown>): boolean {
  const { form, contactChannels } = z
    .object({
      form: z.object({ documentId: z.string() }).nullish(),
      contactChannels: z.array(z.object({ kind: z.string(), value: z.string().nullish() })).default([]),
    })
    .parse(draft);
  return Boolean(form) || contactChannels.some((channel) => channel.kind === 'online' && Boolean(channel.value));
}

/** A service page goes live only with its area, level, safe body and valid contacts. */
export const servicePageRules: PublishRule = {
  populate: ['serviceArea', 'supportLevel', 'contactChannels', 'expectedResponse', 'form'],
  check(draft) {
    const result = publishableServicePage.safeParse(draft);
    const problems = result.success ? [] : describeIssues(result.error);
    if (draft.taskType === 'action' && !draft.expectedResponse) {
      problems.push('expectedResponse: Say when residents can expect a reply for a task page');
    }
    if (result.success && levelOf(draft) === 'level-1' && !offersSomethingOnline(draft)) {
      problems.push(
        'supportLevel: A level 1 page says "do it online", so it needs something to do online: ' +
          'choose its web form (Form), or add an online link under contact channels, or choose another level',
      );
    }
    return problems;
  },
};
