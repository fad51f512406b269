import type { SeedServicePage } from '@doorstep/domain';
import { bold, h2, link, p, ul } from '../blocks.js';
import { civicCentreHelpPoint, inPerson, online, teams } from '../teams.js';
import { reviewIn } from '../review-dates.js';

const { highways, community } = teams;

export const roadsAndVergesPages: SeedServicePage[] = [
  {
    slug: 'grass-verge-cutting',
    title: 'Grass verge cutting',
    summary: 'Search the map by street or postcode to see when the grass verge near you is next due to be cut.',
    area: 'roads-and-verges',
    level: 'level-1',
    taskType: 'information',
    isTopTask: false,
    contactChannels: [
      online('Search the verge cutting map', '/verges/'),
      online('Report a verge problem', '/forms/report-a-verge-problem/'),
    ],
    related: ['report-a-verge-problem', 'community-verge-and-litter-groups'],
    body: [
      p(
        'We cut the grass on verges beside roads in the borough from April to October. Search the map to see when your verge was last cut and when it is next due. There is also a list of every street that works without the map.',
      ),
      h2('How often we cut'),
      ul(
        'verges in towns and villages: 6 times a year',
        'verges on country roads: twice a year, with extra cuts at junctions so drivers can see',
        'wildflower verges: once a year, in late summer, after the flowers have set seed',
      ),
      h2('If a cut is late'),
      p(
        'Wet weather can delay our cuts by up to 2 weeks. The map shows any delays. If grass is blocking the view at a junction, ',
        link('/services/report-a-verge-problem/', 'report a verge problem'),
        '.',
      ),
    ],
    owner: highways.owner,
    reviewBy: reviewIn(87),
  },
  {
    slug: 'report-a-verge-problem',
    title: 'Report a problem with a grass verge',
    summary:
      'Report long grass blocking the view at a junction, a missed cut, or damage to a verge. Mark the verge on the map.',
    area: 'roads-and-verges',
    level: 'level-1',
    taskType: 'action',
    isTopTask: true,
    expectedResponse: { amount: 5, unit: 'working-days', sentence: 'We will inspect the verge within 5 working days.' },
    contactChannels: [online('Report a verge problem online', '/forms/report-a-verge-problem/'), highways.phone],
    related: ['grass-verge-cutting', 'report-a-pothole'],
    body: [
      p(
        'Find the verge on the map by searching for the street or postcode, then tell us what is wrong. You can see problems other people have already reported.',
      ),
      h2('Problems you can report'),
      ul(
        'grass or plants blocking the view at a junction or bend',
        'a verge that has not been cut when the map says it should have been',
        'ruts or damage caused by vehicles',
        'a sign or bollard hidden by grass',
      ),
      h2('What happens next'),
      p(
        'You will get a reference number. We will inspect the verge within 5 working days and update your report on the map.',
      ),
    ],
    owner: highways.owner,
    reviewBy: reviewIn(87),
  },
  {
    slug: 'report-a-street-light-fault',
    title: 'Report a street light fault',
    summary:
      'Tell us about a street light that is out, flickering, on during the day or damaged. We fix most faults within 5 working days.',
    area: 'roads-and-verges',
    level: 'level-1',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 5,
      unit: 'working-days',
      sentence: 'We will fix most street light faults within 5 working days.',
    },
    contactChannels: [online('Report a fault online', '/forms/report-a-street-light-fault/'), highways.phone],
    related: ['report-a-pothole', 'report-a-verge-problem'],
    body: [
      p(
        'Each street light has a number on its post. It helps us find the right light, but you can report a fault without it.',
      ),
      h2('If it is dangerous'),
      p(
        bold('Call 01632 960 180 straight away'),
        ' if a street light has been knocked down, its door is missing or there are wires showing. Do not touch it.',
      ),
      h2('What happens next'),
      p(
        'We fix most faults within 5 working days. If the problem is with the power supply, it can take longer because the electricity company must do the work.',
      ),
    ],
    owner: highways.owner,
    reviewBy: reviewIn(87),
  },
  {
    slug: 'report-a-pothole',
    title: 'Report a pothole',
    summary:
      'Report a pothole or damaged road or pavement. If it is dangerous, call us so we can make it safe within 2 hours.',
    area: 'roads-and-verges',
    level: 'level-2',
    taskType: 'action',
    isTopTask: true,
    expectedResponse: {
      amount: 5,
      unit: 'working-days',
      sentence: 'We will inspect the pothole within 5 working days.',
    },
    contactChannels: [
      online('Report a pothole online', '/forms/report-a-pothole/'),
      highways.phone,
      civicCentreHelpPoint,
    ],
    related: ['report-a-verge-problem', 'report-a-street-light-fault'],
    body: [
      p(
        bold('If a pothole is dangerous, call 01632 960 180.'),
        ' We answer 24 hours a day and will make it safe within 2 hours.',
      ),
      h2('Report it online'),
      p(
        'Mark the pothole on the map and add a photo if you can. You can see if someone has already reported it. If you cannot use the map, call us or visit the Civic Centre help point.',
      ),
      h2('What happens next'),
      ul(
        'we will inspect the pothole within 5 working days',
        'we fix the most serious potholes within 5 working days of inspecting them',
        'we add others to our repair programme and update your report',
      ),
      p('If a pothole has damaged your vehicle, you can make a claim. Keep photos and receipts.'),
    ],
    owner: highways.owner,
    reviewBy: reviewIn(87),
  },
  {
    slug: 'apply-for-a-dropped-kerb',
    title: 'Apply for a dropped kerb',
    summary:
      'Apply to lower the kerb outside your home so you can drive onto your property. You need our permission first.',
    area: 'roads-and-verges',
    level: 'level-2',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 6,
      unit: 'weeks',
      sentence: 'We will tell you whether your application is approved within 6 weeks.',
    },
    contactChannels: [online('Apply online', '/forms/apply-for-a-dropped-kerb/'), highways.phone, civicCentreHelpPoint],
    related: ['apply-for-a-resident-parking-permit', 'report-a-verge-problem'],
    body: [
      p(
        'You must not drive over a kerb or verge without a dropped kerb. Applying costs £120. This is not refunded if we refuse your application.',
      ),
      h2('What you need'),
      ul(
        'a parking space at least 4.8 metres deep',
        'planning permission, if you live on a main road or in a flat',
        'photos of the front of your property',
      ),
      h2('What happens next'),
      p(
        'An inspector will visit. If we approve your application, we will send you a quote. Only our approved contractors can build the dropped kerb.',
      ),
    ],
    owner: highways.owner,
    reviewBy: reviewIn(148),
  },
  {
    slug: 'gritting-and-winter-roads',
    title: 'Gritting and winter roads',
    summary:
      'Which roads we grit when ice or snow is forecast, where to find grit bins, and how to ask for a grit bin to be refilled.',
    area: 'roads-and-verges',
    level: 'level-2',
    taskType: 'information',
    isTopTask: false,
    promotedMonths: 'November, December, January, February',
    contactChannels: [highways.phone, civicCentreHelpPoint],
    related: ['report-a-pothole', 'report-a-street-light-fault'],
    body: [
      p(
        'From November to February we grit main roads, bus routes and the roads to schools and the hospital before ice or snow is forecast, usually in the evening and early morning.',
      ),
      h2('Grit bins'),
      p(
        'There are yellow grit bins on steep hills and at junctions. Anyone can use the grit on the road and pavement nearby. Call us if a grit bin is empty or damaged and we will refill or repair it within 5 working days.',
      ),
      h2('If a road is dangerous'),
      p(bold('Call 01632 960 180'), ' if ice or a fallen tree makes a road dangerous. We answer 24 hours a day.'),
    ],
    owner: highways.owner,
    reviewBy: '2027-03-31',
  },
  {
    slug: 'community-verge-and-litter-groups',
    title: 'Community verge and litter-picking groups',
    summary:
      'Join a local volunteer group that looks after wildflower verges and picks litter. Borrow free litter-picking kit from a hub.',
    area: 'roads-and-verges',
    level: 'level-0',
    taskType: 'information',
    isTopTask: false,
    contactChannels: [
      inPerson(
        'Borrow kit at Kestrel Vale Community Centre',
        'Kestrel Vale Community Centre, 2 Heron Way, Kestrel Vale BW2 4KD',
        'Monday to Friday, 9am to 4pm',
      ),
      inPerson(
        'Borrow kit at Fenwick Green Village Hall',
        'Fenwick Green Village Hall, The Green, Fenwick Green BW5 3HN',
        'Monday, Wednesday and Friday, 10am to 3pm',
      ),
      community.email,
    ],
    related: ['grass-verge-cutting', 'report-fly-tipping'],
    body: [
      p(
        'Volunteer groups in every town look after their local verges and streets. Anyone can join. You do not need any experience.',
      ),
      h2('What groups do'),
      ul('monthly litter picks', 'sowing and caring for wildflower verges', 'recording wildlife on verges'),
      h2('Borrow kit'),
      p(
        'Community hubs lend litter pickers, hoops, bags, gloves and high-visibility vests for free. We collect the bags of litter after your pick: tell us where you left them.',
      ),
    ],
    owner: community.owner,
    reviewBy: reviewIn(119),
  },
];
