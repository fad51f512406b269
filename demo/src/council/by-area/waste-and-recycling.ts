import type { SeedServicePage } from '@doorstep/domain';
import { h2, link, p, ul } from '../blocks.js';
import { inPerson, online, teams } from '../teams.js';
import { reviewIn } from '../review-dates.js';

const { waste } = teams;

export const wasteAndRecyclingPages: SeedServicePage[] = [
  {
    slug: 'check-your-bin-collection-day',
    title: 'Check your bin collection day',
    summary: 'Find out which day your rubbish, recycling, food waste and garden waste are collected.',
    area: 'waste-and-recycling',
    level: 'level-1',
    lgslCode: 524,
    taskType: 'information',
    isTopTask: true,
    contactChannels: [online('Check your bin collection day by street or postcode', '/bin-days/'), waste.phone],
    related: ['report-a-missed-bin', 'order-a-new-bin', 'subscribe-to-garden-waste-collections'],
    body: [
      p(
        'Enter your postcode to see the next collection date for each of your bins. Most homes have their bins collected on the same day each week.',
      ),
      h2('What we collect and when'),
      ul(
        'Black bin for rubbish: every 2 weeks',
        'Blue bin for mixed recycling: every 2 weeks, on the other week to your black bin',
        'Food caddy: every week',
        'Brown bin for garden waste: every 2 weeks from March to November, if you subscribe',
      ),
      h2('Putting your bins out'),
      p(
        'Put your bins at the edge of your property by 7am on your collection day. Bring them back in by the end of the day.',
      ),
    ],
    owner: waste.owner,
    reviewBy: reviewIn(43),
  },
  {
    slug: 'report-a-missed-bin',
    title: 'Report a missed bin',
    summary: 'Tell us if your bin was not emptied on your collection day. We will come back within 2 working days.',
    area: 'waste-and-recycling',
    level: 'level-1',
    taskType: 'action',
    isTopTask: true,
    expectedResponse: { amount: 2, unit: 'working-days', sentence: 'We will collect your bin within 2 working days.' },
    contactChannels: [online('Report a missed bin online', '/forms/report-a-missed-bin/'), waste.phone],
    related: ['check-your-bin-collection-day', 'order-a-new-bin'],
    body: [
      p('Report a missed bin by 5pm on the working day after your collection day. You will need your postcode.'),
      h2('Before you report'),
      ul(
        ['Check your ', link('/bin-days/', 'collection day'), ': it may have changed because of a bank holiday'],
        'Make sure your bin was out by 7am',
        'Check the crew did not leave a tag on your bin explaining why it was not emptied',
      ),
      h2('What happens next'),
      p(
        'You will get a reference number straight away. We will collect your bin within 2 working days. Leave it out until we have emptied it.',
      ),
    ],
    owner: waste.owner,
    reviewBy: reviewIn(43),
  },
  {
    slug: 'order-a-new-bin',
    title: 'Order a new or replacement bin',
    summary: 'Order a bin or food caddy if yours is lost, stolen or broken, or you have moved into a new home.',
    area: 'waste-and-recycling',
    level: 'level-1',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 10,
      unit: 'working-days',
      sentence: 'We will deliver your bin within 10 working days.',
    },
    contactChannels: [online('Order a bin online', '/forms/order-a-new-bin/'), waste.phone],
    related: ['check-your-bin-collection-day', 'report-a-missed-bin'],
    body: [
      p(
        'Recycling bins and food caddies are free. A replacement black bin costs £25. Bins for new-build homes are paid for by the developer.',
      ),
      h2('What you need'),
      ul('your address and postcode', 'which bin you need and why', 'a debit or credit card, if you need to pay'),
      h2('What happens next'),
      p(
        'We will deliver your bin within 10 working days. You do not need to be at home. If your old bin is broken, we will take it away when we deliver the new one.',
      ),
    ],
    owner: waste.owner,
    reviewBy: reviewIn(60),
  },
  {
    slug: 'book-a-bulky-waste-collection',
    title: 'Book a bulky waste collection',
    summary: 'Book a collection of up to 5 large items, like furniture or a fridge, for a fee.',
    area: 'waste-and-recycling',
    level: 'level-1',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 10,
      unit: 'working-days',
      sentence: 'We will collect your items within 10 working days of your booking.',
    },
    contactChannels: [online('Book a collection online', '/forms/book-a-bulky-waste-collection/'), waste.phone],
    related: ['repair-cafes-and-reuse', 'report-fly-tipping'],
    body: [
      p(
        'It costs £30 to collect up to 5 large items. If you get Council Tax Reduction, it costs £15. You will get your collection date when you book.',
      ),
      h2('What we can collect'),
      ul(
        'furniture, like sofas, beds and wardrobes',
        'fridges, freezers and washing machines',
        'carpets, if they are rolled up and tied',
      ),
      h2('What we cannot collect'),
      p(
        'We cannot take building rubble, car parts, garden waste or anything from a business. Items in good condition may be welcome at a ',
        link('/services/repair-cafes-and-reuse/', 'reuse shop'),
        ' instead.',
      ),
    ],
    owner: waste.owner,
    reviewBy: reviewIn(60),
  },
  {
    slug: 'subscribe-to-garden-waste-collections',
    title: 'Subscribe to garden waste collections',
    summary: 'Pay £45 a year to have your brown garden waste bin emptied every 2 weeks from March to November.',
    area: 'waste-and-recycling',
    level: 'level-1',
    taskType: 'action',
    isTopTask: false,
    promotedMonths: 'March, April, May',
    expectedResponse: {
      amount: 10,
      unit: 'working-days',
      sentence: 'We will deliver your brown bin and permit sticker within 10 working days.',
    },
    contactChannels: [online('Subscribe online', '/forms/subscribe-to-garden-waste-collections/'), waste.phone],
    related: ['check-your-bin-collection-day', 'report-a-missed-bin'],
    body: [
      p('Your subscription lasts for one collection season, from March to November. It costs £45 for each brown bin.'),
      h2('What you can put in your brown bin'),
      ul('grass cuttings and leaves', 'hedge trimmings and small branches', 'weeds and dead plants'),
      p('Do not put food, soil, turf or plastic bags in your brown bin.'),
      h2('What happens next'),
      p(
        'We will deliver your brown bin and a permit sticker within 10 working days. Stick the permit on the lid so the crew knows to empty it.',
      ),
    ],
    owner: waste.owner,
    reviewBy: reviewIn(59),
  },
  {
    slug: 'report-fly-tipping',
    title: 'Report fly-tipping',
    summary:
      'Tell us about rubbish dumped on a road, pavement or other public land. We clear most fly-tipping within 3 working days.',
    area: 'waste-and-recycling',
    level: 'level-1',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 3,
      unit: 'working-days',
      sentence: 'We will clear most fly-tipping within 3 working days.',
    },
    contactChannels: [online('Report fly-tipping online', '/forms/report-fly-tipping/'), waste.phone],
    related: ['book-a-bulky-waste-collection', 'community-verge-and-litter-groups'],
    body: [
      p(
        'You can mark where the rubbish is on a map and add a photo. Do not touch it: it may contain needles, broken glass or chemicals.',
      ),
      h2('What to tell us'),
      ul(
        'where the rubbish is',
        'what it looks like and roughly how much there is',
        'anything that might show who left it, like a van number plate',
      ),
      h2('If it is dangerous'),
      p('If the rubbish is blocking a road or looks like asbestos or chemicals, call us on 01632 960 110.'),
    ],
    owner: waste.owner,
    reviewBy: reviewIn(88),
  },
  {
    slug: 'repair-cafes-and-reuse',
    title: 'Repair cafés and reuse shops',
    summary: 'Get broken things fixed for free by volunteers at a repair café, or give unwanted items a second home.',
    area: 'waste-and-recycling',
    level: 'level-0',
    taskType: 'information',
    isTopTask: false,
    contactChannels: [
      inPerson(
        'Repair café at Oakhurst Library',
        'Oakhurst Library, 3 Acorn Parade, Oakhurst BW3 6PL',
        'First Saturday of the month, 10am to 1pm',
      ),
      inPerson(
        'Repair café at Kestrel Vale Community Centre',
        'Kestrel Vale Community Centre, 2 Heron Way, Kestrel Vale BW2 4KD',
        'Third Wednesday of the month, 6pm to 8pm',
      ),
    ],
    related: ['book-a-bulky-waste-collection', 'order-a-new-bin'],
    body: [
      p(
        'Volunteers from the Bramblewick Repair Network run free repair cafés at community hubs. Bring something that is broken and they will try to fix it with you. You do not need to book.',
      ),
      h2('What you can bring'),
      ul(
        'small electrical items, like lamps, toasters and radios',
        'clothes and bags that need mending',
        'bikes with simple faults',
        'toys and small furniture',
      ),
      h2('Give things a second home'),
      p(
        'The Millbridge Reuse Shop takes furniture, kitchenware and books in good condition. It sells them at low prices to raise money for local charities.',
      ),
    ],
    owner: teams.community.owner,
    reviewBy: reviewIn(6),
  },
];
