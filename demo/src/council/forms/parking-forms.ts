import type { FormDefinitionInput } from '@doorstep/domain';
import { contactPage, documentField, exitPage, photoField, questionPage, yesNo, type Field } from './form-parts.js';

/** Parking: the parking services team, parking@bramblewick.example, 01632 960 190. */

const registrationField = (): Field => ({
  kind: 'short-text',
  name: 'registration',
  label: 'Vehicle registration number',
  hint: 'For example, CU57 ABC',
  errorName: 'the vehicle registration number',
  minLength: 2,
  maxLength: 8,
});

export const applyForAResidentParkingPermit: FormDefinitionInput = {
  slug: 'apply-for-a-resident-parking-permit',
  title: 'Apply for a resident parking permit',
  introduction:
    'Apply for a digital permit to park in the resident parking zone where you live. A permit costs £60 a year for your first car. It is linked to your number plate, so there is nothing to display.',
  checkAnswers: true,
  confirmation:
    'We will check your application and email you a link to pay within 1 working day. Your permit will be active as soon as you have paid, and we will email you to confirm. Until then, use a visitor permit if you need to park in the zone.',
  expectedResponse: { amount: 1, unit: 'working-days' },
  retentionDays: 730,
  pages: [
    questionPage('zone', {
      kind: 'radios',
      name: 'zone',
      label: 'Which parking zone do you live in?',
      hint: 'The zone letter is on the signs at the entrance to your street',
      errorName: 'which parking zone you live in',
      options: [
        { value: 'a', label: 'Zone A: Bramblewick town centre' },
        { value: 'b', label: 'Zone B: streets around Bramblewick station' },
        { value: 'c', label: 'Zone C: Oakhurst' },
        { value: 'not-sure', label: 'I am not sure' },
        { value: 'none', label: 'My street is not in a parking zone' },
      ],
    }),
    exitPage(
      'no-zone',
      'You do not need a permit',
      'Permits are only for streets in a resident parking zone. To ask for a zone in your street, email parking@bramblewick.example.',
      [{ field: 'zone', equals: 'none' }],
    ),
    {
      kind: 'questions',
      id: 'address',
      title: 'Your address',
      fields: [
        { kind: 'uk-address', name: 'address', label: 'Your address in the zone', errorName: 'your address' },
        documentField(
          'proof-of-address',
          'Upload proof that you live at this address',
          'For example, your council tax bill, tenancy agreement, or a utility bill from the last 3 months',
          { errorName: 'proof of your address' },
        ),
      ],
    },
    {
      kind: 'questions',
      id: 'vehicle',
      title: 'Your vehicle',
      fields: [
        registrationField(),
        yesNo(
          'registered-here',
          'Is the vehicle registered to you at this address?',
          'whether the vehicle is registered to you at this address',
          'Check the name and address on the vehicle’s V5C logbook',
        ),
      ],
    },
    questionPage(
      'vehicle-proof',
      documentField(
        'vehicle-proof',
        'Upload proof that you keep this vehicle',
        'For a company or lease car, a letter from the company on headed paper. If you have just moved, your V5C and proof you have told DVLA your new address.',
        { errorName: 'proof that you keep this vehicle' },
      ),
      [{ field: 'registered-here', equals: 'no' }],
    ),
    contactPage(),
  ],
};

export const challengeAParkingFine: FormDefinitionInput = {
  slug: 'challenge-a-parking-fine',
  title: 'Challenge a parking fine',
  introduction:
    'Challenge a Penalty Charge Notice (PCN) if you think it is wrong. Do not pay it first: if you pay, you cannot challenge it. If you challenge within 14 days, we will keep the discounted amount while we look at it.',
  checkAnswers: true,
  confirmation:
    'We have put the fine on hold. We will reply to your challenge within 14 days, and keep the discounted amount while we look at it. If we reject your challenge, we will tell you how to appeal to an independent adjudicator. It is free to appeal.',
  expectedResponse: { amount: 14, unit: 'calendar-days' },
  retentionDays: 2190,
  pages: [
    {
      kind: 'questions',
      id: 'fine',
      title: 'Your fine',
      fields: [
        {
          kind: 'short-text',
          name: 'pcn-number',
          label: 'Penalty Charge Notice number',
          hint: 'It is 10 characters and starts with BW',
          errorName: 'the Penalty Charge Notice number',
          minLength: 10,
          maxLength: 10,
        },
        registrationField(),
        yesNo('paid', 'Have you already paid the fine?', 'whether you have already paid the fine'),
      ],
    },
    exitPage(
      'already-paid',
      'You cannot challenge a fine you have paid',
      'Paying a fine closes the case. If you paid by mistake, or think we have made a serious error, email parking@bramblewick.example with your PCN number.',
      [{ field: 'paid', equals: 'yes' }],
    ),
    questionPage('reason', {
      kind: 'radios',
      name: 'reason',
      label: 'Why do you think the fine is wrong?',
      errorName: 'why you think the fine is wrong',
      options: [
        { value: 'signs', label: 'The signs or road markings were missing or unclear' },
        { value: 'permit', label: 'I was displaying a valid permit, Blue Badge or ticket' },
        { value: 'loading', label: 'I was loading or unloading' },
        { value: 'breakdown', label: 'My vehicle had broken down' },
        { value: 'stolen', label: 'My vehicle had been stolen' },
        { value: 'not-keeper', label: 'I was not the owner or keeper of the vehicle at the time' },
        { value: 'other', label: 'Another reason' },
      ],
    }),
    questionPage(
      'crime-reference',
      {
        kind: 'short-text',
        name: 'crime-reference',
        label: 'Police crime reference number',
        hint: 'The police gave you this when you reported the theft',
        errorName: 'the crime reference number',
        maxLength: 30,
      },
      [{ field: 'reason', equals: 'stolen' }],
    ),
    {
      kind: 'questions',
      id: 'explain',
      title: 'Your challenge',
      fields: [
        {
          kind: 'long-text',
          name: 'explanation',
          label: 'Why should we cancel the fine?',
          hint: 'Include anything that helps, like when you arrived and left, or where you bought your ticket',
          errorName: 'why we should cancel the fine',
          maxLength: 5000,
        },
        documentField(
          'evidence',
          'Evidence',
          'For example, a photo of the signs, a receipt, or a copy of your permit',
          { optional: true, errorName: 'evidence' },
        ),
        photoField('more-evidence', 'More evidence', 'Another photo, if you have one', 'more evidence'),
      ],
    },
    questionPage('keeper', {
      kind: 'radios',
      name: 'role',
      label: 'Who are you?',
      errorName: 'who you are',
      options: [
        { value: 'keeper', label: 'The registered keeper of the vehicle' },
        { value: 'driver', label: 'The driver, but not the registered keeper' },
        { value: 'representative', label: 'Someone acting for the keeper, like a company or family member' },
      ],
    }),
    questionPage('postal-address', {
      kind: 'uk-address',
      name: 'address',
      label: 'Your postal address',
      hint: 'If we reject your challenge, we must post our decision and how to appeal',
      errorName: 'your postal address',
    }),
    contactPage(),
  ],
};
