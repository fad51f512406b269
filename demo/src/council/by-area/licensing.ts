import type { SeedServicePage } from '@doorstep/domain';
import { h2, link, p, ul } from '../blocks.js';
import { civicCentreHelpPoint, online, teams } from '../teams.js';
import { reviewIn } from '../review-dates.js';

const { licensing } = teams;

export const licensingPages: SeedServicePage[] = [
  {
    slug: 'apply-for-a-premises-licence',
    title: 'Apply for a premises licence',
    summary: 'You need a premises licence to sell alcohol, serve hot food after 11pm or put on entertainment.',
    area: 'licensing',
    level: 'level-2',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 8,
      unit: 'weeks',
      sentence: 'We will decide your application within 8 weeks. This includes a 28-day public consultation.',
    },
    contactChannels: [online('Apply online', '/forms/apply-for-a-premises-licence/'), licensing.phone, licensing.email],
    related: ['give-a-temporary-event-notice', 'search-the-licensing-register'],
    body: [
      p('Apply online and pay the fee. The fee depends on the rateable value of your premises and starts at £100.'),
      h2('What you need'),
      ul(
        'a plan of the premises',
        'an operating schedule saying what you will do and when',
        'the name of your designated premises supervisor, if you sell alcohol',
      ),
      h2('What happens next'),
      p(
        'You must put a notice in the window and in a local newspaper. People then have 28 days to comment. If anyone objects, a licensing panel will hold a hearing.',
      ),
      p(
        'Call the licensing team before you apply if you are not sure what you need. We can check your plans with you.',
      ),
    ],
    owner: licensing.owner,
    reviewBy: reviewIn(209),
  },
  {
    slug: 'apply-for-a-taxi-or-private-hire-driver-licence',
    title: 'Apply for a taxi or private hire driver licence',
    summary:
      'Apply to drive a hackney carriage (taxi) or private hire vehicle in Bramblewick. You will need checks and a test.',
    area: 'licensing',
    level: 'level-2',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 8,
      unit: 'weeks',
      sentence: 'We will decide your application within 8 weeks of getting all your checks back.',
    },
    contactChannels: [
      online('Start your application online', '/forms/apply-for-a-taxi-or-private-hire-driver-licence/'),
      licensing.phone,
      civicCentreHelpPoint,
    ],
    related: ['search-the-licensing-register', 'apply-for-a-premises-licence'],
    body: [
      p('You must have held a full driving licence for at least 3 years. The licence lasts 3 years and costs £240.'),
      h2('What you need'),
      ul(
        'your driving licence and proof of your right to work in the UK',
        'an enhanced DBS check',
        'a medical report from your GP',
        'a pass in our local knowledge and safeguarding test',
      ),
      h2('Getting help'),
      p('Book an appointment at the Civic Centre help point to have your documents checked and your photo taken.'),
    ],
    owner: licensing.owner,
    reviewBy: reviewIn(209),
  },
  {
    slug: 'give-a-temporary-event-notice',
    title: 'Give a temporary event notice',
    summary:
      'Tell us about a one-off event where you will sell alcohol or put on entertainment for fewer than 500 people.',
    area: 'licensing',
    level: 'level-2',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 3,
      unit: 'working-days',
      sentence:
        'We will confirm your notice within 3 working days, once the police and environmental health have had time to object.',
    },
    contactChannels: [
      online('Give notice online', '/forms/give-a-temporary-event-notice/'),
      licensing.phone,
      licensing.email,
    ],
    related: ['apply-for-a-premises-licence', 'search-the-licensing-register'],
    body: [
      p('Give notice at least 10 working days before your event. It costs £21. An event can last up to 7 days.'),
      h2('What you need'),
      ul('the address of the event', 'the dates and times', 'the most people who will be there at any one time'),
      h2('Late notices'),
      p(
        'You can give a late notice 5 to 9 working days before the event. If the police or environmental health object to a late notice, the event cannot go ahead.',
      ),
    ],
    owner: licensing.owner,
    reviewBy: reviewIn(-12),
  },
  {
    slug: 'search-the-licensing-register',
    title: 'Search the public licensing register',
    summary:
      'Check who holds a licence in Bramblewick, like a pub or taxi driver, and see applications open for comment.',
    area: 'licensing',
    level: 'level-1',
    taskType: 'information',
    isTopTask: false,
    contactChannels: [online('Search the register', '/licensing-register/'), licensing.email],
    related: ['apply-for-a-premises-licence', 'give-a-temporary-event-notice'],
    body: [
      p('The register lists every licence we have granted and every application that is open for comment.'),
      h2('What you can search for'),
      ul(
        'premises licences, like pubs, shops and restaurants',
        'taxi and private hire drivers and vehicles',
        'street trading and scrap metal licences',
      ),
      h2('Comment on an application'),
      p(
        'You can comment on a premises licence application within 28 days of it being made. ',
        link('mailto:licensing@bramblewick.example', 'Email the licensing team'),
        ' with your name, address and reasons.',
      ),
    ],
    owner: licensing.owner,
    reviewBy: reviewIn(209),
  },
];
