import type { FormDefinitionInput } from '@doorstep/domain';
import {
  aboutYouPage,
  contactPage,
  declarationPage,
  documentField,
  exitPage,
  homeAddressPage,
  questionPage,
  yesNo,
  type QuestionPage,
} from './form-parts.js';

/**
 * Areas with one form each: free school meals (children and families), compliments
 * and suggestions (complaints and feedback) and subject access requests (your data).
 */

/** One child's details; up to 3 children, each page shown if the one before asked for another. */
function childPage(number: 1 | 2 | 3): QuestionPage {
  const ordinal = ['first', 'second', 'third'][number - 1]!;
  const another =
    number < 3
      ? [
          yesNo(
            `another-after-${number}`,
            'Do you want to apply for another child?',
            'whether you want to apply for another child',
          ),
        ]
      : [
          {
            kind: 'long-text' as const,
            name: 'more-children',
            label: 'Are you applying for any other children?',
            hint: 'Give each child’s name, date of birth and school',
            optional: true,
            errorName: 'your other children',
            maxLength: 1000,
          },
        ];
  return {
    kind: 'questions',
    id: `child-${number}`,
    title: number === 1 ? 'Your child' : `Your ${ordinal} child`,
    showIf: number === 1 ? [] : [{ field: `another-after-${number - 1}`, equals: 'yes' }],
    fields: [
      { kind: 'short-text', name: `child-${number}-name`, label: 'Child’s full name', errorName: 'the child’s name' },
      {
        kind: 'date',
        name: `child-${number}-dob`,
        label: 'Child’s date of birth',
        hint: 'For example, 27 3 2016',
        latest: 'today',
        errorName: 'the child’s date of birth',
      },
      {
        kind: 'short-text',
        name: `child-${number}-school`,
        label: 'Name of their school',
        hint: 'For example, Kestrel Vale Primary School',
        errorName: 'the name of their school',
        maxLength: 200,
      },
      ...another,
    ],
  };
}

export const applyForFreeSchoolMeals: FormDefinitionInput = {
  slug: 'apply-for-free-school-meals',
  title: 'Apply for free school meals',
  introduction:
    'All children in reception, year 1 and year 2 get free school meals without applying. Apply if your child is older and you get certain benefits, like Universal Credit. You only need to apply once, even if your child changes school.',
  checkAnswers: true,
  confirmation:
    'We will check your benefits, usually straight away. We will tell you and your child’s school whether your child can get free school meals within 5 working days. You do not need to apply again while you get a qualifying benefit.',
  expectedResponse: { amount: 5, unit: 'working-days' },
  retentionDays: 2190,
  pages: [
    questionPage('benefit', {
      kind: 'radios',
      name: 'benefit',
      label: 'Do you get any of these?',
      hint: 'If you get more than one, choose any of them',
      errorName: 'which benefit you get',
      options: [
        { value: 'universal-credit', label: 'Universal Credit' },
        { value: 'income-support', label: 'Income Support' },
        { value: 'jsa', label: 'Income-based Jobseeker’s Allowance' },
        { value: 'esa', label: 'Income-related Employment and Support Allowance' },
        { value: 'pension-credit', label: 'The guarantee credit part of Pension Credit' },
        { value: 'asylum-support', label: 'Support from the Home Office as an asylum seeker' },
        { value: 'none', label: 'None of these' },
      ],
    }),
    exitPage(
      'no-benefit',
      'You cannot get free school meals for an older child',
      'Children in reception, year 1 and year 2 get free meals without applying. Older children can only get them if you get one of these benefits. If that changes, apply then. If you are struggling to feed your family, staff at any family hub can help.',
      [{ field: 'benefit', equals: 'none' }],
    ),
    contactPage(),
    aboutYouPage(),
    homeAddressPage(),
    childPage(1),
    childPage(2),
    childPage(3),
    declarationPage(
      'I confirm the information I have given is true, and I agree you can check my benefits with the Department for Work and Pensions and the Home Office',
    ),
  ],
};

