import type { FormDefinitionInput } from '@doorstep/domain';
import {
  aboutYouPage,
  claimDeclaration,
  contactPage,
  documentField,
  exitPage,
  homeAddressPage,
  phoneContactPage,
  questionPage,
  rentPage,
  yesNo,
} from './form-parts.js';

/**
 * Extra help in hard times, from the benefits team (benefits@bramblewick.example):
 * Discretionary Housing Payments and the Bramblewick Support Fund. Kept for 6 years,
 * like every benefit claim.
 */

export const applyForADiscretionaryHousingPayment: FormDefinitionInput = {
  slug: 'apply-for-a-discretionary-housing-payment',
  title: 'Apply for a Discretionary Housing Payment',
  introduction:
    'A Discretionary Housing Payment is extra money towards your housing costs for a short time, if your Housing Benefit or Universal Credit does not cover your rent. If you have been told to leave your home, call the housing options team on 01632 960 140 as well: do not wait for our decision.',
  checkAnswers: true,
  confirmation:
    'We will tell you our decision within 10 working days. If we award a payment, we will tell you how much, how long it lasts, and whether we pay it to you or your landlord. If your landlord has told you to leave, the housing options team will contact you too.',
  expectedResponse: { amount: 10, unit: 'working-days' },
  retentionDays: 2190,
  pages: [
    questionPage('rent-help', {
      kind: 'radios',
      name: 'rent-help',
      label: 'Do you get help with your rent from either of these?',
      errorName: 'whether you get help with your rent',
      options: [
        { value: 'housing-benefit', label: 'Housing Benefit' },
        { value: 'universal-credit', label: 'Universal Credit that includes help with housing costs' },
        { value: 'neither', label: 'Neither' },
      ],
    }),
    exitPage(
      'no-rent-help',
      'You cannot get a Discretionary Housing Payment',
      'You must already get Housing Benefit or the housing part of Universal Credit. If you are struggling to pay your rent, claim Universal Credit on GOV.UK, or call the benefits team on 01632 960 130 for advice.',
      [{ field: 'rent-help', equals: 'neither' }],
    ),
    questionPage(
      'eviction',
      yesNo(
        'told-to-leave',
        'Has your landlord told you to leave, or started to evict you?',
        'whether your landlord has told you to leave',
        'If they have, we will ask the housing options team to contact you too',
      ),
    ),
    questionPage('help-with', {
      kind: 'radios',
      name: 'help-with',
      label: 'What do you need help with?',
      errorName: 'what you need help with',
      options: [
        { value: 'rent', label: 'Paying my rent' },
        { value: 'moving', label: 'A deposit or rent in advance, to move somewhere I can afford' },
      ],
    }),
    {
      kind: 'questions',
      id: 'shortfall',
      title: 'The rent your benefit does not cover',
      showIf: [{ field: 'help-with', equals: 'rent' }],
      fields: [
        {
          kind: 'number',
          name: 'shortfall',
          label: 'How much of your rent does your benefit not cover each month?',
          hint: 'In pounds. If you are not sure, give your best estimate.',
          min: 0,
          max: 5000,
          wholeNumber: false,
          errorName: 'the amount your benefit does not cover',
        },
        {
          kind: 'checkboxes',
          name: 'shortfall-reasons',
          label: 'Why does your benefit not cover your rent?',
          hint: 'Select all that apply',
          errorName: 'why your benefit does not cover your rent',
          options: [
            { value: 'spare-room', label: 'My benefit is reduced because I have a spare bedroom' },
            { value: 'benefit-cap', label: 'My benefits are reduced by the benefit cap' },
            { value: 'housing-allowance', label: 'My rent is higher than the Local Housing Allowance' },
            { value: 'deductions', label: 'Money is taken off my benefit to repay debts' },
            { value: 'other', label: 'Another reason' },
          ],
        },
      ],
    },
    {
      kind: 'questions',
      id: 'moving',
      title: 'Your move',
      showIf: [{ field: 'help-with', equals: 'moving' }],
      fields: [
        {
          kind: 'number',
          name: 'moving-cost',
          label: 'How much do you need for the deposit and rent in advance?',
          hint: 'In pounds',
          min: 0,
          max: 10_000,
          wholeNumber: false,
          errorName: 'the amount you need',
        },
        {
          kind: 'long-text',
          name: 'new-home',
          label: 'Tell us about the home you want to move to',
          hint: 'Include the address and rent, if you know them, and why it would suit you better',
          errorName: 'the home you want to move to',
          maxLength: 2000,
        },
      ],
    },
    aboutYouPage(),
    homeAddressPage(),
    rentPage(),
    questionPage('circumstances', {
      kind: 'long-text',
      name: 'circumstances',
      label: 'Tell us about your situation',
      hint: 'Include your essential spending, anything that makes it hard to move, like a disability or a child’s school, and what you are doing to improve things.',
      errorName: 'your situation',
      maxLength: 5000,
    }),
    questionPage(
      'evidence',
      documentField(
        'bank-statement',
        'Upload your most recent bank statement',
        'It helps us understand your income and spending. If you cannot upload it now, send your application anyway: we will tell you how to send it.',
        { optional: true, errorName: 'your bank statement' },
      ),
    ),
    contactPage(),
    claimDeclaration(),
  ],
};

