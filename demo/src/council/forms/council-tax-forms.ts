import type { FormDefinitionInput } from '@doorstep/domain';
import { contactPage, councilTaxAccountField, exitPage, questionPage, yesNo, type QuestionPage } from './form-parts.js';

/** Council tax: the council tax team, counciltax@bramblewick.example. Records are kept for 6 years. */

const accountPage = (): QuestionPage => ({
  kind: 'questions',
  id: 'account',
  title: 'Your council tax account',
  fields: [
    councilTaxAccountField(),
    { kind: 'uk-postcode', name: 'postcode', label: 'Postcode of the property', errorName: 'the postcode' },
  ],
});

export const applyForASinglePersonDiscount: FormDefinitionInput = {
  slug: 'apply-for-a-single-person-discount',
  title: 'Apply for a single person discount',
  introduction:
    'Get 25% off your council tax if you are the only adult aged 18 or over living in your home. Some adults are not counted, like full-time students and live-in carers.',
  checkAnswers: true,
  confirmation:
    'We will work out your discount and send you a new bill within 10 working days. Keep paying your instalments until then. You must tell us within 21 days if another adult moves in.',
  expectedResponse: { amount: 10, unit: 'working-days' },
  retentionDays: 2190,
  pages: [
    accountPage(),
    questionPage(
      'only-adult',
      yesNo(
        'only-adult',
        'Are you the only adult aged 18 or over living at the property?',
        'whether you are the only adult',
        'Do not count full-time students, live-in carers or anyone with a severe mental impairment',
      ),
    ),
    exitPage(
      'other-adults',
      'You cannot get a single person discount',
      'The discount is only for homes where one adult lives. If you are on a low income, you may be able to get Council Tax Reduction. If you are struggling to pay, call the council tax team on 01632 960 120.',
      [{ field: 'only-adult', equals: 'no' }],
    ),
    questionPage('since', {
      kind: 'date',
      name: 'living-alone-from',
      label: 'When did you start living alone?',
      hint: 'If you have always lived alone here, give the date you moved in. For example, 27 3 2026.',
      latest: 'today',
      errorName: 'the date you started living alone',
    }),
    questionPage(
      'anyone-else',
      yesNo(
        'anyone-else',
        'Does anyone else live with you?',
        'whether anyone else lives with you',
        'Include children, students and carers',
      ),
    ),
    questionPage(
      'who-else',
      {
        kind: 'long-text',
        name: 'who-else',
        label: 'Who else lives with you?',
        hint: 'For each person aged 17 or over, give their name and date of birth, and say if they are a full-time student or your carer. You do not need to tell us about younger children.',
        optional: true,
        errorName: 'who else lives with you',
        maxLength: 1000,
      },
      [{ field: 'anyone-else', equals: 'yes' }],
    ),
    contactPage(),
  ],
};

export const tellUsYouAreMovingHome: FormDefinitionInput = {
  slug: 'tell-us-you-are-moving-home',
  title: 'Tell us you are moving home',
  introduction:
    'Tell us when you move into, out of or within Bramblewick, so we can close your old council tax account and send you the right bill. Tell us at least 2 weeks before you move if you can.',
  checkAnswers: true,
  confirmation:
    'We will send you a final bill for your old home, and a new bill if you are staying in or moving to Bramblewick, within 10 working days. If you have paid too much, we will refund you. If you pay by Direct Debit, we will move it to your new account or cancel it.',
  expectedResponse: { amount: 10, unit: 'working-days' },
  retentionDays: 2190,
  pages: [
    {
      kind: 'questions',
      id: 'move',
      title: 'Your move',
      fields: [
        yesNo(
          'moving-out',
          'Are you moving out of a home in Bramblewick?',
          'whether you are moving out of a home in Bramblewick',
        ),
        yesNo(
          'moving-in',
          'Are you moving into a home in Bramblewick?',
          'whether you are moving into a home in Bramblewick',
        ),
      ],
    },
    exitPage(
      'not-bramblewick',
      'You do not need to tell us',
      'You only need to tell Bramblewick Borough Council if you are moving into, out of or within Bramblewick. Contact the council for the area you are moving to.',
      [
        { field: 'moving-out', equals: 'no' },
        { field: 'moving-in', equals: 'no' },
      ],
    ),
    {
      kind: 'questions',
      id: 'old-home',
      title: 'The home you are leaving',
      showIf: [{ field: 'moving-out', equals: 'yes' }],
      fields: [
        councilTaxAccountField(true),
        { kind: 'uk-address', name: 'old-address', label: 'Address you are leaving', errorName: 'the address' },
        {
          kind: 'date',
          name: 'move-out-date',
          label: 'When do you move out?',
          hint: 'This is the day you give back the keys or complete the sale. For example, 14 8 2026.',
          errorName: 'the date you move out',
        },
        {
          kind: 'long-text',
          name: 'next-occupier',
          label: 'Name and contact details of your landlord or the buyer',
          hint: 'If you know them. This helps us send the next bill to the right person.',
          optional: true,
          errorName: 'your landlord’s or buyer’s details',
          maxLength: 500,
        },
      ],
    },
    {
      kind: 'questions',
      id: 'new-home',
      title: 'Your new home in Bramblewick',
      showIf: [{ field: 'moving-in', equals: 'yes' }],
      fields: [
        { kind: 'uk-address', name: 'new-address', label: 'Address you are moving to', errorName: 'the address' },
        {
          kind: 'date',
          name: 'move-in-date',
          label: 'When do you move in?',
          hint: 'This is the day you get the keys. For example, 15 8 2026.',
          errorName: 'the date you move in',
        },
        {
          kind: 'radios',
          name: 'tenure',
          label: 'Will you rent or own your new home?',
          errorName: 'whether you will rent or own your new home',
          options: [
            { value: 'own', label: 'I will own it' },
            { value: 'private-rent', label: 'I will rent from a private landlord or letting agent' },
            { value: 'social-rent', label: 'I will rent from the council or a housing association' },
            { value: 'other', label: 'Something else, like living with family' },
          ],
        },
        {
          kind: 'number',
          name: 'adults',
          label: 'How many adults aged 18 or over will live there, including you?',
          hint: 'We use this to check if you can get a discount',
          min: 1,
          max: 20,
          errorName: 'the number of adults',
        },
      ],
    },
    {
      kind: 'questions',
      id: 'forwarding',
      title: 'Where to send your final bill',
      showIf: [{ field: 'moving-in', equals: 'no' }],
      fields: [
        {
          kind: 'uk-address',
          name: 'forwarding-address',
          label: 'Your new address',
          hint: 'We will send your final bill here',
          errorName: 'your new address',
        },
      ],
    },
    contactPage(),
  ],
};

