import { binRoundFromCms, binRoundSchema, describeIssues } from '@doorstep/domain';
import type { PublishRule } from '../content/publish-rules';

/**
 * A round goes live only when every date on the street's page can be worked out: a
 * weekday collection every 1 or 2 weeks from a first collection on that weekday, and
 * changes that say why. The same schema checks imported CSV files.
 */
export const binRoundRules: PublishRule = {
  populate: ['services', 'exceptions'],
  check(draft) {
    const result = binRoundSchema.safeParse(binRoundFromCms(draft));
    return result.success ? [] : describeIssues(result.error);
  },
};
