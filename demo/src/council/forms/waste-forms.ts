import type { FormDefinitionInput } from '@doorstep/domain';
import { contactPage, exitPage, questionPage, reportAProblemForm, yesNo } from './form-parts.js';

/** Bins, recycling and waste: the waste and recycling team, waste@bramblewick.example. */

export const orderANewBin: FormDefinitionInput = {
  slug: 'order-a-new-bin',
  title: 'Order a new or replacement bin',
  introduction:
    'Order a bin or food caddy if yours is lost, stolen or broken, or you have moved into a home without one. Recycling bins and food caddies are free. A replacement black bin costs £25.',
  checkAnswers: true,
  confirmation:
    'If you ordered a black bin, we will email you a link to pay the £25 charge. We will deliver your bins within 10 working days. You do not need to be at home. If your old bin is broken, leave it out and we will take it away.',
  expectedResponse: { amount: 10, unit: 'working-days' },
  retentionDays: 365,
  pages: [
    questionPage('bins', {
      kind: 'checkboxes',
      name: 'bins',
      label: 'Which bins do you need?',
      hint: 'Select all that apply. For a brown garden waste bin, subscribe to garden waste collections instead.',
      errorName: 'which bins you need',
      options: [
        { value: 'rubbish', label: 'Black bin for rubbish', hint: '£25' },
        { value: 'recycling', label: 'Blue bin for recycling', hint: 'Free' },
        { value: 'food-caddy', label: 'Outdoor food waste caddy', hint: 'Free' },
        { value: 'kitchen-caddy', label: 'Small kitchen caddy for food waste', hint: 'Free' },
      ],
    }),
    questionPage('reason', {
      kind: 'radios',
      name: 'reason',
      label: 'Why do you need a new bin?',
      errorName: 'why you need a new bin',
      options: [
        { value: 'broken', label: 'My bin is broken' },
        { value: 'missing', label: 'My bin has been lost or stolen' },
        { value: 'moved-in', label: 'I have moved into a home that has no bins' },
        { value: 'new-build', label: 'I live in a newly built home' },
      ],
    }),
    exitPage(
      'new-build',
      'Ask your developer for your first bins',
      'The developer of a newly built home pays for its first bins and orders them from us. Ask your developer or housing association. If they will not order them, call the waste and recycling team on 01632 960 110.',
      [{ field: 'reason', equals: 'new-build' }],
    ),
    {
      kind: 'questions',
      id: 'address',
      title: 'Where should we deliver the bins?',
      fields: [
        { kind: 'uk-address', name: 'address', label: 'Delivery address', errorName: 'the delivery address' },
        {
          kind: 'long-text',
          name: 'where-to-leave',
          label: 'Where should we leave the bins?',
          hint: 'For example, by the side gate. You do not need to be at home.',
          optional: true,
          errorName: 'where to leave the bins',
          maxLength: 300,
        },
      ],
    },
    contactPage(),
  ],
};

export const bookABulkyWasteCollection: FormDefinitionInput = {
  slug: 'book-a-bulky-waste-collection',
  title: 'Book a bulky waste collection',
  introduction:
    'Book a collection of up to 5 large items from your home, like furniture, a fridge or a washing machine. It costs £30, or £15 if you get Council Tax Reduction.',
  checkAnswers: true,
  confirmation:
    'We will email you your collection date and a link to pay within 1 working day. We will collect your items within 10 working days of your booking. Put them out by 7am on your collection day.',
  expectedResponse: { amount: 10, unit: 'working-days' },
  retentionDays: 365,
  pages: [
    questionPage(
      'cannot-collect',
      yesNo(
        'cannot-collect',
        'Do you want us to collect building rubble, car parts, garden waste or anything from a business?',
        'whether you want us to collect items we cannot take',
      ),
    ),
    exitPage(
      'not-these-items',
      'We cannot collect building rubble, car parts, garden waste or business waste',
      'Take building rubble, car parts and garden waste to a household waste recycling centre, or use a licensed waste carrier. Businesses must use a commercial waste service. If you have other items to book, go back and answer ‘No’, and do not list these.',
      [{ field: 'cannot-collect', equals: 'yes' }],
    ),
    questionPage('items', {
      kind: 'long-text',
      name: 'items',
      label: 'What do you want us to collect?',
      hint: 'List up to 5 items, one on each line. For example, 3-seater sofa, single mattress, fridge freezer. Roll up and tie any carpets.',
      errorName: 'what you want us to collect',
      maxLength: 1000,
    }),
    {
      kind: 'questions',
      id: 'address',
      title: 'Where should we collect from?',
      fields: [
        { kind: 'uk-address', name: 'address', label: 'Collection address', errorName: 'the collection address' },
        {
          kind: 'long-text',
          name: 'where-left',
          label: 'Where will you leave the items?',
          hint: 'Outside, where the crew can reach them. For example, on the front drive.',
          errorName: 'where you will leave the items',
          maxLength: 300,
        },
      ],
    },
    questionPage(
      'reduction',
      yesNo(
        'council-tax-reduction',
        'Do you get Council Tax Reduction?',
        'whether you get Council Tax Reduction',
        'If you do, the collection costs £15 instead of £30. We will check.',
      ),
    ),
    contactPage(),
  ],
};

