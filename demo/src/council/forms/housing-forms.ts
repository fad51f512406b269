import type { FormDefinitionInput } from '@doorstep/domain';
import {
  aboutYouPage,
  contactPage,
  declarationPage,
  documentField,
  exitPage,
  phoneContactPage,
  photoField,
  questionPage,
  yesNo,
} from './form-parts.js';

/**
 * Housing: the housing options team, housing@bramblewick.example, 01632 960 140, and
 * 01632 960 999 out of hours. Housing cases are kept for 6 years.
 */

export const homelessnessAdvice: FormDefinitionInput = {
  slug: 'homelessness-advice',
  title: 'Ask for help if you are homeless or might lose your home',
  introduction:
    'Use this form if you are homeless, or might lose your home in the next 8 weeks. A housing officer will call you within 1 working day. If you have nowhere to sleep tonight, call us on 01632 960 140 instead, or 01632 960 999 outside office hours.',
  checkAnswers: true,
  confirmation:
    'A housing officer will call you within 1 working day. Keep any letters from your landlord or mortgage lender: the officer will ask about them. If you find you have nowhere to sleep tonight, call 01632 960 140, or 01632 960 999 outside office hours.',
  expectedResponse: { amount: 1, unit: 'working-days' },
  retentionDays: 2190,
  pages: [
    questionPage(
      'danger',
      yesNo('danger', 'Are you or anyone you live with in danger now?', 'whether anyone is in danger now'),
    ),
    exitPage(
      'call-999',
      'Call 999 now',
      'If you are in danger, call 999. When you are safe, call the housing options team on 01632 960 140, or 01632 960 999 outside office hours. We can find you somewhere safe to stay.',
      [{ field: 'danger', equals: 'yes' }],
    ),
    questionPage(
      'tonight',
      yesNo(
        'somewhere-tonight',
        'Do you have somewhere safe to sleep tonight?',
        'whether you have somewhere safe to sleep tonight',
      ),
    ),
    exitPage(
      'nowhere-tonight',
      'Call us now',
      'Do not use this form if you have nowhere to sleep tonight. Call the housing options team on 01632 960 140, Monday to Friday, 9am to 5pm. At other times, call 01632 960 999. We will help you find somewhere to stay tonight.',
      [{ field: 'somewhere-tonight', equals: 'no' }],
    ),
    {
      kind: 'questions',
      id: 'situation',
      title: 'What is happening',
      fields: [
        {
          kind: 'radios',
          name: 'situation',
          label: 'Why might you lose your home?',
          errorName: 'why you might lose your home',
          options: [
            { value: 'notice', label: 'My landlord has given me notice or told me to leave' },
            { value: 'arrears', label: 'I have fallen behind with my rent or mortgage' },
            { value: 'family', label: 'Family or friends have asked me to leave' },
            { value: 'abuse', label: 'I need to leave because of violence or abuse' },
            { value: 'homeless', label: 'I have already lost my home' },
            { value: 'other', label: 'Something else' },
          ],
        },
        {
          kind: 'long-text',
          name: 'details',
          label: 'Tell us more about what is happening',
          hint: 'Include anything that would help us help you, like a health condition or a date you have been asked to leave by',
          optional: true,
          errorName: 'more about what is happening',
          maxLength: 3000,
        },
      ],
    },
    {
      kind: 'questions',
      id: 'notice',
      title: 'Your notice',
      showIf: [{ field: 'situation', equals: 'notice' }],
      fields: [
        {
          kind: 'date',
          name: 'notice-ends',
          label: 'When does your notice end?',
          hint: 'This is the date your landlord has asked you to leave by. For example, 30 6 2026.',
          optional: true,
          errorName: 'the date your notice ends',
        },
        documentField(
          'notice-copy',
          'Upload a copy of the notice',
          'A photo of it is fine. It helps us check if the notice is valid.',
          { optional: true, errorName: 'a copy of the notice' },
        ),
      ],
    },
    {
      kind: 'questions',
      id: 'household',
      title: 'Your household',
      fields: [
        {
          kind: 'number',
          name: 'adults',
          label: 'How many adults are in your household, including you?',
          min: 1,
          max: 20,
          errorName: 'the number of adults',
        },
        {
          kind: 'number',
          name: 'children',
          label: 'How many children under 18 are in your household?',
          hint: 'Include children who live with you some of the time',
          min: 0,
          max: 20,
          errorName: 'the number of children',
        },
        yesNo('pregnant', 'Is anyone in your household pregnant?', 'whether anyone in your household is pregnant'),
        yesNo(
          'health-needs',
          'Does anyone in your household have a disability, a health condition or support needs?',
          'whether anyone has a disability or health condition',
        ),
      ],
    },
    questionPage('where-now', {
      kind: 'uk-address',
      name: 'address',
      label: 'Where are you living now?',
      hint: 'Leave this blank if you do not have an address at the moment',
      optional: true,
      errorName: 'where you are living now',
    }),
    phoneContactPage('A housing officer will call you on this number'),
  ],
};

