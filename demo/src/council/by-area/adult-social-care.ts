import type { SeedServicePage } from '@doorstep/domain';
import { bold, h2, link, p, ul } from '../blocks.js';
import { inPerson, teams } from '../teams.js';
import { reviewIn } from '../review-dates.js';

const { adultCare, safeguardingAdults, community } = teams;

export const adultSocialCarePages: SeedServicePage[] = [
  {
    slug: 'ask-for-a-care-and-support-assessment',
    title: 'Ask for a care and support needs assessment',
    summary:
      'If you need help with daily life because of illness, disability or age, we will talk with you about what support could help.',
    area: 'adult-social-care',
    level: 'level-3',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 5,
      unit: 'working-days',
      sentence: 'We will contact you within 5 working days to talk about your needs.',
    },
    contactChannels: [adultCare.phone, adultCare.email],
    related: ['paying-for-care', 'occupational-therapy-and-equipment', 'get-a-carers-assessment'],
    body: [
      p(
        'A needs assessment is a conversation with a social care worker about what you can do, what you find hard and what matters to you. It is free. Anyone can ask for one, or ask for one for someone else with their agreement.',
      ),
      h2('How referral works'),
      p(
        'Call or email the adult social care team. A worker will ask some questions to understand your situation. A doctor, nurse or hospital can also refer you.',
      ),
      h2('What to expect'),
      ul(
        'we may talk on the phone or visit you at home',
        'you can have a family member, friend or advocate with you',
        'we will agree a support plan with you if you are eligible',
      ),
      p(
        'Support might include help at home, equipment, day opportunities or a care home place. ',
        link('/services/paying-for-care/', 'You may have to pay towards it'),
        '.',
      ),
    ],
    owner: adultCare.owner,
    reviewBy: reviewIn(118),
  },
  {
    slug: 'report-a-concern-about-an-adult',
    title: 'Report a concern about an adult at risk',
    summary:
      'Tell us if you think an adult is being abused or neglected and cannot protect themselves. If someone is in danger now, call 999.',
    area: 'adult-social-care',
    level: 'level-3',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 24,
      unit: 'hours',
      sentence: 'The safeguarding team will look at your concern and decide what to do within 24 hours.',
    },
    contactChannels: [safeguardingAdults.phone, safeguardingAdults.email],
    related: ['ask-for-a-care-and-support-assessment', 'report-a-concern-about-a-child'],
    body: [
      p(bold('If someone is in immediate danger, call 999.')),
      p(
        'Call the adult safeguarding team if you are worried about an adult who has care and support needs. Outside office hours, call 01632 960 999. Do not email about something urgent.',
      ),
      h2('Abuse can include'),
      ul(
        'physical, sexual or emotional abuse',
        'neglect, including self-neglect',
        'someone taking their money or belongings',
        'domestic abuse or modern slavery',
      ),
      h2('What happens next'),
      p(
        'A social worker will decide what to do within 24 hours. They will usually talk to the adult about what they want to happen. You can report a concern without giving your name.',
      ),
    ],
    owner: safeguardingAdults.owner,
    reviewBy: reviewIn(59),
  },
  {
    slug: 'get-a-carers-assessment',
    title: "Get a carer's assessment",
    summary:
      "If you look after someone, a carer's assessment looks at what would help you, like breaks, training or emotional support.",
    area: 'adult-social-care',
    level: 'level-3',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: { amount: 4, unit: 'weeks', sentence: "We will arrange your carer's assessment within 4 weeks." },
    contactChannels: [adultCare.phone, adultCare.email],
    related: ['ask-for-a-care-and-support-assessment', 'befriending-and-social-groups'],
    body: [
      p(
        'You are a carer if you look after a family member, partner or friend who could not manage without you. You do not need to live with them. The assessment is free.',
      ),
      h2('What we will talk about'),
      ul(
        'the care you give and how it affects you',
        'your health, work and time for yourself',
        'what would make caring easier',
      ),
      h2('What happens next'),
      p(
        'A carers support worker will agree a plan with you. This might include a break from caring, a carers emergency card or a small grant.',
      ),
    ],
    owner: adultCare.owner,
    reviewBy: reviewIn(118),
  },
  {
    slug: 'occupational-therapy-and-equipment',
    title: 'Equipment and adaptations to help you at home',
    summary:
      'An occupational therapist can assess you for equipment like grab rails or a bath seat, to help you stay independent at home.',
    area: 'adult-social-care',
    level: 'level-3',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 4,
      unit: 'weeks',
      sentence: 'An occupational therapist will contact you within 4 weeks, or sooner if your need is urgent.',
    },
    contactChannels: [adultCare.phone, adultCare.email],
    related: ['disabled-facilities-grant', 'ask-for-a-care-and-support-assessment'],
    body: [
      p(
        'Occupational therapists help you do everyday things safely, like getting in and out of bed, washing and cooking. Small equipment and minor adaptations are free.',
      ),
      h2('How referral works'),
      p(
        'Call the adult social care team and ask for an occupational therapy assessment. Your GP or a hospital can also refer you.',
      ),
      h2('What you might get'),
      ul(
        'grab rails and stair rails',
        'bath seats, shower stools and raised toilet seats',
        'advice on easier ways to do things',
      ),
      p(
        'For bigger changes, like a stairlift or level-access shower, you may get a ',
        link('/services/disabled-facilities-grant/', 'Disabled Facilities Grant'),
        '.',
      ),
    ],
    owner: adultCare.owner,
    reviewBy: reviewIn(118),
  },
  {
    slug: 'paying-for-care',
    title: 'Paying for care: financial assessment',
    summary:
      'Find out how much you may need to pay towards your care. We will look at your income and savings with you.',
    area: 'adult-social-care',
    level: 'level-3',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 4,
      unit: 'weeks',
      sentence: 'We will tell you how much you need to pay within 4 weeks of getting all your information.',
    },
    contactChannels: [adultCare.phone, adultCare.email],
    related: ['ask-for-a-care-and-support-assessment', 'free-money-and-debt-advice'],
    body: [
      p(
        'Most people pay something towards their care. How much depends on your income and savings. A financial assessment officer will work this out with you after your needs assessment.',
      ),
      h2('What we look at'),
      ul(
        'your income, like pensions and benefits',
        'your savings and investments',
        'your home, if you are moving into a care home',
      ),
      h2('What happens next'),
      p(
        'We will write to tell you how much you need to pay each week. We will also check you are claiming all the benefits you can.',
      ),
    ],
    owner: adultCare.owner,
    reviewBy: reviewIn(118),
  },
  {
    slug: 'befriending-and-social-groups',
    title: 'Befriending and social groups',
    summary:
      'Meet people, make friends and get a regular friendly call or visit from a volunteer if you feel lonely or isolated.',
    area: 'adult-social-care',
    level: 'level-0',
    taskType: 'information',
    isTopTask: false,
    contactChannels: [
      inPerson(
        'Coffee morning at Kestrel Vale Community Centre',
        'Kestrel Vale Community Centre, 2 Heron Way, Kestrel Vale BW2 4KD',
        'Tuesdays, 10am to 12 noon',
      ),
      inPerson(
        'Lunch club at Fenwick Green Village Hall',
        'Fenwick Green Village Hall, The Green, Fenwick Green BW5 3HN',
        'Thursdays, 12 noon to 2pm',
      ),
      {
        kind: 'phone',
        label: 'Call Bramblewick Good Neighbours',
        value: '01632 960 320',
        availability: 'Monday to Friday, 9am to 3pm',
      },
    ],
    related: ['community-transport', 'warm-spaces', 'get-a-carers-assessment'],
    body: [
      p(
        'Bramblewick Good Neighbours is a local volunteer group. It runs coffee mornings, lunch clubs and walking groups across the borough, and matches people with a volunteer befriender.',
      ),
      h2('What you can get'),
      ul(
        'a weekly phone call or visit from the same volunteer',
        'coffee mornings and lunch clubs',
        'help to get to a group, if you find it hard to go out',
      ),
      h2('How to start'),
      p(
        'Drop in to a group, or call Good Neighbours and ask for a befriender. You can also ask staff at any community hub.',
      ),
    ],
    owner: community.owner,
    reviewBy: reviewIn(119),
  },
  {
    slug: 'community-transport',
    title: 'Community transport',
    summary:
      'Door-to-door minibus and volunteer car schemes for people who cannot easily use buses, for shopping and appointments.',
    area: 'adult-social-care',
    level: 'level-0',
    taskType: 'information',
    isTopTask: false,
    contactChannels: [
      {
        kind: 'phone',
        label: 'Book with Bramblewick Community Transport',
        value: '01632 960 330',
        availability: 'Monday to Friday, 9am to 1pm',
      },
      inPerson(
        'Ask at Kestrel Vale Community Centre',
        'Kestrel Vale Community Centre, 2 Heron Way, Kestrel Vale BW2 4KD',
        'Monday to Friday, 9am to 4pm',
      ),
    ],
    related: ['befriending-and-social-groups', 'apply-for-a-blue-badge'],
    body: [
      p(
        'Bramblewick Community Transport is a charity. Its minibuses and volunteer drivers take people who find it hard to use buses, because of age, disability or where they live.',
      ),
      h2('What you can use it for'),
      ul('shopping trips to Bramblewick and Oakhurst', 'GP and hospital appointments', 'social groups and days out'),
      h2('Cost and booking'),
      p(
        'You need to join first. Membership is £10 a year. Fares are about half the cost of a taxi. Book at least 2 days ahead.',
      ),
    ],
    owner: community.owner,
    reviewBy: reviewIn(119),
  },
];
