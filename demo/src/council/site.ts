import type { SeedInfoPage, SiteSettings } from '@doorstep/domain';
import { h2, link, p, ul } from './blocks.js';
import { reviewIn } from './review-dates.js';

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
    owner: 'web@bramblewick.example',
    reviewBy: reviewIn(20),
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
    owner: 'information@bramblewick.example',
    reviewBy: reviewIn(150),
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
      h2('Your account'),
      p(
        'You do not need an account to use this website. If you sign in, we keep your email address, the name, phone number and address you choose to save, the forms you have started and not sent, and which of your requests belong to your account. We use them to show you your requests and what we have said about them, and to fill in your details on forms.',
      ),
      p(
        'Signing in sets two cookies that the account needs to work: one keeps you signed in (it ends when you sign out, after an hour without use, or after 12 hours), and one protects your forms from being sent by another website. We do not use them for anything else.',
      ),
      h2('Email alerts'),
      p(
        'If you ask for email alerts about a street, we keep your email address, the street, how often you want emails and which alerts we have sent you. If you do not confirm them from the email we send, we delete your address after 7 days. When you stop them, with the link in every alert or from your account, we delete your address and the street at once. Deleting your account deletes the alerts you asked for while signed in. If you ask for email updates on a request you sent without an account, we keep your email address with its reference until the request is deleted at the end of its retention period.',
      ),
      h2('How long we keep it'),
      p(
        'Each form says how long we keep your answers. After that time they are deleted automatically. Forms you save and do not send are deleted 30 days after you last save them, sooner if the form keeps answers for less time, and as soon as you send them. A link to a saved form works once. Sign-in codes are deleted after a day.',
      ),
      h2('Your rights'),
      p(
        'You can ask for a copy of the information we hold about you, ask us to correct it, or ask us to delete it. ',
        link('/services/ask-for-your-personal-data/', 'Ask for your personal data'),
        '.',
      ),
      p(
        'If you have an account, you can see and download everything it holds, and delete it, from ',
        link('/account/data', 'your data'),
        '. Deleting your account deletes your details, saved forms and sessions at once. Requests you sent are kept, no longer linked to you by the account, until the end of the time each form says, because we still need them to deal with what you asked.',
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
