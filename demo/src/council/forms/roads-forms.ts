import type { FormDefinitionInput } from '@doorstep/domain';
import { contactPage, exitPage, photoField, questionPage, reportAProblemForm, yesNo } from './form-parts.js';

/** Roads, streets and verges: the highways team, highways@bramblewick.example, 24 hours on 01632 960 180. */

export const reportAStreetLightFault = reportAProblemForm({
  slug: 'report-a-street-light-fault',
  title: 'Report a street light fault',
  introduction:
    'Tell us about a street light that is out, flickering, on during the day or damaged. If a light has been knocked down or has wires showing, call us on 01632 960 180 instead.',
  confirmation:
    'We will fix most faults within 5 working days. If the fault is in the power supply, the electricity company must repair it, which can take longer. We will email you if that happens.',
  expectedResponse: { amount: 5, unit: 'working-days' },
  what: {
    title: 'What is wrong with the street light?',
    fields: [
      {
        kind: 'radios',
        name: 'fault',
        label: 'What is wrong with the street light?',
        errorName: 'what is wrong with the street light',
        options: [
          { value: 'out', label: 'It is not working' },
          { value: 'flickering', label: 'It flickers or keeps switching on and off' },
          { value: 'day', label: 'It is on during the day' },
          { value: 'damaged', label: 'The post or lamp is damaged or leaning' },
          { value: 'other', label: 'Something else' },
        ],
      },
    ],
  },
  danger: {
    label: 'Has the light been knocked down, or can you see wires or a missing door on the post?',
    errorName: 'whether the light is dangerous',
    exitTitle: 'Call us now: the street light is dangerous',
    exitBody:
      'Do not use this form, and do not touch the light. Call the highways team on 01632 960 180. We answer 24 hours a day.',
  },
  where: {
    before: [
      {
        kind: 'short-text',
        name: 'light-number',
        label: 'Street light number',
        hint: 'It is on a sticker or plate on the post, for example BW1042. It helps us find the right light.',
        optional: true,
        errorName: 'the street light number',
        maxLength: 20,
      },
    ],
    descriptionHint: 'For example, outside number 24, or opposite the entrance to the park',
  },
  details: {
    label: 'Is there anything else we should know?',
    hint: 'For example, if other lights in the street are out too, or when you first noticed the fault',
    errorName: 'anything else we should know',
    photoHint: 'Only if the light or post is damaged',
  },
});

export const reportAPothole = reportAProblemForm({
  slug: 'report-a-pothole',
  title: 'Report a pothole',
  introduction:
    'Report a pothole or damage to a road, pavement or cycle lane. If it is dangerous, call us on 01632 960 180 instead: we answer 24 hours a day. If a pothole has damaged your vehicle, keep photos and receipts, as you can make a claim.',
  confirmation:
    'We will inspect it within 5 working days. We fix the most serious potholes within 5 working days of inspecting them, and add others to our repair programme. We will email you to say what we will do.',
  expectedResponse: { amount: 5, unit: 'working-days' },
  what: {
    title: 'The problem',
    fields: [
      {
        kind: 'radios',
        name: 'problem',
        label: 'What do you want to report?',
        errorName: 'what you want to report',
        options: [
          { value: 'road', label: 'A pothole in the road' },
          { value: 'pavement', label: 'A pothole or damage on a pavement or footpath' },
          { value: 'cycle-lane', label: 'A pothole in a cycle lane' },
          { value: 'cover', label: 'A loose or broken drain or manhole cover' },
        ],
      },
      {
        kind: 'radios',
        name: 'size',
        label: 'Roughly how big is it?',
        errorName: 'roughly how big it is',
        options: [
          { value: 'small', label: 'Smaller than a dinner plate' },
          { value: 'medium', label: 'Between a dinner plate and a car tyre' },
          { value: 'large', label: 'Bigger than a car tyre' },
        ],
      },
    ],
  },
  danger: {
    label: 'Is it dangerous now?',
    hint: 'For example, it is deep enough to damage a car or make someone fall, or a cover is missing',
    errorName: 'whether it is dangerous now',
    exitTitle: 'Call us now about a dangerous pothole',
    exitBody:
      'Do not use this form. Call the highways team on 01632 960 180. We answer 24 hours a day and will make it safe within 2 hours.',
  },
  where: {
    descriptionHint:
      'For example, outside number 12, about 20 metres from the junction with Mill Lane, in the left lane',
  },
  details: {
    label: 'Is there anything else we should know?',
    hint: 'For example, how deep it is, or if it is getting bigger',
    errorName: 'anything else we should know',
    photoHint: 'A photo helps us judge how serious it is. Only take one when it is safe to stop.',
  },
});

