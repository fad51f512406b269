import { z } from 'zod';

/**
 * The four levels of customer support. The keys are fixed in code: editors may
 * rename a level or rewrite its explanation in the CMS, never add, remove or re-key one.
 */
export const SUPPORT_LEVEL_KEYS = ['level-0', 'level-1', 'level-2', 'level-3'] as const;

export const supportLevelKeySchema = z.enum(SUPPORT_LEVEL_KEYS, {
  error: () => `Support level must be one of ${SUPPORT_LEVEL_KEYS.join(', ')}`,
});

export type SupportLevelKey = z.infer<typeof supportLevelKeySchema>;

export interface SupportLevelDefault {
  key: SupportLevelKey;
  rank: number;
  name: string;
  summary: string;
}

/** Starting names and summaries; the CMS creates these once and editors own the wording after. */
export const SUPPORT_LEVEL_DEFAULTS: readonly SupportLevelDefault[] = [
  {
    key: 'level-0',
    rank: 0,
    name: 'Help in your community',
    summary: 'Help from community hubs and partner organisations near you, before you need to contact the council.',
  },
  {
    key: 'level-1',
    rank: 1,
    name: 'Do it online',
    summary: 'Services you can start and finish online, at any time, with a clear date for our reply.',
  },
  {
    key: 'level-2',
    rank: 2,
    name: 'Online, with help if you need it',
    summary:
      'Start online, or get help from our contact centre or a community hub if you need it. Urgent cases are signposted.',
  },
  {
    key: 'level-3',
    rank: 3,
    name: 'Specialist support',
    summary: 'Specialist teams who work with you directly. We explain how referral works and what to expect.',
  },
];

export function isSupportLevelKey(value: unknown): value is SupportLevelKey {
  return supportLevelKeySchema.safeParse(value).success;
}