export const applyToJoinTheHousingRegister: FormDefinitionInput = {
  slug: 'apply-to-join-the-housing-register',
  title: 'Apply to join the housing register',
  introduction:
    'Apply for a council or housing association home in Bramblewick. There are far more people waiting than homes, and most people wait more than 2 years. If you might lose your home soon, ask for homelessness advice as well.',
  checkAnswers: true,
  confirmation:
    'We will check your application and may ask for more evidence. We will tell you our decision, and which band you are in, within 20 working days. When you are in a band, you can bid for homes each week.',
  expectedResponse: { amount: 20, unit: 'working-days' },
  retentionDays: 2190,
  pages: [
    questionPage('connection', {
      kind: 'radios',
      name: 'connection',
      label: 'What is your connection to Bramblewick?',
      hint: 'If more than one applies, choose the first',
      errorName: 'your connection to Bramblewick',
      options: [
        { value: 'lived', label: 'I have lived in the borough for the last 2 years' },
        { value: 'work', label: 'I work in the borough' },
        { value: 'family', label: 'A close relative has lived in the borough for the last 5 years' },
        { value: 'armed-forces', label: 'I am serving, or have served, in the armed forces' },
        { value: 'escaping-abuse', label: 'I need to move here to escape violence or abuse' },
        { value: 'none', label: 'None of these' },
      ],
    }),
    exitPage(
      'no-connection',
      'You cannot join Bramblewick’s housing register',
      'You need a connection to Bramblewick to join our register. Apply to the council for an area you have a connection with. If you are homeless or might lose your home, call the housing options team on 01632 960 140: we can help you wherever you are from.',
      [{ field: 'connection', equals: 'none' }],
    ),
    aboutYouPage(),
    {
      kind: 'questions',
      id: 'current-home',
      title: 'Where you live now',
      fields: [
        { kind: 'uk-address', name: 'address', label: 'Your address', errorName: 'your address' },
        {
          kind: 'date',
          name: 'moved-in',
          label: 'When did you move there?',
          hint: 'For example, 27 3 2022',
          latest: 'today',
          errorName: 'the date you moved there',
        },
        {
          kind: 'radios',
          name: 'tenure',
          label: 'What kind of home is it?',
          errorName: 'what kind of home it is',
          options: [
            { value: 'social-rent', label: 'I rent it from the council or a housing association' },
            { value: 'private-rent', label: 'I rent it from a private landlord' },
            { value: 'own', label: 'I own it' },
            { value: 'family', label: 'I live with family or friends' },
            { value: 'temporary', label: 'It is temporary housing, a hostel or a refuge' },
          ],
        },
        {
          kind: 'long-text',
          name: 'previous-addresses',
          label: 'Where else have you lived in the last 5 years?',
          hint: 'Give each address and the dates you lived there',
          optional: true,
          errorName: 'where else you have lived',
          maxLength: 2000,
        },
      ],
    },
    questionPage('household', {
      kind: 'long-text',
      name: 'household',
      label: 'Who will live with you?',
      hint: 'For each person, give their name, date of birth and how they are related to you. Leave this blank if you will live alone.',
      optional: true,
      errorName: 'who will live with you',
      maxLength: 2000,
    }),
    {
      kind: 'questions',
      id: 'reasons',
      title: 'Why you need to move',
      fields: [
        {
          kind: 'checkboxes',
          name: 'reasons',
          label: 'Why do you need to move?',
          hint: 'Select all that apply',
          errorName: 'why you need to move',
          options: [
            { value: 'overcrowded', label: 'My home is too small for my household' },
            { value: 'health', label: 'My home is making a health condition or disability worse' },
            { value: 'cost', label: 'I cannot afford my home' },
            { value: 'homeless', label: 'I am homeless, or might lose my home' },
            { value: 'abuse', label: 'I need to move because of violence, abuse or harassment' },
            { value: 'care', label: 'I need to move to give or receive care' },
            { value: 'other', label: 'Another reason' },
          ],
        },
        {
          kind: 'long-text',
          name: 'reason-details',
          label: 'Tell us more about why you need to move',
          errorName: 'more about why you need to move',
          maxLength: 3000,
        },
      ],
    },
    {
      kind: 'questions',
      id: 'health',
      title: 'Your health',
      showIf: [{ field: 'reasons', equals: 'health' }],
      fields: [
        {
          kind: 'long-text',
          name: 'health-details',
          label: 'How is your home affecting your health, or the health of someone you live with?',
          hint: 'For example, stairs you cannot manage, or damp that makes asthma worse',
          errorName: 'how your home is affecting your health',
          maxLength: 3000,
        },
        documentField(
          'health-evidence',
          'Upload a letter from a doctor, nurse or occupational therapist',
          'If you have one. We may ask for more.',
          { optional: true, errorName: 'a letter about your health' },
        ),
      ],
    },
    questionPage(
      'evidence',
      documentField(
        'identity-evidence',
        'Upload proof of your identity',
        'For example, a passport, driving licence or birth certificate. If you cannot upload it now, we will ask for it later.',
        { optional: true, errorName: 'proof of your identity' },
      ),
    ),
    contactPage(),
    declarationPage(
      'I confirm the information I have given is true and complete, and I will tell you about any changes',
      'It is a crime to give false information to get a council or housing association home.',
    ),
  ],
};

