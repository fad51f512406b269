import type { SeedServicePage } from '@doorstep/domain';
import { h2, link, p, ul } from '../blocks.js';
import { civicCentreHelpPoint, online, teams } from '../teams.js';
import { reviewIn } from '../review-dates.js';

const { councilTax } = teams;

export const councilTaxPages: SeedServicePage[] = [
  {
    slug: 'pay-your-council-tax',
    title: 'Pay your council tax',
    summary: 'Pay your council tax bill online by debit or credit card. You will need your council tax account number.',
    area: 'council-tax',
    level: 'level-1',
    lgslCode: 57,
    taskType: 'action',
    isTopTask: true,
    expectedResponse: {
      amount: 3,
      unit: 'working-days',
      sentence: 'Your payment will show on your council tax account within 3 working days.',
    },
    contactChannels: [
      online('Pay your council tax online', 'https://pay.bramblewick.example/council-tax'),
      {
        kind: 'phone',
        label: 'Pay by phone using our automated line',
        value: '01632 960 121',
        availability: '24 hours a day',
      },
    ],
    related: ['set-up-a-council-tax-direct-debit', 'get-help-paying-council-tax', 'apply-for-a-single-person-discount'],
    body: [
      p(
        'You can pay online at any time. Your council tax account number is 8 digits long and starts with 5. It is at the top of your bill.',
      ),
      h2('Other ways to pay'),
      ul(
        [
          'by ',
          link('/services/set-up-a-council-tax-direct-debit/', 'Direct Debit'),
          ', which is the easiest way to pay',
        ],
        'by phone, using our automated payment line on 01632 960 121',
        'at any Post Office or PayPoint, using the barcode on your bill',
      ),
      h2('If you are struggling to pay'),
      p(
        'Contact us as soon as you can. We can spread your payments or ',
        link('/services/get-help-paying-council-tax/', 'agree a payment plan'),
        ' with you.',
      ),
    ],
    owner: councilTax.owner,
    reviewBy: reviewIn(88),
  },
  {
    slug: 'set-up-a-council-tax-direct-debit',
    title: 'Set up or change a council tax Direct Debit',
    summary:
      'Pay your council tax by Direct Debit on the 1st, 8th, 15th or 22nd of the month, or change your bank details.',
    area: 'council-tax',
    level: 'level-1',
    taskType: 'action',
    isTopTask: true,
    expectedResponse: {
      amount: 10,
      unit: 'working-days',
      sentence: 'We will write to confirm your Direct Debit and payment dates within 10 working days.',
    },
    contactChannels: [
      online('Set up or change a Direct Debit online', '/forms/council-tax-direct-debit/'),
      councilTax.phone,
    ],
    related: ['pay-your-council-tax', 'tell-us-you-are-moving-home'],
    body: [
      p('Direct Debit is the easiest way to pay. You can pay in 10 or 12 monthly instalments.'),
      h2('What you need'),
      ul(
        'your council tax account number',
        'your bank account number and sort code',
        'the date you would like to pay each month',
      ),
      h2('What happens next'),
      p(
        'We will write to you within 10 working days to confirm your payment dates. Keep paying in your usual way until your first Direct Debit is taken.',
      ),
    ],
    owner: councilTax.owner,
    reviewBy: reviewIn(88),
  },
  {
    slug: 'apply-for-a-single-person-discount',
    title: 'Apply for a single person discount',
    summary: 'Get 25% off your council tax if you are the only adult aged 18 or over living in your home.',
    area: 'council-tax',
    level: 'level-1',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 10,
      unit: 'working-days',
      sentence: 'We will send you a new bill within 10 working days.',
    },
    contactChannels: [online('Apply online', '/forms/apply-for-a-single-person-discount/'), councilTax.phone],
    related: ['pay-your-council-tax', 'apply-for-council-tax-reduction'],
    body: [
      p(
        'You can get a 25% discount if no other adult lives with you. Some adults are not counted, like full-time students and live-in carers.',
      ),
      h2('What you need'),
      ul('your council tax account number', 'the date you started living alone'),
      h2('What happens next'),
      p(
        'We will send you a new bill within 10 working days. You must tell us if another adult moves in. We check discounts every year.',
      ),
    ],
    owner: councilTax.owner,
    reviewBy: reviewIn(88),
  },
  {
    slug: 'tell-us-you-are-moving-home',
    title: 'Tell us you are moving home (council tax)',
    summary:
      'Tell us when you move into, out of or within Bramblewick so we can close your old account and send you the right bill.',
    area: 'council-tax',
    level: 'level-1',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 10,
      unit: 'working-days',
      sentence: 'We will send you a final bill or a new bill within 10 working days.',
    },
    contactChannels: [online('Tell us you are moving', '/forms/tell-us-you-are-moving-home/'), councilTax.phone],
    related: ['set-up-a-council-tax-direct-debit', 'check-your-bin-collection-day'],
    body: [
      p(
        'Tell us at least 2 weeks before you move if you can. You will pay council tax up to the day before you move out.',
      ),
      h2('What you need'),
      ul('your old and new addresses', 'the date you move', 'the name of your landlord or the buyer, if you know it'),
      h2('What happens next'),
      p(
        'We will send you a final bill for your old home and a new bill if you stay in Bramblewick. If you paid too much, we will refund you.',
      ),
    ],
    owner: councilTax.owner,
    reviewBy: reviewIn(88),
  },
  {
    slug: 'get-help-paying-council-tax',
    title: 'Get help if you are struggling to pay council tax',
    summary:
      'If you have missed a payment or are worried about your bill, we can agree a payment plan with you. Talk to us early.',
    area: 'council-tax',
    level: 'level-2',
    taskType: 'action',
    isTopTask: false,
    expectedResponse: {
      amount: 5,
      unit: 'working-days',
      sentence: 'We will contact you within 5 working days to agree a payment plan.',
    },
    contactChannels: [
      online('Ask for a payment plan online', '/forms/council-tax-payment-plan/'),
      councilTax.phone,
      civicCentreHelpPoint,
    ],
    related: ['apply-for-council-tax-reduction', 'free-money-and-debt-advice', 'pay-your-council-tax'],
    body: [
      p(
        'Contact us as soon as you know you will struggle to pay. The earlier you tell us, the more we can do. You can ask online, call us, or visit the Civic Centre help point.',
      ),
      h2('Urgent help'),
      p('If you have had a letter from an enforcement agent (bailiff), call us today on 01632 960 120.'),
      h2('How we can help'),
      ul(
        'spread your payments over 12 months instead of 10',
        'agree a lower payment for a short time',
        [
          'check if you can get ',
          link('/services/apply-for-council-tax-reduction/', 'Council Tax Reduction'),
          ' or a discount',
        ],
        ['put you in touch with ', link('/services/free-money-and-debt-advice/', 'free money and debt advice')],
      ),
    ],
    owner: councilTax.owner,
    reviewBy: reviewIn(-45),
  },
];