export const subscribeToGardenWaste: FormDefinitionInput = {
  slug: 'subscribe-to-garden-waste-collections',
  title: 'Subscribe to garden waste collections',
  introduction:
    'Have your brown bin emptied every 2 weeks from March to November. It costs £45 for each brown bin for the season.',
  checkAnswers: true,
  confirmation:
    'We will email you a link to pay. When you have paid, we will deliver your permit sticker, and a brown bin if you need one, within 10 working days. Stick the permit on the lid so the crew knows to empty it.',
  expectedResponse: { amount: 10, unit: 'working-days' },
  retentionDays: 730,
  pages: [
    {
      kind: 'questions',
      id: 'address',
      title: 'Your address',
      fields: [{ kind: 'uk-address', name: 'address', label: 'Address for the collections', errorName: 'the address' }],
    },
    questionPage('how-many', {
      kind: 'radios',
      name: 'bin-count',
      label: 'How many brown bins do you want emptied?',
      errorName: 'how many brown bins you want emptied',
      options: [
        { value: '1', label: '1 bin', hint: '£45' },
        { value: '2', label: '2 bins', hint: '£90' },
        { value: '3', label: '3 bins', hint: '£135' },
      ],
    }),
    questionPage(
      'need-bin',
      yesNo(
        'need-bin',
        'Do you need us to deliver a brown bin?',
        'whether you need a brown bin',
        'Answer no if you already have brown bins from an earlier subscription',
      ),
    ),
    contactPage(),
  ],
};

export const reportFlyTipping = reportAProblemForm({
  slug: 'report-fly-tipping',
  title: 'Report fly-tipping',
  introduction:
    'Tell us about rubbish dumped on a road, pavement or other public land. Do not touch it: it may contain needles, broken glass or chemicals.',
  confirmation:
    'We will clear most fly-tipping within 3 working days. If you told us who might have left it, our enforcement officers may contact you.',
  expectedResponse: { amount: 3, unit: 'working-days' },
  what: {
    title: 'What has been dumped?',
    fields: [
      {
        kind: 'checkboxes',
        name: 'rubbish',
        label: 'What has been dumped?',
        hint: 'Select all that apply',
        errorName: 'what has been dumped',
        options: [
          { value: 'bags', label: 'Black bags or household rubbish' },
          { value: 'furniture', label: 'Furniture or mattresses' },
          { value: 'electrical', label: 'Fridges, TVs or other electrical items' },
          { value: 'building', label: 'Building rubble, like bricks or plasterboard' },
          { value: 'garden', label: 'Garden waste' },
          { value: 'tyres', label: 'Tyres' },
          { value: 'other', label: 'Something else' },
        ],
      },
      {
        kind: 'radios',
        name: 'amount',
        label: 'How much is there?',
        errorName: 'how much there is',
        options: [
          { value: 'bag', label: 'One bag or item' },
          { value: 'car-boot', label: 'About a car boot load' },
          { value: 'van', label: 'About a small van load' },
          { value: 'more', label: 'More than a van load' },
        ],
      },
    ],
  },
  danger: {
    label: 'Is it blocking a road, or could it be asbestos, chemicals or gas bottles?',
    errorName: 'whether it is blocking a road or could be dangerous',
    exitTitle: 'Call us about dangerous fly-tipping',
    exitBody:
      'Do not use this form, and do not touch the rubbish. Call the waste and recycling team on 01632 960 110, Monday to Friday, 8am to 5pm. At other times, call 01632 960 999.',
  },
  where: { descriptionHint: 'For example, in the lay-by opposite the church, or behind the bus shelter' },
  details: {
    label: 'Do you know anything about who left it?',
    hint: 'For example, a van’s number plate, or the date and time you saw it being dumped. Do not approach anyone you see fly-tipping.',
    errorName: 'what you know about who left it',
    photoHint: 'A photo helps the crew find it and bring the right vehicle',
  },
});
