import type { FormDefinitionInput } from '@doorstep/domain';
import {
  contactPage,
  dateOfBirthField,
  declarationPage,
  documentField,
  exitPage,
  nationalInsuranceField,
  questionPage,
  yesNo,
} from './form-parts.js';

/**
 * Licensing: the licensing team, licensing@bramblewick.example, 01632 960 150.
 * Fees are paid through a link we email once we have checked the application.
 */

const licensingDeclaration = () =>
  declarationPage(
    'I confirm the information I have given is true and complete',
    'It is a crime to knowingly or recklessly make a false statement in a licensing application.',
  );

export const applyForAPremisesLicence: FormDefinitionInput = {
  slug: 'apply-for-a-premises-licence',
  title: 'Apply for a premises licence',
  introduction:
    'You need a premises licence to sell alcohol, serve hot food or drink between 11pm and 5am, or put on regulated entertainment. The fee depends on the rateable value of your premises and starts at £100. If you are not sure what you need, call the licensing team on 01632 960 150 before you apply.',
  checkAnswers: true,
  confirmation:
    'We will check your application and email you a link to pay the fee. We will then tell you what to put in your notice, which you must display at the premises and publish in a local newspaper. People have 28 days to comment. We will decide your application within 8 weeks. If anyone objects, a licensing panel will hold a hearing first.',
  expectedResponse: { amount: 8, unit: 'weeks' },
  retentionDays: 2190,
  pages: [
    questionPage('applicant', {
      kind: 'radios',
      name: 'applicant',
      label: 'Who is applying?',
      errorName: 'who is applying',
      options: [
        { value: 'individual', label: 'An individual', hint: 'You must be 18 or over' },
        { value: 'company', label: 'A company or partnership' },
        { value: 'charity', label: 'A charity, club or community group' },
      ],
    }),
    {
      kind: 'questions',
      id: 'organisation',
      title: 'Your company or partnership',
      showIf: [{ field: 'applicant', equals: 'company' }],
      fields: [
        { kind: 'short-text', name: 'company-name', label: 'Company or partnership name', errorName: 'the name' },
        {
          kind: 'short-text',
          name: 'company-number',
          label: 'Companies House number',
          hint: 'It is 8 characters, for example 01234567',
          optional: true,
          errorName: 'the Companies House number',
          minLength: 8,
          maxLength: 8,
        },
      ],
    },
    questionPage('applicant-address', {
      kind: 'uk-address',
      name: 'applicant-address',
      label: 'Your address, or the registered address of your organisation',
      errorName: 'the address',
    }),
    {
      kind: 'questions',
      id: 'premises',
      title: 'The premises',
      fields: [
        {
          kind: 'short-text',
          name: 'premises-name',
          label: 'Name of the premises',
          hint: 'For example, The Fox and Hounds',
          errorName: 'the name of the premises',
          maxLength: 200,
        },
        { kind: 'uk-address', name: 'premises-address', label: 'Address of the premises', errorName: 'the address' },
        {
          kind: 'radios',
          name: 'rateable-value',
          label: 'What is the rateable value of the premises?',
          hint: 'It is on the business rates bill. It sets the fee.',
          errorName: 'the rateable value',
          options: [
            { value: 'band-a', label: 'No rateable value to £4,300', hint: 'Fee: £100' },
            { value: 'band-b', label: '£4,301 to £33,000', hint: 'Fee: £190' },
            { value: 'band-c', label: '£33,001 to £87,000', hint: 'Fee: £315' },
            { value: 'band-d', label: '£87,001 to £125,000', hint: 'Fee: £450' },
            { value: 'band-e', label: '£125,001 or more', hint: 'Fee: £635' },
          ],
        },
      ],
    },
    {
      kind: 'questions',
      id: 'activities',
      title: 'What you will do',
      fields: [
        {
          kind: 'checkboxes',
          name: 'activities',
          label: 'What do you want the licence for?',
          hint: 'Select all that apply',
          errorName: 'what you want the licence for',
          options: [
            { value: 'alcohol', label: 'Selling alcohol' },
            { value: 'late-night-food', label: 'Hot food or drink between 11pm and 5am' },
            { value: 'music', label: 'Live or recorded music' },
            { value: 'performances', label: 'Plays, films or dance performances' },
            { value: 'sport', label: 'Indoor sporting events' },
          ],
        },
        {
          kind: 'long-text',
          name: 'hours',
          label: 'When will you do each of these, and when will you be open?',
          hint: 'Give the days and times for each. For example, ‘Selling alcohol: Monday to Saturday, 10am to 11pm’.',
          errorName: 'when you will do each of these',
          maxLength: 3000,
        },
      ],
    },
    {
      kind: 'questions',
      id: 'alcohol',
      title: 'Selling alcohol',
      showIf: [{ field: 'activities', equals: 'alcohol' }],
      fields: [
        {
          kind: 'radios',
          name: 'alcohol-where',
          label: 'Where will people drink the alcohol you sell?',
          errorName: 'where people will drink the alcohol',
          options: [
            { value: 'on', label: 'On the premises, like a pub or restaurant' },
            { value: 'off', label: 'Off the premises, like a shop' },
            { value: 'both', label: 'Both' },
          ],
        },
        {
          kind: 'short-text',
          name: 'supervisor-name',
          label: 'Full name of the designated premises supervisor',
          hint: 'They must hold a personal licence. They will be the main contact for the police.',
          errorName: 'the supervisor’s name',
        },
        {
          kind: 'short-text',
          name: 'supervisor-licence',
          label: 'Their personal licence number',
          errorName: 'their personal licence number',
          maxLength: 30,
        },
      ],
    },
    questionPage('objectives', {
      kind: 'long-text',
      name: 'objectives',
      label: 'What will you do to prevent crime, keep people safe, prevent nuisance and protect children?',
      hint: 'For example, CCTV, door staff, a Challenge 25 policy, or keeping doors and windows shut when music is playing',
      errorName: 'what you will do',
      maxLength: 5000,
    }),
    questionPage(
      'plan',
      documentField(
        'plan',
        'Upload a plan of the premises',
        'Show the exits, fire safety equipment, bars, and where each activity will take place. A PDF is best.',
        { errorName: 'a plan of the premises' },
      ),
    ),
    contactPage(),
    licensingDeclaration(),
  ],
};

