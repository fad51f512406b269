import type { FormDefinitionInput } from '@doorstep/domain';

/**
 * A test fixture that is also a real form: every field kind, routing that shows a
 * page only for some answers, and an exit page. Unit, integration and browser tests
 * all drive this one definition.
 */
export const everyFieldTypeForm: FormDefinitionInput = {
  slug: 'every-field-type',
  title: 'Every field type (test form)',
  introduction: 'A form that uses every kind of question, for testing. Nothing you send is acted on.',
  checkAnswers: true,
  confirmation: 'We have your answers. Nothing else happens: this is a test form.',
  expectedResponse: { amount: 5, unit: 'working-days' },
  retentionDays: 30,
  pages: [
    {
      kind: 'questions',
      id: 'about-you',
      title: 'About you',
      fields: [
        { kind: 'short-text', name: 'full-name', label: 'Full name', errorName: 'your full name', maxLength: 100 },
        { kind: 'email', name: 'email', label: 'Email address', errorName: 'your email address' },
        { kind: 'uk-phone', name: 'phone', label: 'Phone number', optional: true, errorName: 'your phone number' },
        {
          kind: 'date',
          name: 'date-of-birth',
          label: 'Date of birth',
          hint: 'For example, 27 3 1980',
          latest: 'today',
          errorName: 'your date of birth',
        },
      ],
    },
    {
      kind: 'questions',
      id: 'where',
      title: 'Where',
      fields: [
        { kind: 'uk-postcode', name: 'postcode', label: 'Postcode', errorName: 'a postcode' },
        { kind: 'uk-address', name: 'address', label: 'Address', errorName: 'the address' },
        { kind: 'hidden', name: 'verge-reference', label: 'Verge reference', optional: true },
      ],
    },
    {
      kind: 'questions',
      id: 'problem',
      title: 'The problem',
      fields: [
        {
          kind: 'radios',
          name: 'problem-type',
          label: 'What is the problem?',
          errorName: 'the problem',
          options: [
            { value: 'overgrown', label: 'Grass is overgrown' },
            { value: 'litter', label: 'Litter' },
            { value: 'other', label: 'Something else' },
          ],
        },
        {
          kind: 'select',
          name: 'area',
          label: 'Area',
          errorName: 'an area',
          options: [
            { value: 'north', label: 'North' },
            { value: 'south', label: 'South' },
          ],
        },
        {
          kind: 'checkboxes',
          name: 'contact-by',
          label: 'How can we contact you?',
          errorName: 'how we can contact you',
          options: [
            { value: 'email', label: 'Email' },
            { value: 'phone', label: 'Phone' },
            { value: 'post', label: 'Post' },
          ],
        },
        {
          kind: 'number',
          name: 'how-many',
          label: 'How many times has this happened?',
          min: 1,
          max: 100,
          errorName: 'how many times',
        },
        { kind: 'yes-no', name: 'dangerous', label: 'Is it dangerous?', errorName: 'whether it is dangerous' },
      ],
    },
    {
      kind: 'exit',
      id: 'call-us',
      title: 'Call us now about dangerous problems',
      body: 'Do not use this form. Call 01632 960 999 now, at any time of day.',
      showIf: [{ field: 'dangerous', equals: 'yes' }],
    },
    {
      kind: 'questions',
      id: 'other-details',
      title: 'Tell us more',
      showIf: [{ field: 'problem-type', equals: 'other' }],
      fields: [
        {
          kind: 'long-text',
          name: 'details',
          label: 'Describe the problem',
          errorName: 'a description of the problem',
          maxLength: 1200,
        },
      ],
    },
    {
      kind: 'questions',
      id: 'photo',
      title: 'Photo',
      fields: [
        {
          kind: 'file',
          name: 'photo',
          label: 'Upload a photo',
          optional: true,
          maxBytes: 5 * 1024 * 1024,
          accept: ['image/jpeg', 'image/png'],
        },
      ],
    },
  ],
};
