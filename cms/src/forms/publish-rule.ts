import { definitionFromCms, type CmsQuestion } from '@doorstep/domain';
import type { PublishRule } from '../content/publish-rules';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Every question's own settings, the options of choices and the conditions of pages. */
export const FORM_POPULATE = {
  questions: { populate: '*' },
  expectedResponse: true,
} as const;

/** The draft as the Document Service returns it: dynamic zone entries carry `__component`. */
export function cmsQuestions(draft: Record<string, unknown>): CmsQuestion[] {
  const questions = Array.isArray(draft.questions) ? (draft.questions as Array<Record<string, unknown>>) : [];
  return questions.map(({ __component, ...attributes }) => ({ ...attributes, component: String(__component) }));
}

/**
 * A form goes live only when the domain can turn it into a working definition:
 * unique names, routing to earlier questions that exist, a way to finish, options
 * for every choice. Each problem names the question by its place in the list.
 */
export const formDefinitionRules: PublishRule = {
  populate: FORM_POPULATE,
  check(draft) {
    return definitionFromCms({
      slug: text(draft.slug),
      title: text(draft.title),
      introduction: text(draft.introduction),
      questions: cmsQuestions(draft),
      checkAnswers: draft.checkAnswers !== false,
      confirmation: text(draft.confirmation),
      expectedResponse: draft.expectedResponse,
      retentionDays: Number(draft.retentionDays),
      version: 1,
    }).problems;
  },
};
