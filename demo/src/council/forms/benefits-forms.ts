import type { FormDefinitionInput } from '@doorstep/domain';
import {
  aboutYouPage,
  claimDeclaration,
  contactPage,
  councilTaxAccountField,
  documentField,
  exitPage,
  householdPages,
  incomeEvidencePage,
  questionPage,
  rentPage,
  yesNo,
  type Field,
} from './form-parts.js';

/**
 * Benefits and financial help: claims to the benefits team, benefits@bramblewick.example.
 * Claims are kept for 6 years, for overpayments and audit. No claim waits for its
 * evidence: a claim counts from the day we get it. Hardship help is in hardship-forms.ts.
 */

const benefitsQuestion = (extra: Array<{ value: string; label: string }> = []): Field => ({
  kind: 'checkboxes',
  name: 'benefits',
  label: 'Which of these benefits do you or your partner get?',
  hint: 'Select all that apply',
  errorName: 'which benefits you get',
  options: [
    { value: 'universal-credit', label: 'Universal Credit' },
    ...extra,
    { value: 'esa', label: 'Employment and Support Allowance' },
    { value: 'jsa', label: 'Jobseeker’s Allowance' },
    { value: 'pip', label: 'Personal Independence Payment or Disability Living Allowance' },
    { value: 'carers', label: 'Carer’s Allowance' },
    { value: 'state-pension', label: 'State Pension' },
    { value: 'none', label: 'None of these' },
  ],
});

export const applyForCouncilTaxReduction: FormDefinitionInput = {
  slug: 'apply-for-council-tax-reduction',
  title: 'Apply for Council Tax Reduction',
  introduction:
    'Council Tax Reduction can lower your council tax bill by up to 100% if you are on a low income or get benefits. You can apply if you rent, own your home or live rent-free. You will need your National Insurance number. If you need help to apply, call 01632 960 130 or visit a community hub.',
  checkAnswers: true,
  confirmation:
    'We will decide your claim within 15 working days of getting all your evidence. If we need more, we will write to you: send it within one month so you do not lose any reduction. Keep paying your council tax until you get our decision and a new bill.',
  expectedResponse: { amount: 15, unit: 'working-days' },
  retentionDays: 2190,
  pages: [
    questionPage(
      'pension-credit',
      yesNo(
        'guarantee-credit',
        'Do you or your partner get the guarantee credit part of Pension Credit?',
        'whether you get Pension Credit guarantee credit',
        'It is on your Pension Credit award letter',
      ),
    ),
    questionPage(
      'savings',
      yesNo(
        'savings-over-limit',
        'Do you and your partner have more than £16,000 in savings and investments?',
        'whether you have more than £16,000 in savings',
        'Include money in bank accounts, shares, and property you do not live in',
      ),
      [{ field: 'guarantee-credit', equals: 'no' }],
    ),
    exitPage(
      'too-much-savings',
      'You cannot get Council Tax Reduction',
      'You cannot get Council Tax Reduction with more than £16,000 in savings, unless you get the guarantee credit part of Pension Credit. You may still get a discount, like the single person discount. If you are struggling to pay, call the council tax team on 01632 960 120 to agree a payment plan.',
      [{ field: 'savings-over-limit', equals: 'yes' }],
    ),
    aboutYouPage(),
    {
      kind: 'questions',
      id: 'home',
      title: 'Your home',
      fields: [
        { kind: 'uk-address', name: 'address', label: 'Your address', errorName: 'your address' },
        councilTaxAccountField(true),
        {
          kind: 'radios',
          name: 'tenure',
          label: 'Do you rent or own your home?',
          errorName: 'whether you rent or own your home',
          options: [
            { value: 'social-rent', label: 'I rent from the council or a housing association' },
            { value: 'private-rent', label: 'I rent from a private landlord' },
            { value: 'own', label: 'I own it, or pay a mortgage' },
            { value: 'rent-free', label: 'I live rent-free, for example with family' },
          ],
        },
      ],
    },
    ...householdPages(),
    {
      kind: 'questions',
      id: 'income',
      title: 'Your income',
      fields: [
        benefitsQuestion([{ value: 'pension-credit-savings', label: 'The savings credit part of Pension Credit' }]),
        yesNo('working', 'Do you or your partner work?', 'whether you or your partner work', 'Include self-employment'),
      ],
    },
    questionPage(
      'earnings',
      {
        kind: 'number',
        name: 'earnings',
        label: 'How much do you and your partner earn each month, after tax?',
        hint: 'In pounds. If it changes, give the average of the last 3 months.',
        min: 0,
        max: 100_000,
        wholeNumber: false,
        errorName: 'your monthly earnings',
      },
      [{ field: 'working', equals: 'yes' }],
    ),
    incomeEvidencePage(),
    contactPage(),
    claimDeclaration(),
  ],
};

