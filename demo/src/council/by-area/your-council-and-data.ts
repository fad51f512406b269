import type { SeedServicePage } from '@doorstep/domain';
import { h2, link, p, ul } from '../blocks.js';
import { inPerson, online, teams } from '../teams.js';
import { reviewIn } from '../review-dates.js';

const { information, community } = teams;

export const yourCouncilAndDataPages: SeedServicePage[] = [
  {
    slug: 'make-a-freedom-of-information-request',
    title: 'Make a freedom of information request',
    summary:
      'Ask for information the council holds, like reports, spending or contracts. We will reply within 20 working days.',
    area: 'your-council-and-data',
    level: 'level-1',
    lgslCode: 722,
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 20,
      unit: 'working-days',
      sentence: 'We will reply to your request within 20 working days.',
    },
    contactChannels: [online('Make a request online', '/forms/freedom-of-information-request/'), information.email],
    related: ['council-spending-and-open-data', 'ask-for-your-personal-data'],
    body: [
      p(
        'Anyone can ask for information held by the council. You do not have to say why you want it. Check our ',
        link('/services/council-spending-and-open-data/', 'open data'),
        ' first: what you need may already be published.',
      ),
      h2('What you need'),
      ul(
        'your name and an email or postal address',
        'a clear description of the information you want',
        'the dates it covers, if you know them',
      ),
      h2('What happens next'),
      p(
        "We will reply within 20 working days. We may refuse part of a request, for example if it would cost too much to find or would reveal someone's personal data. We will always tell you why.",
      ),
    ],
    owner: information.owner,
    reviewBy: reviewIn(149),
  },
  {
    slug: 'ask-for-your-personal-data',
    title: 'Ask for a copy of your personal data',
    summary:
      'Ask for a copy of the personal information the council holds about you. This is called a subject access request.',
    area: 'your-council-and-data',
    level: 'level-1',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 30,
      unit: 'calendar-days',
      sentence: 'We will reply within one month. If your request is complex, we will tell you if we need longer.',
    },
    contactChannels: [
      online('Make a request online', '/forms/ask-for-your-personal-data/'),
      information.email,
      information.phone,
    ],
    related: ['make-a-freedom-of-information-request'],
    body: [
      p('You have the right to see the personal data we hold about you, under UK data protection law. It is free.'),
      h2('What you need'),
      ul(
        'proof of your identity, like a passport or driving licence',
        'which services you have used, to help us search',
        'written permission, if you are asking for someone else',
      ),
      h2('What happens next'),
      p(
        'We will check your identity and send you a copy of your data securely. We may remove information about other people.',
      ),
    ],
    owner: information.owner,
    reviewBy: reviewIn(149),
  },
  {
    slug: 'council-spending-and-open-data',
    title: 'Council spending and open data',
    summary:
      'Download data we publish, like spending over £500, contracts, and bin collection statistics. You do not need to ask.',
    area: 'your-council-and-data',
    level: 'level-1',
    taskType: 'information',
    isTopTask: false,
    contactChannels: [online('Browse our open data', '/open-data/'), information.email],
    related: ['make-a-freedom-of-information-request'],
    body: [
      p(
        'We publish data so you can see how the council spends money and runs services. You can download it as spreadsheets and use it freely under the Open Government Licence.',
      ),
      h2('What we publish'),
      ul(
        'every payment over £500, each month',
        'contracts worth more than £5,000',
        'senior staff pay',
        'bin collection, recycling and verge cutting data',
      ),
      h2('If you cannot find what you need'),
      p(
        'You can ',
        link('/services/make-a-freedom-of-information-request/', 'make a freedom of information request'),
        '.',
      ),
    ],
    owner: information.owner,
    reviewBy: reviewIn(149),
  },
  {
    slug: 'get-help-to-go-online',
    title: 'Get help to go online',
    summary:
      'Free help to use a computer, phone or tablet and council services online. Borrow a laptop or a free data SIM.',
    area: 'your-council-and-data',
    level: 'level-0',
    taskType: 'information',
    isTopTask: false,
    contactChannels: [
      inPerson(
        'Digital help at Bramblewick Central Library',
        'Bramblewick Central Library, 14 Chapel Row, Bramblewick BW1 2AB',
        'Mondays and Thursdays, 2pm to 4pm',
      ),
      inPerson(
        'Digital help at Fenwick Green Village Hall',
        'Fenwick Green Village Hall, The Green, Fenwick Green BW5 3HN',
        'Wednesdays, 10am to 12 noon',
      ),
      community.phone,
    ],
    related: ['warm-spaces', 'befriending-and-social-groups'],
    body: [
      p(
        'Digital champions are trained volunteers. They can help you at your own pace, on your own device or on one of ours. You do not need to book.',
      ),
      h2('They can help you'),
      ul(
        'set up an email address and keep your accounts safe',
        'video call your family and friends',
        'report a problem or pay a bill on our website',
        'apply for jobs and benefits online',
      ),
      h2('Borrow a device or data'),
      p(
        'Libraries lend laptops and tablets for up to 3 months. If you get benefits, ask for a free SIM card with mobile data.',
      ),
    ],
    owner: community.owner,
    reviewBy: reviewIn(119),
  },
];