export const giveUsAComplimentOrSuggestion: FormDefinitionInput = {
  slug: 'give-us-a-compliment-or-suggestion',
  title: 'Give us a compliment or suggestion',
  introduction:
    'Tell us when a member of staff or a service did well, or how we could do things better. To tell us something has gone wrong, make a complaint instead.',
  checkAnswers: true,
  confirmation:
    'Thank you. We will pass your comments on to the person or team they are about. If you asked for a reply, we will reply within 10 working days.',
  expectedResponse: { amount: 10, unit: 'working-days' },
  retentionDays: 365,
  pages: [
    {
      kind: 'questions',
      id: 'comments',
      title: 'Your comments',
      fields: [
        {
          kind: 'radios',
          name: 'type',
          label: 'What would you like to give us?',
          errorName: 'whether it is a compliment or a suggestion',
          options: [
            { value: 'compliment', label: 'A compliment' },
            { value: 'suggestion', label: 'A suggestion' },
          ],
        },
        {
          kind: 'select',
          name: 'service',
          label: 'Which service is it about?',
          errorName: 'which service it is about',
          options: [
            { value: 'waste-and-recycling', label: 'Bins, recycling and waste' },
            { value: 'council-tax', label: 'Council tax' },
            { value: 'benefits-and-financial-help', label: 'Benefits and financial help' },
            { value: 'housing', label: 'Housing' },
            { value: 'licensing', label: 'Licensing' },
            { value: 'adult-social-care', label: 'Adult social care' },
            { value: 'children-and-families', label: 'Children and families' },
            { value: 'roads-and-verges', label: 'Roads, streets and verges' },
            { value: 'parking-and-blue-badges', label: 'Parking and Blue Badges' },
            { value: 'community-hubs', label: 'Libraries and community hubs' },
            { value: 'website', label: 'This website' },
            { value: 'other', label: 'Something else' },
          ],
        },
        {
          kind: 'short-text',
          name: 'who',
          label: 'Which person or team is it about?',
          optional: true,
          errorName: 'which person or team it is about',
          maxLength: 200,
        },
        {
          kind: 'long-text',
          name: 'comments',
          label: 'What would you like to tell us?',
          errorName: 'what you would like to tell us',
          maxLength: 3000,
        },
      ],
    },
    questionPage('reply', yesNo('wants-reply', 'Would you like a reply?', 'whether you would like a reply')),
    { ...contactPage(), showIf: [{ field: 'wants-reply', equals: 'yes' }] },
  ],
};

export const askForYourPersonalData: FormDefinitionInput = {
  slug: 'ask-for-your-personal-data',
  title: 'Ask for a copy of your personal data',
  introduction:
    'Ask for a copy of the personal information the council holds about you. This is called a subject access request. It is free. We need proof of your identity before we send anything.',
  checkAnswers: true,
  confirmation:
    'We will check your identity and reply within one month. If your request is complex, we will tell you within that month if we need up to 2 more months. We will send your data securely, and may remove information about other people.',
  expectedResponse: { amount: 30, unit: 'calendar-days' },
  retentionDays: 1095,
  pages: [
    questionPage('who', {
      kind: 'radios',
      name: 'who',
      label: 'Who is the information about?',
      errorName: 'who the information is about',
      options: [
        { value: 'me', label: 'Me' },
        {
          value: 'someone-else',
          label: 'Someone else',
          hint: 'You need their written permission, or the legal right to act for them',
        },
      ],
    }),
    {
      kind: 'questions',
      id: 'someone-else',
      title: 'The person the information is about',
      showIf: [{ field: 'who', equals: 'someone-else' }],
      fields: [
        { kind: 'short-text', name: 'subject-name', label: 'Their full name', errorName: 'their full name' },
        {
          kind: 'date',
          name: 'subject-dob',
          label: 'Their date of birth',
          hint: 'For example, 27 3 1980',
          latest: 'today',
          errorName: 'their date of birth',
        },
        documentField(
          'authority',
          'Upload their written permission, or proof that you can act for them',
          'For example, a letter they have signed, or a lasting power of attorney',
          { errorName: 'their written permission or proof that you can act for them' },
        ),
      ],
    },
    {
      kind: 'questions',
      id: 'identity',
      title: 'Proof of identity',
      fields: [
        documentField(
          'identity',
          'Upload proof of your identity',
          'A photo or scan of your passport or driving licence',
          { errorName: 'proof of your identity' },
        ),
        { kind: 'uk-address', name: 'address', label: 'Your address', errorName: 'your address' },
        {
          kind: 'long-text',
          name: 'other-names',
          label: 'Other names or addresses we may have used for you',
          hint: 'For example, a previous surname, or an earlier address in Bramblewick',
          optional: true,
          errorName: 'other names or addresses',
          maxLength: 1000,
        },
      ],
    },
    {
      kind: 'questions',
      id: 'what',
      title: 'What you want',
      fields: [
        {
          kind: 'checkboxes',
          name: 'services',
          label: 'Which of our services have you used?',
          hint: 'This helps us search the right records. Select all that apply.',
          errorName: 'which services you have used',
          options: [
            { value: 'council-tax-and-benefits', label: 'Council tax or benefits' },
            { value: 'housing', label: 'Housing' },
            { value: 'adult-social-care', label: 'Adult social care' },
            { value: 'children', label: 'Children’s services or schools' },
            { value: 'parking', label: 'Parking or Blue Badges' },
            { value: 'licensing', label: 'Licensing' },
            { value: 'complaints', label: 'Complaints' },
            { value: 'other', label: 'Something else, or I am not sure' },
          ],
        },
        {
          kind: 'long-text',
          name: 'specific',
          label: 'Is there specific information you want?',
          hint: 'For example, ‘emails about my housing application from January to March 2026’. Being specific helps us reply sooner.',
          optional: true,
          errorName: 'the information you want',
          maxLength: 3000,
        },
      ],
    },
    contactPage(),
  ],
};