export const applyForATaxiDriverLicence: FormDefinitionInput = {
  slug: 'apply-for-a-taxi-or-private-hire-driver-licence',
  title: 'Apply for a taxi or private hire driver licence',
  introduction:
    'Start your application to drive a taxi or private hire vehicle in Bramblewick. The licence lasts 3 years and costs £240. After this form, we will book you in to have your documents checked and your photo taken, and send you the links you need for your checks and test.',
  checkAnswers: true,
  confirmation:
    'We will email you within 5 working days to book your appointment at the Civic Centre, with links to pay the £240 fee, apply for your enhanced DBS check and book the local knowledge and safeguarding test. You will need a medical report from your GP. We will decide your application within 8 weeks of getting all your checks back.',
  expectedResponse: { amount: 8, unit: 'weeks' },
  retentionDays: 2190,
  pages: [
    questionPage('licence-type', {
      kind: 'radios',
      name: 'licence-type',
      label: 'Which licence do you want?',
      errorName: 'which licence you want',
      options: [
        {
          value: 'hackney-carriage',
          label: 'Hackney carriage (taxi)',
          hint: 'You can pick up passengers in the street and at taxi ranks',
        },
        { value: 'private-hire', label: 'Private hire', hint: 'Passengers must book in advance' },
        { value: 'dual', label: 'Both' },
      ],
    }),
    {
      kind: 'questions',
      id: 'can-you-apply',
      title: 'Who can apply',
      fields: [
        yesNo(
          'licence-3-years',
          'Have you held a full driving licence for at least 3 years?',
          'whether you have held a full driving licence for 3 years',
        ),
        yesNo('right-to-work', 'Do you have the right to work in the UK?', 'whether you have the right to work'),
      ],
    },
    exitPage(
      'not-3-years',
      'You cannot apply yet',
      'You must have held a full driving licence for at least 3 years. You can apply when you have.',
      [{ field: 'licence-3-years', equals: 'no' }],
    ),
    exitPage(
      'no-right-to-work',
      'You need the right to work in the UK',
      'We can only license drivers who have the right to work in the UK. If you are not sure, check your right to work on GOV.UK.',
      [{ field: 'right-to-work', equals: 'no' }],
    ),
    {
      kind: 'questions',
      id: 'about-you',
      title: 'About you',
      fields: [
        dateOfBirthField(),
        nationalInsuranceField(),
        {
          kind: 'short-text',
          name: 'driving-licence-number',
          label: 'Driving licence number',
          hint: 'It is 16 characters, in section 5 of your photocard licence',
          errorName: 'your driving licence number',
          minLength: 16,
          maxLength: 16,
        },
        { kind: 'uk-address', name: 'address', label: 'Your home address', errorName: 'your home address' },
      ],
    },
    questionPage(
      'convictions',
      yesNo(
        'convictions',
        'Do you have any criminal convictions or cautions, or any driving offences in the last 5 years?',
        'whether you have any convictions, cautions or driving offences',
        'Include spent convictions and penalty points: the usual rules on spent convictions do not apply to taxi drivers',
      ),
    ),
    questionPage(
      'conviction-details',
      {
        kind: 'long-text',
        name: 'conviction-details',
        label: 'Tell us about your convictions, cautions and driving offences',
        hint: 'For each, give the date, the offence, and the sentence or penalty',
        errorName: 'your convictions, cautions and driving offences',
        maxLength: 3000,
      },
      [{ field: 'convictions', equals: 'yes' }],
    ),
    questionPage(
      'other-councils',
      yesNo(
        'licensed-elsewhere',
        'Has another council ever licensed you, or refused, suspended or revoked a licence, as a taxi or private hire driver?',
        'whether another council has licensed you or refused you a licence',
      ),
    ),
    questionPage(
      'other-council-details',
      {
        kind: 'long-text',
        name: 'other-council-details',
        label: 'Which council, and what happened?',
        hint: 'Give the dates, and the reasons if a licence was refused, suspended or revoked',
        errorName: 'which council and what happened',
        maxLength: 2000,
      },
      [{ field: 'licensed-elsewhere', equals: 'yes' }],
    ),
    contactPage(),
    licensingDeclaration(),
  ],
};

