import type { SeedInfoPage, SiteSettings } from '@doorstep/domain';
import { h2, link, p, ul } from './blocks.js';

/** The council's name and general contact details: the header, footer and contact page. */
export const siteSettings: SiteSettings = {
  councilName: 'Bramblewick Borough Council',
  contactPhone: '01632 960 100',
  contactPhoneHours: 'Monday to Friday, 8:30am to 5:30pm',
  contactEmail: 'contact@bramblewick.example',
  address: 'Bramblewick Borough Council, Civic Centre, Market Square, Bramblewick, BW1 1AA',
  urgentHelp:
    'If someone is in immediate danger, call 999. For urgent council help outside office hours, such as a dangerous road or someone at risk, call our out-of-hours line.',
  outOfHoursPhone: '01632 960 999',
  /** A phase banner shows while the site is in alpha or beta. */
  phase: 'beta',
};

export const infoPages: SeedInfoPage[] = [
  {
    slug: 'accessibility-statement',
    title: 'Accessibility statement',
    summary: 'How accessible this website is, what to do if you have a problem and how we test it.',
    showInFooter: true,
    body: [
      p(
        'Bramblewick Borough Council runs this website. We want as many people as possible to be able to use it. You should be able to:',
      ),
      ul(
        'change colours, contrast levels and fonts using browser or device settings',
        'zoom in up to 400% without the text spilling off the screen',
        'navigate most of the website using a keyboard or speech recognition software',
        'listen to most of the website using a screen reader',
      ),
      h2('How accessible this website is'),
      p(
        'We test every page against the Web Content Accessibility Guidelines (WCAG) version 2.2 AA standard with automated checks each time the site changes, and by hand with a keyboard and a screen reader.',
      ),
      h2('Feedback and contact information'),
      p(
        'If you find a problem, or need information in a different format such as large print, easy read or audio, ',
        link('/contact-us/', 'contact us'),
        '. We will reply within 5 working days.',
      ),
      h2('Enforcement procedure'),
      p(
        'The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, ',
        link('https://www.equalityadvisoryservice.com/', 'contact the Equality Advisory and Support Service (EASS)'),
        '.',
      ),
      h2('Compliance status'),
      p('This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.'),
    ],
  },
  {
    slug: 'privacy-notice',
    title: 'Privacy notice',
    summary: 'What personal information this website collects, why, how long we keep it and your rights.',
    showInFooter: true,
    body: [
      p(
        'Bramblewick Borough Council is the data controller for the personal information you give us through this website.',
      ),
      h2('What we collect'),
      p(
        'This website does not use cookies to track you and does not use analytics. When you fill in one of our forms, we collect the answers you give so the right team can deal with your request.',
      ),
      h2('How long we keep it'),
      p('Each form says how long we keep your answers. After that time they are deleted automatically.'),
      h2('Your rights'),
      p(
        'You can ask for a copy of the information we hold about you, ask us to correct it, or ask us to delete it. ',
        link('/services/ask-for-your-personal-data/', 'Ask for your personal data'),
        '.',
      ),
      h2('Complaints'),
      p(
        'If you are unhappy with how we have used your information, you can complain to the ',
        link('https://ico.org.uk/make-a-complaint/', "Information Commissioner's Office"),
        '.',
      ),
    ],
  },
];

/** Words residents use for the same thing; each group is one synonym entry. */
export const searchSynonyms: string[] = [
  'bin, bins, rubbish, waste, refuse, recycling',
  'verge, grass, grass cutting, mowing',
  'pothole, road defect, road damage',
  'council tax, ctax, rates',
  'blue badge, disabled parking',
  'fly tipping, dumped rubbish, illegal dumping',
  'complaint, complain, unhappy',
];

/** A phrase and the service page that should come first for it. */
export const searchBestBets: Array<{ phrase: string; page: string }> = [
  { phrase: 'missed bin', page: 'report-a-missed-bin' },
  { phrase: 'bin', page: 'report-a-missed-bin' },
  { phrase: 'bin day', page: 'check-your-bin-collection-day' },
  { phrase: 'grass cutting', page: 'grass-verge-cutting' },
  { phrase: 'pay council tax', page: 'pay-your-council-tax' },
  { phrase: 'food bank', page: 'food-banks-and-community-pantries' },
];
