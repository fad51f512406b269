import type { SeedServicePage } from '@doorstep/domain';
import { bold, h2, link, p, ul } from '../blocks.js';
import { inPerson, online, teams } from '../teams.js';
import { reviewIn } from '../review-dates.js';

const { children, fostering, send, community } = teams;

export const childrenAndFamiliesPages: SeedServicePage[] = [
  {
    slug: 'family-hubs-and-stay-and-play',
    title: 'Family hubs, stay and play and parenting groups',
    summary:
      'Free groups and drop-ins for parents, carers and children aged 0 to 19, from stay and play to parenting courses.',
    area: 'children-and-families',
    level: 'level-0',
    taskType: 'information',
    isTopTask: false,
    contactChannels: [
      inPerson(
        'Visit Millbridge Family Hub',
        'Millbridge Family Hub, 27 Weaver Street, Millbridge BW4 7QT',
        'Monday to Friday, 9am to 5pm',
      ),
      {
        kind: 'phone',
        label: 'Call Millbridge Family Hub',
        value: '01632 960 304',
        availability: 'Monday to Friday, 9am to 5pm',
      },
    ],
    related: ['early-help-for-families', 'apply-for-free-school-meals', 'food-banks-and-community-pantries'],
    body: [
      p(
        'Family hubs are for every family. Drop in to meet other parents, get advice, and find activities for your children. Most sessions are free and you do not need to book.',
      ),
      h2('What is on'),
      ul(
        'stay and play sessions for babies and toddlers',
        'baby feeding support with health visitors',
        'parenting courses for parents of children and teenagers',
        'youth drop-ins for ages 11 to 19',
      ),
      h2('Help with other things'),
      p(
        'Staff can help with money worries, housing, and finding childcare. If your family needs more support, they can talk to you about ',
        link('/services/early-help-for-families/', 'early help'),
        '.',
      ),
    ],
    owner: community.owner,
    reviewBy: reviewIn(27),
  },
  {
    slug: 'apply-for-free-school-meals',
    title: 'Apply for free school meals',
    summary:
      "Check if your child can get free school meals and apply online. Your child's school also gets extra funding.",
    area: 'children-and-families',
    level: 'level-1',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 5,
      unit: 'working-days',
      sentence: "We will tell you and your child's school if your child can get free meals within 5 working days.",
    },
    contactChannels: [online('Apply online', '/forms/apply-for-free-school-meals/'), children.email],
    related: ['family-hubs-and-stay-and-play', 'food-banks-and-community-pantries'],
    body: [
      p(
        'All children in reception, year 1 and year 2 get free school meals. Older children can get them if you get certain benefits, like Universal Credit or Pension Credit.',
      ),
      h2('What you need'),
      ul('your National Insurance number', "your child's name, date of birth and school"),
      h2('What happens next'),
      p(
        'We check your benefits straight away in most cases. We will tell you and the school within 5 working days. You only need to apply once.',
      ),
    ],
    owner: children.owner,
    reviewBy: reviewIn(209),
  },
  {
    slug: 'become-a-foster-carer',
    title: 'Become a foster carer',
    summary:
      'Find out about fostering a child in Bramblewick. Our fostering team will call you to talk it through, with no commitment.',
    area: 'children-and-families',
    level: 'level-3',
    lgslCode: 159,
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 2,
      unit: 'working-days',
      sentence: 'A member of our fostering team will call you back within 2 working days.',
    },
    contactChannels: [fostering.phone, fostering.email],
    related: ['early-help-for-families', 'report-a-concern-about-a-child'],
    body: [
      p(
        'Foster carers look after children who cannot live with their own families, for a few nights or for many years. You can foster if you rent or own your home, are single or in a couple, and whatever your background.',
      ),
      h2('What you need'),
      ul(
        'to be aged 21 or over',
        'a spare bedroom',
        'time and patience to care for a child who may have had a difficult start in life',
      ),
      h2('How to become a foster carer'),
      p(
        'Call or email the fostering team for an informal chat. A social worker will then visit you. The assessment takes about 6 months and includes training, checks and a panel.',
      ),
      p(
        'You will get an allowance for each child, training and support from your own supervising social worker, day or night.',
      ),
    ],
    owner: fostering.owner,
    reviewBy: reviewIn(179),
  },
  {
    slug: 'report-a-concern-about-a-child',
    title: 'Report a concern about a child',
    summary:
      'If you are worried a child is being harmed or neglected, tell us. If a child is in immediate danger, call 999.',
    area: 'children-and-families',
    level: 'level-3',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 24,
      unit: 'hours',
      sentence: 'A social worker will decide what to do within 24 hours.',
    },
    contactChannels: [children.phone, children.email],
    related: ['early-help-for-families', 'report-a-concern-about-an-adult'],
    body: [
      p(bold('If a child is in immediate danger, call 999.')),
      p(
        "Call the children's advice and support service on 01632 960 220. Outside office hours, call 01632 960 999. Do not email about something urgent.",
      ),
      h2('What to tell us'),
      ul(
        "the child's name, age and address, if you know them",
        'what you have seen or heard, and when',
        'your name and contact details, unless you want to stay anonymous',
      ),
      h2('What happens next'),
      p(
        'A social worker will decide what to do within 24 hours. This might be giving the family support, or a full assessment if a child is at risk of harm.',
      ),
    ],
    owner: children.owner,
    reviewBy: reviewIn(59),
  },
  {
    slug: 'early-help-for-families',
    title: 'Early help for families',
    summary:
      'A family support worker can work with you if your family is going through a hard time, before problems get worse.',
    area: 'children-and-families',
    level: 'level-3',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 10,
      unit: 'working-days',
      sentence: 'A family support worker will contact you within 10 working days.',
    },
    contactChannels: [children.phone, children.email],
    related: ['family-hubs-and-stay-and-play', 'report-a-concern-about-a-child'],
    body: [
      p(
        'Early help is for families who need more support than a family hub can give, but do not need a social worker. It is voluntary: you decide whether to take part.',
      ),
      h2('How referral works'),
      p('You can ask for early help yourself. A school, GP or health visitor can also refer you, with your agreement.'),
      h2('What to expect'),
      ul(
        'a family support worker will meet you, usually at home',
        'you will agree a plan together, with goals that matter to you',
        'the worker will meet you regularly for about 3 to 6 months',
      ),
    ],
    owner: children.owner,
    reviewBy: reviewIn(179),
  },
  {
    slug: 'ask-for-an-ehc-needs-assessment',
    title: 'Ask for an education, health and care (EHC) needs assessment',
    summary:
      'If your child has special educational needs and needs more help than their school can give, ask for an EHC needs assessment.',
    area: 'children-and-families',
    level: 'level-3',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 6,
      unit: 'weeks',
      sentence: 'We will tell you within 6 weeks whether we will carry out an assessment.',
    },
    contactChannels: [send.phone, send.email],
    related: ['early-help-for-families', 'family-hubs-and-stay-and-play'],
    body: [
      p(
        "An EHC needs assessment looks at your child's education, health and care needs. It may lead to an EHC plan, which sets out the support your child must get.",
      ),
      h2('Before you ask'),
      p(
        "Talk to your child's school or nursery first. Their special educational needs coordinator (SENCO) may be able to arrange more support.",
      ),
      h2('What happens next'),
      ul(
        'we will tell you within 6 weeks whether we will assess your child',
        'if we do, we will ask you, the school and health professionals for advice',
        'we will decide whether to issue an EHC plan within 20 weeks of your request',
      ),
    ],
    owner: send.owner,
    reviewBy: reviewIn(209),
  },
];
