import type { FormDefinitionInput } from '@doorstep/domain';

/** Bramblewick's web forms: each replaces an email address or a phone call. */

export const contactPage = (id = 'your-details'): FormDefinitionInput['pages'][number] => ({
  kind: 'questions',
  id,
  title: 'Your details',
  fields: [
    { kind: 'short-text', name: 'full-name', label: 'Full name', errorName: 'your full name' },
    {
      kind: 'email',
      name: 'email',
      label: 'Email address',
      hint: 'We will send your reference number here',
      errorName: 'your email address',
    },
    { kind: 'uk-phone', name: 'phone', label: 'Phone number', optional: true, errorName: 'your phone number' },
  ],
});

export const reportAMissedBin: FormDefinitionInput = {
  slug: 'report-a-missed-bin',
  title: 'Report a missed bin',
  introduction: 'Tell us if your bin was not emptied on your collection day. Report it by 5pm on the next working day.',
  checkAnswers: true,
  confirmation: 'We will collect your bin within 2 working days. Leave it out until we have emptied it.',
  expectedResponse: { amount: 2, unit: 'working-days' },
  retentionDays: 365,
  pages: [
    {
      kind: 'questions',
      id: 'bin',
      title: 'Which bin was missed?',
      fields: [
        {
          kind: 'radios',
          name: 'bin',
          label: 'Which bin was missed?',
          errorName: 'which bin was missed',
          options: [
            { value: 'rubbish', label: 'Rubbish (black bin)' },
            { value: 'recycling', label: 'Recycling (blue bin)' },
            { value: 'garden', label: 'Garden waste (brown bin)' },
            { value: 'food', label: 'Food waste caddy' },
          ],
        },
        {
          kind: 'yes-no',
          name: 'out-by-7am',
          label: 'Was your bin out by 7am on your collection day?',
          errorName: 'whether your bin was out by 7am',
        },
      ],
    },
    {
      kind: 'exit',
      id: 'not-out-in-time',
      title: 'We cannot collect bins that were not out by 7am',
      body: 'Put your bin out by 7am on your next collection day. Check your collection day at /services/check-your-bin-collection-day/.',
      showIf: [{ field: 'out-by-7am', equals: 'no' }],
    },
    {
      kind: 'questions',
      id: 'address',
      title: 'Where is the bin?',
      fields: [
        { kind: 'uk-address', name: 'address', label: 'Address where the bin was missed', errorName: 'the address' },
      ],
    },
    contactPage(),
  ],
};

export const reportAVergeProblem: FormDefinitionInput = {
  slug: 'report-a-verge-problem',
  title: 'Report a problem with a grass verge',
  introduction: 'Tell us about overgrown grass, damage or litter on a council verge.',
  checkAnswers: true,
  confirmation: 'The highways team will look at the verge and tell you what they will do.',
  expectedResponse: { amount: 5, unit: 'working-days' },
  retentionDays: 365,
  pages: [
    {
      kind: 'questions',
      id: 'problem',
      title: 'The problem',
      fields: [
        { kind: 'hidden', name: 'verge-reference', label: 'Verge reference', optional: true },
        {
          kind: 'radios',
          name: 'problem',
          label: 'What is the problem?',
          errorName: 'the problem',
          options: [
            { value: 'overgrown', label: 'Grass is overgrown or blocking a view' },
            { value: 'damaged', label: 'Verge is damaged, for example by vehicles' },
            { value: 'litter', label: 'Litter or dumped rubbish' },
            { value: 'other', label: 'Something else' },
          ],
        },
        {
          kind: 'yes-no',
          name: 'dangerous',
          label: 'Is it dangerous to road users now?',
          errorName: 'whether it is dangerous',
        },
      ],
    },
    {
      kind: 'exit',
      id: 'dangerous',
      title: 'Call us now about dangerous problems',
      body: 'Do not use this form. Call the highways team on 01632 960 180, 24 hours a day.',
      showIf: [{ field: 'dangerous', equals: 'yes' }],
    },
    {
      kind: 'questions',
      id: 'where',
      title: 'Where is it?',
      fields: [
        { kind: 'short-text', name: 'street', label: 'Street name', errorName: 'the street name' },
        { kind: 'uk-postcode', name: 'postcode', label: 'Nearest postcode', optional: true, errorName: 'a postcode' },
        {
          kind: 'long-text',
          name: 'details',
          label: 'Describe the problem and where it is',
          errorName: 'a description',
          maxLength: 1200,
        },
        {
          kind: 'file',
          name: 'photo',
          label: 'Photo',
          optional: true,
          maxBytes: 10 * 1024 * 1024,
          accept: ['image/jpeg', 'image/png'],
        },
      ],
    },
    contactPage(),
  ],
};

export const freedomOfInformationRequest: FormDefinitionInput = {
  slug: 'freedom-of-information-request',
  title: 'Make a freedom of information request',
  introduction: 'Ask for information the council holds. Check our open data first: it may already be published.',
  checkAnswers: true,
  confirmation: 'We will send the information, or explain why we cannot, within 20 working days.',
  expectedResponse: { amount: 20, unit: 'working-days' },
  retentionDays: 1095,
  pages: [
    {
      kind: 'questions',
      id: 'request',
      title: 'Your request',
      fields: [
        {
          kind: 'long-text',
          name: 'request',
          label: 'What information do you want?',
          hint: 'Be as specific as you can, including dates',
          errorName: 'the information you want',
          maxLength: 5000,
        },
        {
          kind: 'radios',
          name: 'format',
          label: 'How would you like the information?',
          errorName: 'how you would like the information',
          options: [
            { value: 'email', label: 'By email' },
            { value: 'post', label: 'By post' },
          ],
        },
      ],
    },
    contactPage(),
    {
      kind: 'questions',
      id: 'postal-address',
      title: 'Postal address',
      showIf: [{ field: 'format', equals: 'post' }],
      fields: [{ kind: 'uk-address', name: 'address', label: 'Postal address', errorName: 'your address' }],
    },
  ],
};

