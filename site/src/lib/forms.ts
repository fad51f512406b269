import { definitionFromCms, type CmsQuestion, type FormDefinition } from '@doorstep/domain';
import { FormDefinitionsDocument } from './graphql/__generated__/graphql';
import { CmsRequestError, fetchAll, NESTED_PAGE_SIZE } from './graphql/client';

/**
 * Published web forms, turned into the domain's definitions with the same code
 * the CMS ran when they were published. A form the site cannot run (a question
 * kind it does not know, a broken route) fails the build, naming the form and
 * the question, instead of going live broken.
 */
type RawForm = Awaited<ReturnType<typeof fetchRawForms>>[number];

function fetchRawForms() {
  return fetchAll(FormDefinitionsDocument, (result) => result.formDefinitions_connection!, NESTED_PAGE_SIZE);
}

/** GraphQL spells enum values with underscores (working_days); the domain uses hyphens. */
const unEnum = (value: unknown) => (typeof value === 'string' ? value.replace(/_/g, '-') : value);

function toDefinition(raw: RawForm): FormDefinition {
  const questions: CmsQuestion[] = (raw.questions ?? []).map((question, index) => {
    if (!question) throw new CmsRequestError(`Web form "${raw.slug}" cannot be rendered: questions[${index}] is empty`);
    if (question.__typename === 'Error') {
      throw new CmsRequestError(
        `Web form "${raw.slug}" cannot be rendered: questions[${index}] is a kind of question the site does not know (${question.message ?? question.code})`,
      );
    }
    const { __typename, ...attributes } = question;
    if ('exitTitle' in attributes) {
      const { exitTitle, ...rest } = attributes;
      return { component: __typename, title: exitTitle, ...rest };
    }
    return { component: __typename, ...attributes };
  });
  const { definition, problems } = definitionFromCms({
    slug: raw.slug,
    title: raw.title,
    introduction: raw.introduction,
    questions,
    checkAnswers: raw.checkAnswers,
    confirmation: raw.confirmation,
    expectedResponse: raw.expectedResponse && { ...raw.expectedResponse, unit: unEnum(raw.expectedResponse.unit) },
    retentionDays: raw.retentionDays,
    version: raw.version,
  });
  if (!definition) {
    throw new CmsRequestError(`Web form "${raw.slug}" cannot be rendered:\n- ${problems.join('\n- ')}`);
  }
  return definition;
}

export async function fetchForms(): Promise<FormDefinition[]> {
  return (await fetchRawForms()).map(toDefinition);
}