export const applyForHousingBenefit: FormDefinitionInput = {
  slug: 'apply-for-housing-benefit',
  title: 'Apply for Housing Benefit',
  introduction:
    'Housing Benefit helps you pay your rent. Most people of working age cannot make a new claim and should claim Universal Credit instead. You can apply if you have reached State Pension age, or live in supported or temporary housing.',
  checkAnswers: true,
  confirmation:
    'We will decide your claim within 15 working days of getting all your evidence. If we need more, we will write to you: send it within one month so your claim still counts from today. If you asked, we will decide your Council Tax Reduction at the same time.',
  expectedResponse: { amount: 15, unit: 'working-days' },
  retentionDays: 2190,
  pages: [
    questionPage('can-you-claim', {
      kind: 'radios',
      name: 'situation',
      label: 'Which of these applies to you?',
      errorName: 'which of these applies to you',
      options: [
        {
          value: 'pension-age',
          label: 'I have reached State Pension age',
          hint: 'If you live with a partner, they must have reached it too',
        },
        { value: 'supported', label: 'I live in supported housing, like a hostel or refuge' },
        { value: 'temporary', label: 'I live in temporary housing arranged by the council' },
        { value: 'none', label: 'None of these' },
      ],
    }),
    exitPage(
      'universal-credit',
      'Claim Universal Credit instead',
      'You cannot make a new claim for Housing Benefit. Claim Universal Credit on GOV.UK: it includes help with your rent. If you need help to claim, call the benefits team on 01632 960 130 or visit the Civic Centre help point.',
      [{ field: 'situation', equals: 'none' }],
    ),
    aboutYouPage(),
    {
      kind: 'questions',
      id: 'home',
      title: 'Your home',
      fields: [
        { kind: 'uk-address', name: 'address', label: 'Your address', errorName: 'your address' },
        {
          kind: 'date',
          name: 'moved-in',
          label: 'When did you move in?',
          hint: 'For example, 27 3 2026',
          latest: 'today',
          errorName: 'the date you moved in',
        },
      ],
    },
    rentPage(),
    ...householdPages(),
    {
      kind: 'questions',
      id: 'income',
      title: 'Your income and savings',
      fields: [
        benefitsQuestion([{ value: 'pension-credit', label: 'Pension Credit' }]),
        {
          kind: 'number',
          name: 'savings',
          label: 'How much do you and your partner have in savings and investments?',
          hint: 'In pounds. Include money in bank accounts and shares. Enter 0 if you have none.',
          min: 0,
          wholeNumber: false,
          errorName: 'your savings',
        },
      ],
    },
    {
      kind: 'questions',
      id: 'evidence',
      title: 'Evidence',
      fields: [
        documentField(
          'income-evidence',
          'Upload proof of your income',
          'For example, your State Pension or Pension Credit letter, or your last 2 payslips',
          { optional: true, errorName: 'proof of your income' },
        ),
        documentField(
          'rent-evidence',
          'Upload proof of your rent',
          'For example, your tenancy agreement or a letter from your landlord. If you cannot upload evidence now, send your claim anyway: we will write to tell you how to send it.',
          { optional: true, errorName: 'proof of your rent' },
        ),
      ],
    },
    questionPage(
      'council-tax-reduction',
      yesNo(
        'also-council-tax-reduction',
        'Do you want to apply for Council Tax Reduction as well?',
        'whether you want to apply for Council Tax Reduction',
        'We can use your answers to this form for both',
      ),
    ),
    contactPage(),
    claimDeclaration(),
  ],
};

