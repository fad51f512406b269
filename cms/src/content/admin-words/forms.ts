import { slug, updatedAt } from './shared';
import type { FieldWords, Wanted } from './types';

/**
 * Web forms and their questions in the council's words. The labels of a question's
 * settings are the words publish refusals use for them (SETTING_WORDS in
 * domain/src/forms/from-cms.ts): change both together.
 */
export const FORM_TYPES: Record<string, Wanted> = {
  'api::form-definition.form-definition': {
    fields: {
      title: { label: 'Title', description: 'The form’s heading, saying what it does, like “Report a missed bin”.' },
      slug: slug('after /forms/'),
      introduction: {
        label: 'Introduction',
        description: 'Shown before the first question: what residents need to hand, and how long it takes.',
      },
      questions: {
        label: 'Questions',
        description:
          'In the order residents answer them. “New page” starts a page; an exit page ends the form when its conditions hold.',
      },
      checkAnswers: {
        label: 'Check answers page',
        description: 'Residents see all their answers, and can change them, before they send the form.',
      },
      confirmation: {
        label: 'After sending',
        description: 'Shown with the reference number once the form is sent: what happens next.',
      },
      expectedResponse: { label: 'When we reply', description: 'Told to residents when they send the form.' },
      notificationEmail: {
        label: 'Team’s email address',
        description:
          'Each new request is emailed here, with its reference. Leave empty to work requests in the admin only.',
      },
      retentionDays: {
        label: 'Keep requests for (days)',
        description:
          'Requests and their files are deleted this many days after they are sent, as your retention schedule says.',
      },
      version: {
        label: 'Version',
        description:
          'Counted up each time the form is published. Each request records the version the resident answered.',
        editable: false,
      },
      servicePages: {
        label: 'Service pages',
        description: 'The pages that link to this form. Choose a page’s form on the page itself.',
        mainField: 'title',
      },
      updatedAt,
    },
    list: ['title', 'version', 'retentionDays', 'updatedAt'],
    settings: { mainField: 'title', defaultSortBy: 'title', defaultSortOrder: 'ASC' },
  },
};

const question: Record<'name' | 'label' | 'hint' | 'optional' | 'errorName', FieldWords> = {
  label: { label: 'Label', description: 'The question, as residents read it, like “What is your full name?”.' },
  name: {
    label: 'Name',
    description:
      'How the answer is stored and named in requests and emails: lower-case letters, digits and hyphens, like full-name. Unique in the form.',
  },
  hint: { label: 'Hint', description: 'Shown under the question: an example, or why you ask.' },
  optional: { label: 'Optional', description: 'Residents can leave it empty. The label says “(optional)”.' },
  errorName: {
    label: 'In error messages',
    description:
      'How error messages name the answer, like “your postcode” in “Enter your postcode”. Leave empty to use the label.',
  },
};

const showIf: FieldWords = {
  label: 'Show only if',
  description: 'Conditions on earlier answers; all of them must hold. Leave empty to show it to everyone.',
};
const pageId: FieldWords = {
  label: 'Page name',
  description: 'Names the page in the form’s address: lower-case letters, digits and hyphens, like your-details.',
};
const options: FieldWords = {
  label: 'Options',
  description: 'The answers residents choose from, in the order they see them.',
};
/** A question: the shared settings, then its own; a list of questions shows each by its label. */
const asked = (own: Record<string, FieldWords> = {}): Wanted => ({
  fields: { ...question, ...own },
  settings: { mainField: 'label' },
});

const minLength: FieldWords = { label: 'Fewest characters', description: 'Leave empty for no minimum.' };
const maxLength: FieldWords = { label: 'Most characters', description: 'Residents are told when they write more.' };

/** The questions and their parts, with the main field a repeatable entry is listed by. */
export const FORM_COMPONENTS: Record<string, Wanted> = {
  'form.page-break': {
    fields: {
      pageId,
      title: { label: 'Title', description: 'The page’s heading. Leave empty when its one question is the heading.' },
      showIf,
    },
    settings: { mainField: 'title' },
  },
  'form.exit-page': {
    fields: {
      pageId,
      title: { label: 'Title', description: 'The heading, like “You cannot apply online”.' },
      body: { label: 'Text', description: 'What residents should do instead: who to call, or where to go.' },
      showIf: { ...showIf, description: 'When the form ends here; all of them must hold.' },
    },
    settings: { mainField: 'title' },
  },
  'form.condition': {
    fields: {
      field: { label: 'Question', description: 'An earlier question with a fixed list of answers.' },
      equals: { label: 'Answer', description: 'The answer to that question that shows this page.' },
    },
    settings: { mainField: 'field' },
  },
  'form.option': {
    fields: {
      value: {
        label: 'Value',
        description: 'How the answer is stored and used in conditions: lower-case, like garden-waste.',
      },
      label: { label: 'Label', description: 'The answer, as residents read it, like “Garden waste”.' },
      hint: { label: 'Hint', description: 'Shown under the answer, if it needs explaining.' },
    },
    settings: { mainField: 'label' },
  },
  'form.short-text': asked({ minLength, maxLength }),
  'form.long-text': asked({ minLength, maxLength }),
  'form.email': asked(),
  'form.uk-phone': asked(),
  'form.uk-postcode': asked(),
  'form.uk-address': asked(),
  'form.yes-no': asked(),
  'form.date': asked({
    earliest: { label: 'Earliest date', description: '“today”, or a date like 2027-01-31. Leave empty for none.' },
    latest: { label: 'Latest date', description: '“today”, or a date like 2027-12-31. Leave empty for none.' },
  }),
  'form.number': asked({
    min: { label: 'Smallest', description: 'Leave empty for no lower limit.' },
    max: { label: 'Largest', description: 'Leave empty for no upper limit.' },
    wholeNumber: { label: 'Whole numbers only', description: 'Refuses answers like 2.5.' },
  }),
  'form.radios': asked({ options }),
  'form.select': asked({ options }),
  'form.checkboxes': asked({
    options,
    maxSelected: { label: 'Most choices', description: 'How many residents may tick. Leave empty for any number.' },
  }),
  'form.file-upload': asked({
    maxSizeMb: { label: 'Largest file (MB)', description: 'Up to 20 MB. Residents are told the limit.' },
    fileTypes: {
      label: 'Kinds of file',
      description: 'Separated by commas, like “image/jpeg, image/png, application/pdf” (photos and PDFs).',
    },
  }),
  'form.hidden': asked({
    label: { label: 'Label', description: 'What the value is, for caseworkers reading the request, like “Verge”.' },
    hint: { label: 'Hint', description: 'Not shown to residents: a note for other editors.' },
    optional: {
      label: 'Optional',
      description: 'The form can be sent without it, as when it is opened without one in its link.',
    },
    maxLength,
  }),
};
