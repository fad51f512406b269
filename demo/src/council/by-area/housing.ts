import type { SeedServicePage } from '@doorstep/domain';
import { bold, h2, link, p, ul } from '../blocks.js';
import { civicCentreHelpPoint, inPerson, online, teams } from '../teams.js';
import { reviewIn } from '../review-dates.js';

const { housing, adaptations } = teams;

export const housingPages: SeedServicePage[] = [
  {
    slug: 'homelessness-advice',
    title: 'Get help if you are homeless or might lose your home',
    summary:
      'If you are homeless, or might lose your home in the next 8 weeks, contact us now. If you have nowhere to sleep tonight, call us.',
    area: 'housing',
    level: 'level-2',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 1,
      unit: 'working-days',
      sentence: 'A housing officer will contact you within 1 working day.',
    },
    contactChannels: [
      online('Ask for housing help online', '/forms/homelessness-advice/'),
      housing.phone,
      civicCentreHelpPoint,
    ],
    related: [
      'apply-to-join-the-housing-register',
      'apply-for-a-discretionary-housing-payment',
      'free-money-and-debt-advice',
    ],
    body: [
      p(
        bold('If you have nowhere to sleep tonight, call 01632 960 140 now.'),
        ' Outside office hours, call 01632 960 999. If you are in danger, call 999.',
      ),
      h2('Get help early'),
      p(
        'Contact us as soon as you get a notice from your landlord or fall behind with your rent or mortgage. The earlier we know, the more we can do to help you stay in your home.',
      ),
      h2('How we can help'),
      ul(
        'talk to your landlord or mortgage lender for you',
        'help with rent arrears or a deposit for a new home',
        'find you somewhere safe to stay in an emergency',
      ),
      p(
        'You can fill in the form yourself, call us, or visit the Civic Centre help point. Bring any letters from your landlord or lender.',
      ),
    ],
    owner: housing.owner,
    reviewBy: reviewIn(59),
  },
  {
    slug: 'apply-to-join-the-housing-register',
    title: 'Apply to join the housing register',
    summary: 'Apply for council or housing association housing in Bramblewick. We will tell you which band you are in.',
    area: 'housing',
    level: 'level-2',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 20,
      unit: 'working-days',
      sentence: 'We will tell you our decision and your band within 20 working days.',
    },
    contactChannels: [
      online('Apply online', '/forms/apply-to-join-the-housing-register/'),
      housing.phone,
      civicCentreHelpPoint,
    ],
    related: ['homelessness-advice', 'disabled-facilities-grant'],
    body: [
      p('There are far more people waiting than homes available. Most people wait more than 2 years for a home.'),
      h2('What you need'),
      ul(
        'details of everyone who will live with you',
        'your addresses for the last 5 years',
        'proof of income and identity for each adult',
      ),
      h2('What happens next'),
      p(
        'We will put you in a band based on how urgently you need to move. When you are in a band, you can bid for homes each week.',
      ),
      p(
        'If you might lose your home soon, ',
        link('/services/homelessness-advice/', 'get homelessness advice'),
        ' as well.',
      ),
    ],
    owner: housing.owner,
    reviewBy: reviewIn(148),
  },
  {
    slug: 'report-a-problem-with-a-rented-home',
    title: 'Report a problem with a privately rented home',
    summary: 'Tell us about damp, mould or unsafe conditions in a rented home if your landlord has not fixed them.',
    area: 'housing',
    level: 'level-2',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 10,
      unit: 'working-days',
      sentence:
        'We will contact you within 10 working days, or within 1 working day if there is a serious risk to health.',
    },
    contactChannels: [
      online('Report a problem online', '/forms/report-a-problem-with-a-rented-home/'),
      housing.phone,
      civicCentreHelpPoint,
    ],
    related: ['homelessness-advice', 'home-energy-advice'],
    body: [
      p(
        'Tell your landlord about the problem in writing first and give them a fair chance to fix it. If they do not, tell us.',
      ),
      h2('Problems we can help with'),
      ul('damp and mould', 'no heating or hot water', 'unsafe electrics, gas or stairs', 'pests, like rats or mice'),
      h2('What happens next'),
      p('An officer will contact you and may inspect your home. We can make your landlord carry out repairs.'),
      p(
        'If your landlord has told you to leave after you complained, ',
        link('/services/homelessness-advice/', 'contact the housing options team'),
        '.',
      ),
    ],
    owner: housing.owner,
    reviewBy: reviewIn(148),
  },
  {
    slug: 'disabled-facilities-grant',
    title: 'Disabled Facilities Grant',
    summary:
      'Money towards changes to your home, like a stairlift or level-access shower, if you or someone you live with is disabled.',
    area: 'housing',
    level: 'level-3',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 6,
      unit: 'weeks',
      sentence: 'We will tell you if you can get a grant within 6 weeks of your occupational therapy assessment.',
    },
    contactChannels: [adaptations.phone, adaptations.email],
    related: ['occupational-therapy-and-equipment', 'ask-for-a-care-and-support-assessment'],
    body: [
      p(
        'A Disabled Facilities Grant can pay up to £30,000 towards changes to your home. You can apply if you own your home or rent it.',
      ),
      h2('How referral works'),
      p(
        'An ',
        link('/services/occupational-therapy-and-equipment/', 'occupational therapist'),
        ' will visit you first to see what changes you need. Call the home adaptations team to ask for a visit.',
      ),
      h2('What happens next'),
      ul(
        'we check your income, unless the grant is for a child',
        'a caseworker helps you get quotes and plans approved',
        'we pay the builder when the work is finished',
      ),
      p('Most adaptations take 6 to 12 months from your first call to the work being finished.'),
    ],
    owner: adaptations.owner,
    reviewBy: reviewIn(179),
  },
  {
    slug: 'home-energy-advice',
    title: 'Free advice to cut your energy bills',
    summary:
      'Talk to a volunteer energy adviser at a hub about cutting your bills, keeping warm and grants for insulation.',
    area: 'housing',
    level: 'level-0',
    taskType: 'information',
    isTopTask: false,
    contactChannels: [
      inPerson(
        'Energy advice at Oakhurst Library',
        'Oakhurst Library, 3 Acorn Parade, Oakhurst BW3 6PL',
        'Mondays, 10am to 12 noon',
      ),
      inPerson(
        'Energy advice at Larkspur Heath Community Library',
        'Larkspur Heath Community Library, 8 Meadowsweet Road, Larkspur Heath BW6 9RF',
        'Fridays, 2pm to 4pm',
      ),
    ],
    related: ['warm-spaces', 'free-money-and-debt-advice', 'report-a-problem-with-a-rented-home'],
    body: [
      p(
        'Bramblewick Energy Savers is a local charity. Its volunteers give free, impartial advice. You do not need to book.',
      ),
      h2('Advisers can help you'),
      ul(
        'understand your energy bill and meter',
        'switch to a cheaper tariff or get back money you are owed',
        'apply for grants for insulation or a new boiler',
        'borrow a thermal camera to find draughts',
      ),
      h2('What to bring'),
      p('Bring a recent energy bill or your account details if you have them.'),
    ],
    owner: teams.community.owner,
    reviewBy: reviewIn(119),
  },
];