export const reportAChangeOfCircumstances: FormDefinitionInput = {
  slug: 'report-a-change-of-circumstances',
  title: 'Tell us about a change in your circumstances',
  introduction:
    'Tell us about changes to your income, household or address if you get Council Tax Reduction or Housing Benefit. Tell us within one month of the change: if you tell us late, you may have to pay money back. If you get Universal Credit, tell the Department for Work and Pensions as well.',
  checkAnswers: true,
  confirmation:
    'We will work out what you are entitled to and write to you within 10 working days. If we need evidence, we will tell you what to send. If you are moving home, we will tell the council tax team for you.',
  expectedResponse: { amount: 10, unit: 'working-days' },
  retentionDays: 2190,
  pages: [
    {
      kind: 'questions',
      id: 'your-claim',
      title: 'Your claim',
      fields: [
        {
          kind: 'checkboxes',
          name: 'claims',
          label: 'What do you get from us?',
          hint: 'Select all that apply',
          errorName: 'what you get from us',
          options: [
            { value: 'council-tax-reduction', label: 'Council Tax Reduction' },
            { value: 'housing-benefit', label: 'Housing Benefit' },
          ],
        },
        {
          kind: 'short-text',
          name: 'ni-number',
          label: 'National Insurance number',
          hint: 'It is on your National Insurance card, benefit letter, payslip or P60. For example, QQ 12 34 56 C.',
          errorName: 'your National Insurance number',
          minLength: 9,
          maxLength: 13,
        },
      ],
    },
    {
      kind: 'questions',
      id: 'change',
      title: 'The change',
      fields: [
        {
          kind: 'checkboxes',
          name: 'changes',
          label: 'What has changed?',
          hint: 'Select all that apply',
          errorName: 'what has changed',
          options: [
            { value: 'income', label: 'Your income or working hours, or your partner’s' },
            { value: 'benefits', label: 'Benefits you or your partner get have started, stopped or changed' },
            { value: 'household', label: 'Someone has moved in or out' },
            { value: 'address', label: 'You are moving home' },
            { value: 'rent', label: 'Your rent has changed' },
            { value: 'savings', label: 'Your savings have gone above £6,000' },
            { value: 'other', label: 'Something else' },
          ],
        },
        {
          kind: 'date',
          name: 'change-date',
          label: 'When did it change?',
          hint: 'If more than one thing changed, give the date of the first change. For example, 27 3 2026.',
          errorName: 'the date it changed',
        },
      ],
    },
    questionPage(
      'income',
      {
        kind: 'long-text',
        name: 'income-details',
        label: 'Tell us about the change to your income',
        hint: 'Say whose income changed and the new amount. For example, ‘I started a new job on 3 March, working 20 hours a week at £12.50 an hour’.',
        errorName: 'the change to your income',
        maxLength: 2000,
      },
      [{ field: 'changes', equals: 'income' }],
    ),
    questionPage(
      'benefits',
      {
        kind: 'long-text',
        name: 'benefit-details',
        label: 'Which benefits have started, stopped or changed?',
        hint: 'Give the new amount of each benefit, if you know it',
        errorName: 'which benefits have changed',
        maxLength: 2000,
      },
      [{ field: 'changes', equals: 'benefits' }],
    ),
    questionPage(
      'household',
      {
        kind: 'long-text',
        name: 'household-details',
        label: 'Who has moved in or out?',
        hint: 'For each person, give their name, date of birth and how they are related to you',
        errorName: 'who has moved in or out',
        maxLength: 2000,
      },
      [{ field: 'changes', equals: 'household' }],
    ),
    questionPage(
      'address',
      { kind: 'uk-address', name: 'new-address', label: 'Your new address', errorName: 'your new address' },
      [{ field: 'changes', equals: 'address' }],
    ),
    {
      kind: 'questions',
      id: 'rent',
      title: 'Your new rent',
      showIf: [{ field: 'changes', equals: 'rent' }],
      fields: rentPage().fields.filter((field) => field.name !== 'landlord'),
    },
    questionPage(
      'savings',
      {
        kind: 'number',
        name: 'savings',
        label: 'How much do you and your partner have in savings and investments now?',
        hint: 'In pounds',
        min: 0,
        wholeNumber: false,
        errorName: 'your savings',
      },
      [{ field: 'changes', equals: 'savings' }],
    ),
    questionPage(
      'other',
      {
        kind: 'long-text',
        name: 'other-details',
        label: 'Tell us what has changed',
        errorName: 'what has changed',
        maxLength: 2000,
      },
      [{ field: 'changes', equals: 'other' }],
    ),
    questionPage(
      'evidence',
      documentField(
        'evidence',
        'Upload evidence of the change',
        'For example, a payslip, a new tenancy agreement or a benefit letter. If you do not have it yet, send this form anyway: we will tell you what we need.',
        { optional: true, errorName: 'evidence of the change' },
      ),
    ),
    contactPage(),
    claimDeclaration(),
  ],
};
