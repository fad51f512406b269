import type { StrapiApp } from '@strapi/strapi/admin';

/**
 * The case view's custom fields (cms/src/cases registers them on the server): the
 * answers and the timeline of a submission, read as people read them, not as JSON.
 */
export function registerCaseFields(app: StrapiApp): void {
  app.customFields.register([
    {
      name: 'case-answers',
      type: 'json',
      intlLabel: { id: 'doorstep.case-answers.label', defaultMessage: 'Case answers' },
      intlDescription: {
        id: 'doorstep.case-answers.description',
        defaultMessage: 'A submission’s answers as a summary list',
      },
      components: { Input: () => import('./CaseAnswers') },
    },
    {
      name: 'case-timeline',
      type: 'json',
      intlLabel: { id: 'doorstep.case-timeline.label', defaultMessage: 'Case timeline' },
      intlDescription: {
        id: 'doorstep.case-timeline.description',
        defaultMessage: 'A submission’s timeline as a list',
      },
      components: { Input: () => import('./CaseTimeline') },
    },
  ]);
}