export const applyForAnEmergencySupportGrant: FormDefinitionInput = {
  slug: 'apply-for-an-emergency-support-grant',
  title: 'Apply for an emergency support grant',
  introduction:
    'The Bramblewick Support Fund can pay for food, gas and electricity top-ups, or essential items like a cooker or bed, if you are in a crisis and have no other way to pay. You do not have to pay it back.',
  checkAnswers: true,
  confirmation:
    'We will call you within 2 working days. If we award a grant, we usually pay it as a supermarket voucher or an energy top-up, or order the item for you. If you run out of food before then, visit a food bank or community pantry: staff at any community hub can refer you.',
  expectedResponse: { amount: 2, unit: 'working-days' },
  retentionDays: 2190,
  pages: [
    questionPage(
      'today',
      yesNo(
        'nothing-today',
        'Do you have no food, or no gas or electricity, today?',
        'whether you have no food, gas or electricity today',
      ),
    ),
    exitPage(
      'help-today',
      'Get help today',
      'Do not wait for a decision. Call the benefits team on 01632 960 130, Monday to Friday, 9am to 5pm, so we can help today. At other times, call 01632 960 999. Staff at any community hub can also refer you to a food bank today.',
      [{ field: 'nothing-today', equals: 'yes' }],
    ),
    {
      kind: 'questions',
      id: 'can-you-apply',
      title: 'Who can apply',
      fields: [
        yesNo('lives-here', 'Do you live in Bramblewick borough?', 'whether you live in Bramblewick borough'),
        yesNo('over-16', 'Are you aged 16 or over?', 'whether you are aged 16 or over'),
      ],
    },
    exitPage(
      'not-in-bramblewick',
      'You cannot get a grant from Bramblewick',
      'The Bramblewick Support Fund is only for people who live in the borough. Contact the council for the area where you live: most have a similar fund.',
      [{ field: 'lives-here', equals: 'no' }],
    ),
    exitPage(
      'under-16',
      'Ask an adult you trust to help',
      'You must be 16 or over to apply. Tell a teacher or another adult you trust, or call the children’s advice and support service on 01632 960 220.',
      [{ field: 'over-16', equals: 'no' }],
    ),
    {
      kind: 'questions',
      id: 'need',
      title: 'What you need',
      fields: [
        {
          kind: 'checkboxes',
          name: 'need',
          label: 'What do you need help with?',
          hint: 'Select all that apply',
          errorName: 'what you need help with',
          options: [
            { value: 'food', label: 'Food' },
            { value: 'energy', label: 'A gas or electricity top-up' },
            { value: 'items', label: 'Essential items, like a cooker, fridge or bed' },
            { value: 'other', label: 'Something else' },
          ],
        },
        {
          kind: 'long-text',
          name: 'what-happened',
          label: 'What has happened?',
          hint: 'For example, a benefit payment is late, you have had a large bill you did not expect, or you have had to leave your home',
          errorName: 'what has happened',
          maxLength: 2000,
        },
      ],
    },
    questionPage(
      'meter',
      {
        kind: 'radios',
        name: 'meter',
        label: 'How do you pay for your gas and electricity?',
        errorName: 'how you pay for your gas and electricity',
        options: [
          { value: 'prepayment', label: 'I top up a prepayment meter with a key, card or app' },
          { value: 'bills', label: 'I get a bill after I use it' },
          { value: 'not-sure', label: 'I am not sure' },
        ],
      },
      [{ field: 'need', equals: 'energy' }],
    ),
    {
      kind: 'questions',
      id: 'money',
      title: 'Your money',
      fields: [
        {
          kind: 'radios',
          name: 'income',
          label: 'What is your main income?',
          errorName: 'your main income',
          options: [
            { value: 'universal-credit', label: 'Universal Credit' },
            {
              value: 'other-benefits',
              label: 'Other benefits, like Pension Credit or Employment and Support Allowance',
            },
            { value: 'work', label: 'Work' },
            { value: 'none', label: 'I have no income at the moment' },
          ],
        },
        yesNo(
          'savings',
          'Do you have savings or other money you could use?',
          'whether you have savings you could use',
          'Do not count money you need for rent or bills this month',
        ),
      ],
    },
    exitPage(
      'has-savings',
      'The fund is for people with no other way to pay',
      'We cannot give a grant if you have savings you could use. For free, confidential help with money, call Bramblewick Money Advice on 01632 960 310.',
      [{ field: 'savings', equals: 'yes' }],
    ),
    {
      kind: 'questions',
      id: 'household',
      title: 'Your household',
      fields: [
        {
          kind: 'number',
          name: 'adults',
          label: 'How many adults live with you?',
          hint: 'Do not count yourself',
          min: 0,
          max: 20,
          errorName: 'the number of adults',
        },
        {
          kind: 'number',
          name: 'children',
          label: 'How many children under 18 live with you?',
          min: 0,
          max: 20,
          errorName: 'the number of children',
        },
      ],
    },
    aboutYouPage({ niOptional: true }),
    homeAddressPage(),
    phoneContactPage('We will call you on this number within 2 working days'),
    claimDeclaration(),
  ],
};