export const giveATemporaryEventNotice: FormDefinitionInput = {
  slug: 'give-a-temporary-event-notice',
  title: 'Give a temporary event notice',
  introduction:
    'Give a temporary event notice to sell alcohol, serve hot food or drink late at night, or put on entertainment at a one-off event for fewer than 500 people. It costs £21. Give notice at least 10 working days before the event, not counting today or the first day of the event.',
  checkAnswers: true,
  confirmation:
    'We will email you a link to pay the £21 fee, and send your notice to the police and environmental health, who can object. We will confirm your notice within 3 working days, once they have had time to object. If either objects to a late notice, the event cannot go ahead.',
  expectedResponse: { amount: 3, unit: 'working-days' },
  retentionDays: 2190,
  pages: [
    questionPage('notice', {
      kind: 'radios',
      name: 'notice',
      label: 'How many working days before the event are you giving notice?',
      hint: 'Do not count today, the first day of the event, weekends or bank holidays',
      errorName: 'how much notice you are giving',
      options: [
        { value: 'standard', label: '10 working days or more' },
        { value: 'late', label: '5 to 9 working days', hint: 'This is a late notice' },
        { value: 'too-late', label: 'Fewer than 5 working days' },
      ],
    }),
    exitPage(
      'too-late',
      'It is too late to give notice for this event',
      'You must give notice at least 5 working days before the event. Without a notice or a premises licence, you cannot sell alcohol, serve late night food or drink, or put on entertainment at it. Call the licensing team on 01632 960 150 for advice.',
      [{ field: 'notice', equals: 'too-late' }],
    ),
    {
      kind: 'questions',
      id: 'event',
      title: 'The event',
      fields: [
        {
          kind: 'date',
          name: 'start-date',
          label: 'When does the event start?',
          hint: 'For example, 12 6 2026',
          earliest: 'today',
          errorName: 'the date the event starts',
        },
        {
          kind: 'date',
          name: 'end-date',
          label: 'When does the event end?',
          hint: 'An event can last up to 7 days. For example, 14 6 2026.',
          earliest: 'today',
          errorName: 'the date the event ends',
        },
        {
          kind: 'number',
          name: 'most-people',
          label: 'What is the most people who will be there at any one time?',
          hint: 'Include staff and performers',
          min: 1,
          max: 499,
          errorName: 'the most people at any one time',
        },
      ],
    },
    {
      kind: 'questions',
      id: 'venue',
      title: 'Where it will be',
      fields: [
        {
          kind: 'short-text',
          name: 'venue-name',
          label: 'Name of the venue',
          hint: 'For example, Fenwick Green Village Hall',
          errorName: 'the name of the venue',
          maxLength: 200,
        },
        { kind: 'uk-address', name: 'venue-address', label: 'Address of the venue', errorName: 'the address' },
        {
          kind: 'long-text',
          name: 'venue-area',
          label: 'Which part of the venue will you use?',
          hint: 'For example, the main hall and the garden. Leave this blank if you will use all of it.',
          optional: true,
          errorName: 'which part of the venue you will use',
          maxLength: 500,
        },
      ],
    },
    {
      kind: 'questions',
      id: 'activities',
      title: 'What will happen',
      fields: [
        {
          kind: 'checkboxes',
          name: 'activities',
          label: 'What will happen at the event?',
          hint: 'Select all that apply',
          errorName: 'what will happen at the event',
          options: [
            { value: 'alcohol', label: 'Selling alcohol' },
            { value: 'entertainment', label: 'Live or recorded music, dance, plays or films' },
            { value: 'late-night-food', label: 'Hot food or drink between 11pm and 5am' },
          ],
        },
        {
          kind: 'long-text',
          name: 'times',
          label: 'At what times?',
          hint: 'Give the times for each day. For example, ‘Friday 12 June: bar open 6pm to 11pm, live music 8pm to 10:30pm’.',
          errorName: 'the times',
          maxLength: 2000,
        },
      ],
    },
    questionPage(
      'alcohol',
      {
        kind: 'radios',
        name: 'alcohol-where',
        label: 'Where will people drink the alcohol you sell?',
        errorName: 'where people will drink the alcohol',
        options: [
          { value: 'on', label: 'At the event' },
          { value: 'off', label: 'Away from the event, for example bottles to take home' },
          { value: 'both', label: 'Both' },
        ],
      },
      [{ field: 'activities', equals: 'alcohol' }],
    ),
    questionPage(
      'personal-licence',
      yesNo(
        'personal-licence',
        'Do you hold a personal licence?',
        'whether you hold a personal licence',
        'With one, you can give up to 50 notices a year. Without one, you can give up to 5.',
      ),
    ),
    {
      kind: 'questions',
      id: 'personal-licence-details',
      title: 'Your personal licence',
      showIf: [{ field: 'personal-licence', equals: 'yes' }],
      fields: [
        {
          kind: 'short-text',
          name: 'personal-licence-number',
          label: 'Personal licence number',
          errorName: 'your personal licence number',
          maxLength: 30,
        },
        {
          kind: 'short-text',
          name: 'issuing-council',
          label: 'Which council issued it?',
          errorName: 'which council issued it',
          maxLength: 100,
        },
      ],
    },
    {
      kind: 'questions',
      id: 'about-you',
      title: 'About you',
      fields: [
        { ...dateOfBirthField(), hint: 'You must be 18 or over to give a notice. For example, 27 3 1980.' },
        { kind: 'uk-address', name: 'address', label: 'Your home address', errorName: 'your home address' },
      ],
    },
    contactPage(),
    declarationPage(
      'I confirm the information I have given is true, and I am responsible for making sure the event follows this notice',
      'It is a crime to knowingly or recklessly make a false statement in a notice.',
    ),
  ],
};
