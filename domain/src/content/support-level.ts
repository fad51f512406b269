import { z } from 'zod';
import { supportLevelKeySchema } from '../support-levels.js';
import { cmsEnum, defineContract, richText, text } from './fields.js';

const supportLevelSchema = z.object({
  key: cmsEnum(supportLevelKeySchema),
  rank: z.number().int(),
  name: text('Enter the level’s name'),
  summary: z.string({ error: 'Enter a summary' }),
  explanation: z
    .unknown()
    .pipe(richText().nullable())
    .transform((blocks) => blocks ?? []),
});

export type SupportLevel = z.output<typeof supportLevelSchema>;

/** One of the four levels of customer support: what a page at that level offers. */
export const supportLevelContract = defineContract({ label: 'Support level', schema: supportLevelSchema });