export const reportAProblemWithARentedHome: FormDefinitionInput = {
  slug: 'report-a-problem-with-a-rented-home',
  title: 'Report a problem with a privately rented home',
  introduction:
    'Tell us about damp, mould or unsafe conditions in a home you rent from a private landlord, if your landlord has not fixed them. We can make your landlord carry out repairs.',
  checkAnswers: true,
  confirmation:
    'An officer will contact you within 10 working days, or within 1 working day if there is a serious risk to health. They may arrange to inspect your home. If your landlord tells you to leave after you complain, call the housing options team on 01632 960 140.',
  expectedResponse: { amount: 10, unit: 'working-days' },
  retentionDays: 2190,
  pages: [
    questionPage(
      'danger',
      yesNo(
        'danger',
        'Is anyone in danger now, for example from a gas leak, bare wires or a collapsed ceiling?',
        'whether anyone is in danger now',
      ),
    ),
    exitPage(
      'get-help-now',
      'Get help now',
      'If you can smell gas, leave the home and call the gas emergency number from outside. If anyone is hurt or in danger, call 999. Then call the housing team on 01632 960 140, or 01632 960 999 outside office hours.',
      [{ field: 'danger', equals: 'yes' }],
    ),
    questionPage('landlord-type', {
      kind: 'radios',
      name: 'landlord-type',
      label: 'Who is your landlord?',
      errorName: 'who your landlord is',
      options: [
        { value: 'private', label: 'A private landlord or letting agent' },
        { value: 'social', label: 'A housing association or the council' },
      ],
    }),
    exitPage(
      'social-landlord',
      'Report the problem to your landlord',
      'Housing associations and council landlords must fix repairs, damp and mould themselves. Report the problem to them in writing and keep a copy. If they do not fix it, use their complaints process, then contact the Housing Ombudsman.',
      [{ field: 'landlord-type', equals: 'social' }],
    ),
    questionPage(
      'told-landlord',
      yesNo(
        'told-landlord',
        'Have you told your landlord about the problem in writing?',
        'whether you have told your landlord in writing',
        'For example, by email, text message or letter',
      ),
    ),
    exitPage(
      'tell-landlord',
      'Tell your landlord first',
      'Write to your landlord or letting agent about the problem, keep a copy, and give them a fair chance to fix it. If they do not, come back to this form. If the problem is serious, call us on 01632 960 140.',
      [{ field: 'told-landlord', equals: 'no' }],
    ),
    questionPage('when-told', {
      kind: 'date',
      name: 'told-on',
      label: 'When did you first tell them?',
      hint: 'For example, 27 3 2026',
      latest: 'today',
      errorName: 'the date you first told them',
    }),
    {
      kind: 'questions',
      id: 'problems',
      title: 'The problems',
      fields: [
        {
          kind: 'checkboxes',
          name: 'problems',
          label: 'What are the problems?',
          hint: 'Select all that apply',
          errorName: 'what the problems are',
          options: [
            { value: 'damp', label: 'Damp or mould' },
            { value: 'heating', label: 'No heating or hot water' },
            { value: 'electrics', label: 'Unsafe electrics' },
            { value: 'gas', label: 'Gas appliances that are unsafe or have not been checked' },
            { value: 'structure', label: 'Unsafe stairs, floors, ceilings or windows' },
            { value: 'security', label: 'Doors or windows that do not lock' },
            { value: 'pests', label: 'Pests, like rats or mice' },
            { value: 'other', label: 'Something else' },
          ],
        },
        {
          kind: 'long-text',
          name: 'details',
          label: 'Describe the problems',
          hint: 'Say which rooms are affected, how long it has been happening, and how it affects your household',
          errorName: 'the problems',
          maxLength: 3000,
        },
        photoField('photo', 'Photo', 'A photo of the worst of the problem helps us judge how serious it is'),
      ],
    },
    questionPage(
      'risk',
      yesNo(
        'higher-risk',
        'Does anyone living there have a health condition the problem makes worse, or is anyone under 5 or over 65?',
        'whether anyone is at higher risk',
        'We act faster to protect them',
      ),
    ),
    {
      kind: 'questions',
      id: 'home',
      title: 'The home and your landlord',
      fields: [
        { kind: 'uk-address', name: 'address', label: 'Address of the rented home', errorName: 'the address' },
        {
          kind: 'long-text',
          name: 'landlord',
          label: 'Your landlord’s or letting agent’s name and contact details',
          hint: 'If you know them',
          optional: true,
          errorName: 'your landlord’s details',
          maxLength: 500,
        },
      ],
    },
    contactPage(),
  ],
};
