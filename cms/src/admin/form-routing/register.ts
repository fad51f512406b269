import type { StrapiApp } from '@strapi/strapi/admin';

/**
 * A web form's routing conditions, chosen from the form's own questions and their
 * answers (cms/src/forms registers the fields on the server): `global::form-question`
 * and `global::form-answer`, stored as the names and values they always were.
 */
export function registerRoutingFields(app: StrapiApp): void {
  app.customFields.register([
    {
      name: 'form-question',
      type: 'string',
      intlLabel: { id: 'doorstep.form-question.label', defaultMessage: 'Earlier question' },
      intlDescription: {
        id: 'doorstep.form-question.description',
        defaultMessage: 'One of the form’s earlier questions with a fixed list of answers',
      },
      components: { Input: () => import('./QuestionField') },
    },
    {
      name: 'form-answer',
      type: 'string',
      intlLabel: { id: 'doorstep.form-answer.label', defaultMessage: 'Answer' },
      intlDescription: {
        id: 'doorstep.form-answer.description',
        defaultMessage: 'One of the answers to the question chosen beside it',
      },
      components: { Input: () => import('./AnswerField') },
    },
  ]);
}