export const councilTaxPaymentPlan: FormDefinitionInput = {
  slug: 'council-tax-payment-plan',
  title: 'Ask for a council tax payment plan',
  introduction:
    'Tell us if you are struggling to pay your council tax. We can spread your payments or agree a lower payment for a short time. The earlier you tell us, the more we can do.',
  checkAnswers: true,
  confirmation:
    'We will contact you within 5 working days to agree a payment plan. Keep paying what you can until then. We will also check if you can get Council Tax Reduction or a discount.',
  expectedResponse: { amount: 5, unit: 'working-days' },
  retentionDays: 2190,
  pages: [
    questionPage(
      'enforcement',
      yesNo(
        'enforcement-agent',
        'Have you had a letter from an enforcement agent (bailiff) about your council tax?',
        'whether you have had a letter from an enforcement agent',
      ),
    ),
    exitPage(
      'call-today',
      'Call us today',
      'Because your account is with an enforcement agent, we need to talk to you. Call the council tax team today on 01632 960 120, Monday to Friday, 9am to 5pm. Bramblewick Money Advice can also help, free, on 01632 960 310.',
      [{ field: 'enforcement-agent', equals: 'yes' }],
    ),
    accountPage(),
    {
      kind: 'questions',
      id: 'situation',
      title: 'Your situation',
      fields: [
        {
          kind: 'checkboxes',
          name: 'reasons',
          label: 'Why are you finding it hard to pay?',
          hint: 'Select all that apply',
          errorName: 'why you are finding it hard to pay',
          options: [
            { value: 'income', label: 'My income has gone down' },
            { value: 'job', label: 'I have lost my job' },
            { value: 'health', label: 'I am ill or disabled' },
            { value: 'household', label: 'Someone has moved in or out' },
            { value: 'debts', label: 'I have other debts' },
            { value: 'other', label: 'Something else' },
          ],
        },
        {
          kind: 'long-text',
          name: 'situation',
          label: 'Tell us more about your situation',
          hint: 'For example, when your income changed, or when you expect things to improve',
          optional: true,
          errorName: 'more about your situation',
          maxLength: 2000,
        },
      ],
    },
    questionPage('help', {
      kind: 'radios',
      name: 'help',
      label: 'What would help you most?',
      errorName: 'what would help you most',
      options: [
        { value: 'spread', label: 'Spread my payments over 12 months instead of 10' },
        { value: 'lower', label: 'Pay a lower amount for a short time' },
        { value: 'not-sure', label: 'I am not sure: I would like to talk it through' },
      ],
    }),
    questionPage(
      'amount',
      {
        kind: 'number',
        name: 'monthly-amount',
        label: 'How much could you pay each month?',
        hint: 'In pounds. Think about your other essential bills first, like rent, energy and food.',
        min: 0,
        max: 5000,
        errorName: 'the amount you could pay each month',
      },
      [{ field: 'help', equals: 'lower' }],
    ),
    questionPage(
      'reduction',
      yesNo(
        'council-tax-reduction',
        'Do you get Council Tax Reduction?',
        'whether you get Council Tax Reduction',
        'If you do not, we will check if you can',
      ),
    ),
    contactPage(),
  ],
};
