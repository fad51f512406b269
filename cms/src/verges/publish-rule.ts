import { describeIssues, vergeFromCms, vergeSchema } from '@doorstep/domain';
import type { PublishRule } from '../content/publish-rules';

/**
 * A verge goes live only when the map and the schedule can be shown: valid WGS84
 * geometry inside Great Britain, real postcodes, and cuts that make sense (a skipped
 * cut says why, a done cut says when). The same schema checks imported files.
 */
export const vergeRules: PublishRule = {
  populate: ['cuts'],
  check(draft) {
    const result = vergeSchema.safeParse(vergeFromCms(draft));
    return result.success ? [] : describeIssues(result.error);
  },
};
