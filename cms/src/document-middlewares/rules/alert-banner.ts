import { linkProblem } from '@doorstep/domain';
import type { PublishRule } from '../publish-rules';

type Relation = Array<{ documentId: string }> | undefined;

/** A banner needs a sensible window, a complete link and, when targeted, a target. */
export const alertBannerRules: PublishRule = {
  populate: ['serviceAreas', 'servicePages'],
  check(draft) {
    const problems: string[] = [];
    const startsAt = typeof draft.startsAt === 'string' ? Date.parse(draft.startsAt) : NaN;
    const endsAt = typeof draft.endsAt === 'string' ? Date.parse(draft.endsAt) : undefined;
    if (Number.isNaN(startsAt)) problems.push('startsAt: Enter when the banner starts showing');
    if (endsAt !== undefined && !(endsAt > startsAt))
      problems.push('endsAt: The end time must be after the start time');
    if (Boolean(draft.linkUrl) !== Boolean(draft.linkText)) {
      problems.push('linkText: Give both a link address and link text, or neither');
    }
    const linkUrlProblem = typeof draft.linkUrl === 'string' && draft.linkUrl ? linkProblem(draft.linkUrl) : undefined;
    if (linkUrlProblem) problems.push(`linkUrl: ${linkUrlProblem}`);
    const targets = ((draft.serviceAreas as Relation) ?? []).length + ((draft.servicePages as Relation) ?? []).length;
    if (draft.scope === 'targeted' && targets === 0) {
      problems.push('scope: Choose at least one service area or service page for a targeted banner');
    }
    return problems;
  },
};