export const applyForADroppedKerb: FormDefinitionInput = {
  slug: 'apply-for-a-dropped-kerb',
  title: 'Apply for a dropped kerb',
  introduction:
    'Apply for permission to lower the kerb outside your home so you can drive onto your property. It costs £120 to apply. We do not refund this if we refuse your application.',
  checkAnswers: true,
  confirmation:
    'We will email you a link to pay the £120 fee. When you have paid, an inspector will visit. We will tell you whether your application is approved within 6 weeks. If it is, we will send you a quote: only our approved contractors can build a dropped kerb.',
  expectedResponse: { amount: 6, unit: 'weeks' },
  retentionDays: 2190,
  pages: [
    questionPage('owner', yesNo('owner', 'Do you own the property?', 'whether you own the property')),
    questionPage(
      'landlord',
      yesNo(
        'landlord-agrees',
        'Has your landlord given you written permission for a dropped kerb?',
        'whether your landlord has given permission',
      ),
      [{ field: 'owner', equals: 'no' }],
    ),
    exitPage(
      'ask-landlord',
      'Ask your landlord for permission first',
      'You need your landlord’s written permission before you apply. Your landlord can also apply themselves.',
      [{ field: 'landlord-agrees', equals: 'no' }],
    ),
    questionPage(
      'space',
      yesNo(
        'deep-enough',
        'Is the space where you will park at least 4.8 metres deep?',
        'whether the space is at least 4.8 metres deep',
        'Measure from the front of your house, or any bay window, to the back of the pavement. 4.8 metres is about the length of a family car.',
      ),
    ),
    exitPage(
      'not-deep-enough',
      'Your parking space is not deep enough',
      'A car must be able to park without sticking out over the pavement, so we can only approve a dropped kerb for a space at least 4.8 metres deep. Call the highways team on 01632 960 180 if you are not sure how to measure.',
      [{ field: 'deep-enough', equals: 'no' }],
    ),
    questionPage(
      'main-road',
      yesNo(
        'needs-planning',
        'Is your home a flat, or on an A or B road?',
        'whether your home is a flat or on an A or B road',
        'The road number is on road signs and maps, for example A1068 or B6341',
      ),
    ),
    questionPage(
      'planning',
      yesNo(
        'has-planning',
        'Do you have planning permission for the dropped kerb?',
        'whether you have planning permission',
      ),
      [{ field: 'needs-planning', equals: 'yes' }],
    ),
    exitPage(
      'get-planning',
      'Get planning permission first',
      'Because your home is a flat or on an A or B road, you need planning permission before we can approve a dropped kerb. Apply to the planning team, then come back to this form with your reference number.',
      [{ field: 'has-planning', equals: 'no' }],
    ),
    questionPage(
      'planning-reference',
      {
        kind: 'short-text',
        name: 'planning-reference',
        label: 'Planning permission reference number',
        hint: 'It is on your decision letter, for example 26/01234/FUL',
        errorName: 'your planning permission reference number',
        maxLength: 30,
      },
      [{ field: 'has-planning', equals: 'yes' }],
    ),
    {
      kind: 'questions',
      id: 'property',
      title: 'The property',
      fields: [
        { kind: 'uk-address', name: 'address', label: 'Address of the property', errorName: 'the address' },
        {
          kind: 'long-text',
          name: 'obstacles',
          label: 'Is there anything on the pavement or verge where the kerb would be lowered?',
          hint: 'For example, a tree, a lamp post, a drain cover or a bus stop',
          optional: true,
          errorName: 'what is on the pavement or verge',
          maxLength: 500,
        },
      ],
    },
    {
      kind: 'questions',
      id: 'photos',
      title: 'Photos of the front of your property',
      fields: [
        {
          ...photoField(
            'photo-front',
            'Photo of the front of your property',
            'Show the pavement, the kerb and where you will park',
            'a photo of the front of your property',
          ),
          optional: false,
        },
        photoField('photo-more', 'Another photo', 'For example, from a different angle'),
      ],
    },
    contactPage(),
  ],
};
