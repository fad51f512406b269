import type { SeedServicePage } from '@doorstep/domain';
import { h2, link, ol, p, ul } from '../blocks.js';
import { civicCentreHelpPoint, online, teams } from '../teams.js';
import { reviewIn } from '../review-dates.js';

const { feedback, socialCareComplaints } = teams;

export const complaintsAndFeedbackPages: SeedServicePage[] = [
  {
    slug: 'make-a-complaint',
    title: 'Make a complaint',
    summary: 'Complain about a council service if something has gone wrong. We will reply within 10 working days.',
    area: 'complaints-and-feedback',
    level: 'level-1',
    taskType: 'action',
    isTopTask: true,
    expectedResponse: {
      amount: 10,
      unit: 'working-days',
      sentence: 'We will reply to your complaint within 10 working days.',
    },
    contactChannels: [online('Make a complaint online', '/forms/make-a-complaint/'), feedback.phone],
    related: ['take-your-complaint-further', 'give-us-a-compliment-or-suggestion', 'complain-about-social-care'],
    body: [
      p(
        'Tell us what went wrong and what you would like us to do to put it right. If this is the first time you have told us about a problem, like a missed bin, report the problem instead.',
      ),
      h2('What you need'),
      ul(
        'what happened and when',
        'any reference numbers from earlier contact with us',
        'copies of letters or photos, if you have them',
      ),
      h2('What happens next'),
      p(
        'We will reply within 10 working days. If we need longer, we will tell you why and when you will hear from us.',
      ),
      p(
        "Complaints about adult or children's social care follow a ",
        link('/services/complain-about-social-care/', 'different process'),
        '.',
      ),
    ],
    owner: feedback.owner,
    reviewBy: reviewIn(87),
  },
  {
    slug: 'give-us-a-compliment-or-suggestion',
    title: 'Give us a compliment or suggestion',
    summary: 'Tell us when a member of staff or a service did well, or how we could do things better.',
    area: 'complaints-and-feedback',
    level: 'level-1',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 10,
      unit: 'working-days',
      sentence: 'We will pass on your comments and reply within 10 working days if you ask us to.',
    },
    contactChannels: [online('Send us your comments', '/forms/give-us-a-compliment-or-suggestion/'), feedback.email],
    related: ['make-a-complaint'],
    body: [
      p(
        'We share every compliment with the person or team it is about. We read every suggestion and use them to improve our services.',
      ),
      h2('What to tell us'),
      ul(
        'which service or team it is about',
        'what they did well, or what we could do better',
        'your contact details, if you would like a reply',
      ),
      h2('What happens next'),
      p('If you ask for a reply, we will reply within 10 working days.'),
    ],
    owner: feedback.owner,
    reviewBy: reviewIn(87),
  },
  {
    slug: 'take-your-complaint-further',
    title: 'Take your complaint further',
    summary: 'If you are unhappy with our reply to your complaint, ask for a review. You can then go to the Ombudsman.',
    area: 'complaints-and-feedback',
    level: 'level-2',
    taskType: 'information',
    isTopTask: false,
    contactChannels: [
      online('Ask for a review online', '/forms/make-a-complaint/'),
      feedback.phone,
      civicCentreHelpPoint,
    ],
    related: ['make-a-complaint', 'complain-about-social-care'],
    body: [
      p(
        'Our complaints process has 2 stages. If you are unhappy with our first reply, you can ask for a review within 20 working days.',
      ),
      h2('How it works'),
      ol(
        'Ask for a review. Use your complaint reference and tell us why you are unhappy with our reply.',
        'A senior manager who was not involved in your first complaint will look at it again.',
        'We will reply within 20 working days.',
      ),
      h2('If you are still unhappy'),
      p(
        'You can ask the ',
        link('https://www.lgo.org.uk', 'Local Government and Social Care Ombudsman'),
        ' to look at your complaint. It is free and independent of the council.',
      ),
      p('If you need help to ask for a review, call the customer feedback team or visit the Civic Centre help point.'),
    ],
    owner: feedback.owner,
    reviewBy: reviewIn(87),
  },
  {
    slug: 'complain-about-social-care',
    title: "Complain about adult or children's social care",
    summary:
      'Social care complaints have their own process. A complaints officer will talk to you and agree how we will look into it.',
    area: 'complaints-and-feedback',
    level: 'level-3',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 3,
      unit: 'working-days',
      sentence:
        'A complaints officer will contact you within 3 working days to agree how we will look into your complaint.',
    },
    contactChannels: [socialCareComplaints.phone, socialCareComplaints.email],
    related: ['make-a-complaint', 'take-your-complaint-further'],
    body: [
      p(
        "Our social care complaints officer handles complaints about care assessments, care services we arrange, and children's social care.",
      ),
      h2('What to expect'),
      ul(
        'a complaints officer will talk with you about your complaint',
        'you can agree together how it will be looked into and how long it will take',
        'you can have an advocate or someone you trust to help you',
      ),
      h2("If you are worried about someone's safety"),
      p(
        'Do not wait to complain. ',
        link('/services/report-a-concern-about-an-adult/', 'Report a concern about an adult'),
        ' or ',
        link('/services/report-a-concern-about-a-child/', 'report a concern about a child'),
        ' straight away.',
      ),
    ],
    owner: socialCareComplaints.owner,
    reviewBy: reviewIn(179),
  },
];
