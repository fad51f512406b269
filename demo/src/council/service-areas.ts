import type { SeedServiceArea } from '@doorstep/domain';

/** The landing pages that group Bramblewick Borough Council's service pages. */
export const serviceAreas: SeedServiceArea[] = [
  {
    slug: 'waste-and-recycling',
    title: 'Bins, recycling and waste',
    summary: 'Check your bin day, report a missed bin, order a new bin and book a bulky waste collection.',
  },
  {
    slug: 'council-tax',
    title: 'Council tax',
    summary:
      'Pay your council tax, set up a Direct Debit, apply for a discount and get help if you are struggling to pay.',
  },
  {
    slug: 'benefits-and-financial-help',
    title: 'Benefits and financial help',
    summary: 'Council Tax Reduction, Housing Benefit, emergency grants, food banks and free money advice.',
  },
  {
    slug: 'housing',
    title: 'Housing',
    summary:
      'Get help if you are homeless, join the housing register, report a problem with a rented home and adapt your home.',
  },
  {
    slug: 'licensing',
    title: 'Licensing',
    summary: 'Licences for alcohol, entertainment, events, taxis and private hire, and the public licensing register.',
  },
  {
    slug: 'complaints-and-feedback',
    title: 'Complaints and feedback',
    summary:
      'Make a complaint, tell us what we did well, or take your complaint further if you are not happy with our reply.',
  },
  {
    slug: 'your-council-and-data',
    title: 'Your council and your data',
    summary: 'Freedom of information requests, your personal data, council spending and free help to get online.',
  },
  {
    slug: 'adult-social-care',
    title: 'Adult social care',
    summary:
      'Care and support assessments, help for carers, equipment for your home, and how to report a concern about an adult.',
  },
  {
    slug: 'children-and-families',
    title: 'Children and families',
    summary:
      'Family hubs, free school meals, fostering, special educational needs and how to report a concern about a child.',
  },
  {
    slug: 'roads-and-verges',
    title: 'Roads, streets and verges',
    summary:
      'Grass verge cutting, potholes, street lights and dropped kerbs. Check when your verge is cut and report problems.',
  },
  {
    slug: 'parking-and-blue-badges',
    title: 'Parking and Blue Badges',
    summary: 'Apply for a Blue Badge or resident parking permit, and pay or challenge a parking fine.',
  },
];
