import type { SeedServicePage } from '@doorstep/domain';
import { h2, link, p, ul } from '../blocks.js';
import { civicCentreHelpPoint, online, teams } from '../teams.js';
import { reviewIn } from '../review-dates.js';

const { parking } = teams;

export const parkingAndBlueBadgesPages: SeedServicePage[] = [
  {
    slug: 'apply-for-a-blue-badge',
    title: 'Apply for a Blue Badge',
    summary: 'Apply for a Blue Badge if a disability or health condition makes it hard to get around. It costs £10.',
    area: 'parking-and-blue-badges',
    level: 'level-1',
    taskType: 'action',
    isTopTask: true,
    expectedResponse: { amount: 12, unit: 'weeks', sentence: 'We will decide your application within 12 weeks.' },
    contactChannels: [
      online('Apply on GOV.UK', 'https://www.gov.uk/apply-blue-badge'),
      online('Ask about your application', '/forms/blue-badge-enquiry/'),
      parking.phone,
    ],
    related: ['community-transport', 'apply-for-a-resident-parking-permit'],
    body: [
      p(
        'A Blue Badge lets you park closer to where you need to go. You apply on GOV.UK and we decide your application. A badge lasts up to 3 years.',
      ),
      h2('What you need'),
      ul(
        'a digital photo of your face',
        'proof of identity and address',
        'your National Insurance number',
        'details of your condition and any benefits you get',
      ),
      h2('What happens next'),
      p(
        'If you get certain benefits, you may get a badge without an assessment. Otherwise we may ask you to see an independent mobility assessor. You can ',
        link('/forms/blue-badge-enquiry/', 'ask about your application'),
        ' at any time.',
      ),
    ],
    owner: parking.owner,
    reviewBy: reviewIn(118),
  },
  {
    slug: 'pay-a-parking-fine',
    title: 'Pay a parking fine',
    summary: 'Pay a Penalty Charge Notice (PCN) online. Pay within 14 days to get a 50% discount.',
    area: 'parking-and-blue-badges',
    level: 'level-1',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 2,
      unit: 'working-days',
      sentence: 'Your payment will show against your Penalty Charge Notice within 2 working days.',
    },
    contactChannels: [
      online('Pay a parking fine online', 'https://pay.bramblewick.example/parking-fine'),
      {
        kind: 'phone',
        label: 'Pay by phone using our automated line',
        value: '01632 960 191',
        availability: '24 hours a day',
      },
    ],
    related: ['challenge-a-parking-fine', 'apply-for-a-resident-parking-permit'],
    body: [
      p(
        'You will need your PCN number and your vehicle registration number. The PCN number is 10 characters and starts with BW.',
      ),
      h2('How much to pay'),
      ul(
        'higher-level fines, like parking on a yellow line: £70, or £35 if you pay within 14 days',
        'lower-level fines, like staying too long in a parking bay: £50, or £25 if you pay within 14 days',
        'if you do not pay within 28 days, the fine goes up by half',
      ),
      h2('If you think the fine is wrong'),
      p(
        'Do not pay. If you pay, you cannot challenge the fine. ',
        link('/services/challenge-a-parking-fine/', 'Challenge a parking fine'),
        ' instead.',
      ),
    ],
    owner: parking.owner,
    reviewBy: reviewIn(118),
  },
  {
    slug: 'apply-for-a-resident-parking-permit',
    title: 'Apply for a resident parking permit',
    summary: 'Apply for a digital permit to park in a resident parking zone near your home in Bramblewick or Oakhurst.',
    area: 'parking-and-blue-badges',
    level: 'level-1',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 1,
      unit: 'working-days',
      sentence: 'Your digital permit will be active within 1 working day.',
    },
    contactChannels: [online('Apply online', '/forms/apply-for-a-resident-parking-permit/'), parking.phone],
    related: ['pay-a-parking-fine', 'apply-for-a-dropped-kerb'],
    body: [
      p(
        'Permits are digital: they are linked to your number plate, so there is nothing to display. A permit costs £60 a year for your first car.',
      ),
      h2('What you need'),
      ul(
        'proof that you live in the zone, like a council tax bill',
        'your vehicle registration number',
        "the vehicle's V5C logbook, in your name at your address",
      ),
      h2('Visitor permits'),
      p('You can buy visitor permits online in books of 10 for £15.'),
    ],
    owner: parking.owner,
    reviewBy: reviewIn(118),
  },
  {
    slug: 'challenge-a-parking-fine',
    title: 'Challenge a parking fine',
    summary:
      'If you think a Penalty Charge Notice is wrong, challenge it within 14 days. We will hold the discount while we look at it.',
    area: 'parking-and-blue-badges',
    level: 'level-2',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 14,
      unit: 'calendar-days',
      sentence: 'We will reply to your challenge within 14 days.',
    },
    contactChannels: [
      online('Challenge a fine online', '/forms/challenge-a-parking-fine/'),
      parking.phone,
      civicCentreHelpPoint,
    ],
    related: ['pay-a-parking-fine', 'apply-for-a-blue-badge'],
    body: [
      p(
        'Challenge the fine within 14 days and we will keep the discounted amount while we look at it. Do not pay the fine first.',
      ),
      h2('Reasons we may cancel a fine'),
      ul(
        'the signs or road markings were missing or unclear',
        'you were displaying a valid permit or Blue Badge',
        'your vehicle had broken down or was stolen',
      ),
      p(
        'You will need your PCN number and any evidence, like photos, receipts or a copy of your permit. If you need help, call us or visit the Civic Centre help point.',
      ),
      h2('If we reject your challenge'),
      p('We will tell you how to appeal to an independent adjudicator. It is free to appeal.'),
    ],
    owner: parking.owner,
    reviewBy: reviewIn(15),
  },
];
