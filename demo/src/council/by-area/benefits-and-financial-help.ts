import type { SeedServicePage } from '@doorstep/domain';
import { bold, h2, link, p, ul } from '../blocks.js';
import { civicCentreHelpPoint, inPerson, online, teams } from '../teams.js';
import { reviewIn } from '../review-dates.js';

const { benefits, community } = teams;

export const benefitsAndFinancialHelpPages: SeedServicePage[] = [
  {
    slug: 'apply-for-council-tax-reduction',
    title: 'Apply for Council Tax Reduction',
    summary:
      'Get help paying your council tax if you are on a low income or claim benefits. Apply online or get help at a hub.',
    area: 'benefits-and-financial-help',
    level: 'level-2',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 15,
      unit: 'working-days',
      sentence: 'We will decide your claim within 15 working days of getting all your evidence.',
    },
    contactChannels: [
      online('Apply online', '/forms/apply-for-council-tax-reduction/'),
      benefits.phone,
      civicCentreHelpPoint,
    ],
    related: ['get-help-paying-council-tax', 'apply-for-housing-benefit', 'report-a-change-of-circumstances'],
    body: [
      p(
        'Council Tax Reduction can lower your bill by up to 100%. You can get it whether you rent, own your home or live rent-free.',
      ),
      h2('What you need'),
      ul(
        'your National Insurance number',
        'proof of your income, like payslips or a Universal Credit statement',
        'details of any savings',
      ),
      h2('Help to apply'),
      p(
        'If you cannot apply online, call us or visit a ',
        link('/community-hubs/', 'community hub'),
        '. Staff and volunteers can fill in the form with you and scan your evidence.',
      ),
      p(
        'Keep paying your council tax while we look at your claim. We will write to you with our decision and a new bill.',
      ),
    ],
    owner: benefits.owner,
    reviewBy: reviewIn(102),
  },
  {
    slug: 'apply-for-housing-benefit',
    title: 'Apply for Housing Benefit',
    summary: 'Help with your rent if you have reached State Pension age or live in supported or temporary housing.',
    area: 'benefits-and-financial-help',
    level: 'level-2',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 15,
      unit: 'working-days',
      sentence: 'We will decide your claim within 15 working days of getting all your evidence.',
    },
    contactChannels: [
      online('Apply online', '/forms/apply-for-housing-benefit/'),
      benefits.phone,
      civicCentreHelpPoint,
    ],
    related: [
      'apply-for-council-tax-reduction',
      'apply-for-a-discretionary-housing-payment',
      'report-a-change-of-circumstances',
    ],
    body: [
      p(
        'Most people of working age cannot make a new claim for Housing Benefit. Claim ',
        link('https://www.gov.uk/universal-credit', 'Universal Credit'),
        ' instead.',
      ),
      h2('Who can apply'),
      ul(
        'people who have reached State Pension age',
        'people living in supported housing, like a hostel or refuge',
        'people in temporary housing arranged by the council',
      ),
      h2('Help to apply'),
      p(
        'Call the benefits team or visit the Civic Centre help point if you need help with the form. You can apply for Council Tax Reduction at the same time.',
      ),
    ],
    owner: benefits.owner,
    reviewBy: reviewIn(102),
  },
  {
    slug: 'apply-for-a-discretionary-housing-payment',
    title: 'Apply for a Discretionary Housing Payment',
    summary:
      'Extra help with rent if your Housing Benefit or Universal Credit does not cover it and you are struggling to pay.',
    area: 'benefits-and-financial-help',
    level: 'level-2',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 10,
      unit: 'working-days',
      sentence: 'We will tell you our decision within 10 working days.',
    },
    contactChannels: [
      online('Apply online', '/forms/apply-for-a-discretionary-housing-payment/'),
      benefits.phone,
      civicCentreHelpPoint,
    ],
    related: ['apply-for-housing-benefit', 'homelessness-advice', 'free-money-and-debt-advice'],
    body: [
      p(
        'A Discretionary Housing Payment is extra money towards your rent for a short time. You must already get Housing Benefit or the housing part of Universal Credit.',
      ),
      h2('What we look at'),
      ul(
        'your income and essential spending',
        'why your benefit does not cover your rent',
        'what you are doing to improve things, like looking for cheaper housing',
      ),
      h2('If you might lose your home'),
      p(
        'If you have been told to leave your home, ',
        link('/services/homelessness-advice/', 'get housing advice now'),
        '. Do not wait for a decision on your payment.',
      ),
    ],
    owner: benefits.owner,
    reviewBy: reviewIn(102),
  },
  {
    slug: 'apply-for-an-emergency-support-grant',
    title: 'Apply for an emergency support grant',
    summary: 'One-off help with food, fuel or essential items if you are in a crisis and have no other way to pay.',
    area: 'benefits-and-financial-help',
    level: 'level-2',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: { amount: 2, unit: 'working-days', sentence: 'We will contact you within 2 working days.' },
    contactChannels: [
      online('Apply online', '/forms/apply-for-an-emergency-support-grant/'),
      benefits.phone,
      civicCentreHelpPoint,
    ],
    related: ['food-banks-and-community-pantries', 'free-money-and-debt-advice', 'warm-spaces'],
    body: [
      p(
        'The Bramblewick Support Fund can pay for food, gas and electricity top-ups, or essential items like a cooker or bed. You do not have to pay it back.',
      ),
      h2('If you have no food today'),
      p(
        bold('Do not wait for a decision.'),
        ' Visit a ',
        link('/services/food-banks-and-community-pantries/', 'food bank or community pantry'),
        ' today, or call us on 01632 960 130.',
      ),
      h2('Who can apply'),
      ul('you live in Bramblewick borough', 'you are aged 16 or over', 'you have no savings or other way to pay'),
    ],
    owner: benefits.owner,
    reviewBy: reviewIn(59),
  },
  {
    slug: 'report-a-change-of-circumstances',
    title: 'Tell us about a change in your circumstances',
    summary:
      'Tell us about changes to your income, household or address if you get Council Tax Reduction or Housing Benefit.',
    area: 'benefits-and-financial-help',
    level: 'level-1',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 10,
      unit: 'working-days',
      sentence: 'We will work out your new entitlement and write to you within 10 working days.',
    },
    contactChannels: [
      online('Tell us about a change online', '/forms/report-a-change-of-circumstances/'),
      benefits.phone,
    ],
    related: ['apply-for-council-tax-reduction', 'apply-for-housing-benefit'],
    body: [
      p('Tell us within one month of a change. If you tell us late, you may have to pay money back.'),
      h2('Changes you must tell us about'),
      ul(
        'your income or working hours change',
        'someone moves in or out',
        'you move home',
        'your savings go above £6,000',
      ),
      h2('What happens next'),
      p('We will work out what you are entitled to and write to you within 10 working days.'),
    ],
    owner: benefits.owner,
    reviewBy: reviewIn(102),
  },
  {
    slug: 'food-banks-and-community-pantries',
    title: 'Food banks and community pantries',
    summary: 'Get free emergency food from a food bank, or low-cost shopping from a community pantry near you.',
    area: 'benefits-and-financial-help',
    level: 'level-0',
    taskType: 'information',
    isTopTask: false,
    contactChannels: [
      inPerson(
        'Millbridge Family Hub pantry',
        'Millbridge Family Hub, 27 Weaver Street, Millbridge BW4 7QT',
        'Wednesdays and Fridays, 10am to 1pm',
      ),
      inPerson(
        'Kestrel Vale food bank',
        'Kestrel Vale Community Centre, 2 Heron Way, Kestrel Vale BW2 4KD',
        'Tuesdays and Saturdays, 10am to 12 noon',
      ),
      inPerson(
        'Larkspur Heath community pantry',
        'Larkspur Heath Community Library, 8 Meadowsweet Road, Larkspur Heath BW6 9RF',
        'Thursdays, 1pm to 4pm',
      ),
    ],
    related: ['apply-for-an-emergency-support-grant', 'free-money-and-debt-advice', 'warm-spaces'],
    body: [
      p(
        'Food banks give free food parcels to people in a crisis. Community pantries sell a bag of shopping for £4, and anyone living nearby can join.',
      ),
      h2('How to get a food parcel'),
      p(
        'Most food banks ask for a referral. Staff at any community hub can give you one on the spot. You do not need to bring anything.',
      ),
      h2('Other help'),
      ul(
        [
          'an ',
          link('/services/apply-for-an-emergency-support-grant/', 'emergency support grant'),
          ' for food or fuel',
        ],
        ['free ', link('/services/free-money-and-debt-advice/', 'money and debt advice')],
        'free school meals and holiday food clubs for children',
      ),
    ],
    owner: community.owner,
    reviewBy: reviewIn(60),
  },
  {
    slug: 'warm-spaces',
    title: 'Warm spaces',
    summary:
      'Free, welcoming places to keep warm this winter, with hot drinks, Wi-Fi and company. You do not need to book.',
    area: 'benefits-and-financial-help',
    level: 'level-0',
    taskType: 'information',
    isTopTask: false,
    contactChannels: [
      inPerson(
        'Bramblewick Central Library',
        'Bramblewick Central Library, 14 Chapel Row, Bramblewick BW1 2AB',
        'Monday to Saturday, during opening hours',
      ),
      inPerson(
        'Fenwick Green Village Hall',
        'Fenwick Green Village Hall, The Green, Fenwick Green BW5 3HN',
        'Monday, Wednesday and Friday, 10am to 3pm',
      ),
    ],
    related: ['home-energy-advice', 'food-banks-and-community-pantries', 'befriending-and-social-groups'],
    body: [
      p(
        'Warm spaces are open from November to March at libraries, community centres and village halls across the borough. Everyone is welcome.',
      ),
      h2('What you will find'),
      ul(
        'a warm place to sit, read or work',
        'free hot drinks, and soup at some places',
        'free Wi-Fi and phone charging',
        'people to talk to, if you want company',
      ),
      h2('Help with energy bills'),
      p(
        'Some warm spaces have ',
        link('/services/home-energy-advice/', 'energy advisers'),
        ' who can help you cut your bills and check for grants.',
      ),
    ],
    owner: community.owner,
    reviewBy: reviewIn(-3),
  },
  {
    slug: 'free-money-and-debt-advice',
    title: 'Free money and debt advice',
    summary:
      'Free, confidential advice on debt, budgeting and benefits from Bramblewick Money Advice at a community hub.',
    area: 'benefits-and-financial-help',
    level: 'level-0',
    taskType: 'information',
    isTopTask: false,
    contactChannels: [
      inPerson(
        'Drop-in at Bramblewick Central Library',
        'Bramblewick Central Library, 14 Chapel Row, Bramblewick BW1 2AB',
        'Tuesdays, 10am to 1pm',
      ),
      inPerson(
        'Drop-in at Millbridge Family Hub',
        'Millbridge Family Hub, 27 Weaver Street, Millbridge BW4 7QT',
        'Thursdays, 1pm to 4pm',
      ),
      {
        kind: 'phone',
        label: 'Call Bramblewick Money Advice',
        value: '01632 960 310',
        availability: 'Monday to Friday, 10am to 4pm',
      },
    ],
    related: [
      'get-help-paying-council-tax',
      'apply-for-an-emergency-support-grant',
      'food-banks-and-community-pantries',
    ],
    body: [
      p(
        'Bramblewick Money Advice is a local charity. Its trained advisers are independent of the council. Their advice is free and confidential.',
      ),
      h2('Advisers can help you'),
      ul(
        'make a budget and deal with priority bills first',
        'talk to the people you owe money to',
        'check you are getting all the benefits you can',
        'fill in benefit forms',
      ),
      h2('What to bring'),
      p('Bring any letters about your debts and proof of your income. It is fine if you do not have everything.'),
    ],
    owner: community.owner,
    reviewBy: reviewIn(119),
  },
];