export const makeAComplaint: FormDefinitionInput = {
  slug: 'make-a-complaint',
  title: 'Make a complaint',
  introduction:
    'Tell us what went wrong and what you would like us to do. Complaints about social care have their own process.',
  checkAnswers: true,
  confirmation: 'A complaints officer will look into it and reply within 10 working days.',
  expectedResponse: { amount: 10, unit: 'working-days' },
  retentionDays: 2190,
  pages: [
    {
      kind: 'questions',
      id: 'about',
      title: 'Your complaint',
      fields: [
        {
          kind: 'yes-no',
          name: 'social-care',
          label: 'Is your complaint about adult or children’s social care?',
          errorName: 'whether it is about social care',
        },
      ],
    },
    {
      kind: 'exit',
      id: 'social-care',
      title: 'Complain about social care instead',
      body: 'Social care complaints follow a different law. Use the page Complain about social care, or call 01632 960 165.',
      showIf: [{ field: 'social-care', equals: 'yes' }],
    },
    {
      kind: 'questions',
      id: 'details',
      title: 'What happened',
      fields: [
        {
          kind: 'date',
          name: 'when',
          label: 'When did it happen?',
          hint: 'For example, 27 3 2026',
          latest: 'today',
          errorName: 'when it happened',
        },
        {
          kind: 'long-text',
          name: 'what-happened',
          label: 'What happened?',
          errorName: 'what happened',
          maxLength: 5000,
        },
        {
          kind: 'long-text',
          name: 'outcome',
          label: 'What would you like us to do?',
          errorName: 'what you would like us to do',
          maxLength: 2000,
        },
      ],
    },
    contactPage(),
  ],
};

export const blueBadgeEnquiry: FormDefinitionInput = {
  slug: 'blue-badge-enquiry',
  title: 'Ask about a Blue Badge',
  introduction: 'Ask about an application, a renewal or a lost, stolen or damaged badge.',
  checkAnswers: true,
  confirmation: 'The Blue Badge team will reply within 5 working days.',
  expectedResponse: { amount: 5, unit: 'working-days' },
  retentionDays: 730,
  pages: [
    {
      kind: 'questions',
      id: 'enquiry',
      title: 'Your enquiry',
      fields: [
        {
          kind: 'select',
          name: 'topic',
          label: 'What is your enquiry about?',
          errorName: 'what your enquiry is about',
          options: [
            { value: 'application', label: 'An application I have made' },
            { value: 'renewal', label: 'Renewing a badge' },
            { value: 'lost', label: 'A lost, stolen or damaged badge' },
            { value: 'eligibility', label: 'Whether I can get a badge' },
          ],
        },
        {
          kind: 'short-text',
          name: 'badge-number',
          label: 'Badge or application number (if you have one)',
          optional: true,
          errorName: 'the badge number',
          maxLength: 30,
        },
        { kind: 'long-text', name: 'question', label: 'Your question', errorName: 'your question', maxLength: 2000 },
      ],
    },
    contactPage(),
  ],
};

export const councilTaxDirectDebit: FormDefinitionInput = {
  slug: 'council-tax-direct-debit',
  title: 'Change your council tax Direct Debit',
  introduction: 'Change the date you pay or how many instalments you pay in. To change your bank account, call us.',
  checkAnswers: true,
  confirmation: 'We will confirm your new payment schedule by letter within 10 working days.',
  expectedResponse: { amount: 10, unit: 'working-days' },
  retentionDays: 2190,
  pages: [
    {
      kind: 'questions',
      id: 'account',
      title: 'Your council tax account',
      fields: [
        {
          kind: 'short-text',
          name: 'account-number',
          label: 'Council tax account number',
          hint: 'It is 8 digits, on your bill',
          errorName: 'your account number',
          minLength: 8,
          maxLength: 8,
        },
        { kind: 'uk-postcode', name: 'postcode', label: 'Postcode of the property', errorName: 'the postcode' },
      ],
    },
    {
      kind: 'questions',
      id: 'change',
      title: 'What you want to change',
      fields: [
        {
          kind: 'checkboxes',
          name: 'changes',
          label: 'What do you want to change?',
          errorName: 'what you want to change',
          options: [
            { value: 'date', label: 'The date I pay' },
            { value: 'instalments', label: 'The number of instalments' },
          ],
        },
      ],
    },
    {
      kind: 'questions',
      id: 'date',
      title: 'Payment date',
      showIf: [{ field: 'changes', equals: 'date' }],
      fields: [
        {
          kind: 'number',
          name: 'day-of-month',
          label: 'Which day of the month?',
          min: 1,
          max: 28,
          errorName: 'the day of the month',
        },
      ],
    },
    {
      kind: 'questions',
      id: 'instalments',
      title: 'Instalments',
      showIf: [{ field: 'changes', equals: 'instalments' }],
      fields: [
        {
          kind: 'radios',
          name: 'instalments',
          label: 'How many instalments?',
          errorName: 'how many instalments',
          options: [
            { value: '10', label: '10 (April to January)' },
            { value: '12', label: '12 (April to March)' },
          ],
        },
      ],
    },
    contactPage(),
  ],
};
