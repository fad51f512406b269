import { SUPPORT_LEVEL_KEYS } from '@doorstep/domain';
import { serviceAreas } from './council/index.js';
import type { SeedServicePage } from '@doorstep/domain';
import { reviewIn } from './council/review-dates.js';

export interface GeneratorOptions {
  /** Slug prefix, so several generated batches never collide. */
  prefix?: string;
}

const TOPICS = [
  'Garden waste',
  'Street lighting',
  'Allotments',
  'Pest control',
  'Dropped kerbs',
  'Noise',
  'Graffiti',
  'Trees',
  'Markets',
  'Burials',
];

/**
 * Generated service pages for scale: valid, publishable pages spread evenly over
 * every service area and support level. Used by benchmarks and pagination tests.
 */
export function generateServicePages(count: number, options: GeneratorOptions = {}): SeedServicePage[] {
  const prefix = options.prefix ?? 'generated';
  return Array.from({ length: count }, (_, index) => {
    const area = serviceAreas[index % serviceAreas.length]!;
    const level = SUPPORT_LEVEL_KEYS[index % SUPPORT_LEVEL_KEYS.length]!;
    const topic = TOPICS[index % TOPICS.length]!;
    const number = index + 1;
    const isAction = level === 'level-1' || level === 'level-2';
    return {
      slug: `${prefix}-${topic.toLowerCase().replace(/\s+/g, '-')}-${number}`,
      title: `${topic} service ${number}`,
      summary: `How to get help with ${topic.toLowerCase()} in Bramblewick (generated page ${number}).`,
      area: area.slug,
      level,
      taskType: isAction ? 'action' : 'information',
      isTopTask: false,
      ...(isAction
        ? {
            expectedResponse: {
              amount: 5,
              unit: 'working-days' as const,
              sentence: 'We will reply within 5 working days.',
            },
          }
        : {}),
      contactChannels: [
        // Level 1 is "do it online": its pages offer an online task (the publish rules insist).
        ...(level === 'level-1'
          ? [
              {
                kind: 'online' as const,
                label: 'Do it online',
                value: `https://www.gov.uk/${topic.toLowerCase().replace(/\s+/g, '-')}`,
              },
            ]
          : []),
        {
          kind: 'phone',
          label: 'Call the contact centre',
          value: '01632 960 000',
          availability: 'Monday to Friday, 9am to 5pm',
        },
      ],
      related: [],
      body: [
        { type: 'heading', level: 2, children: [{ type: 'text', text: 'What you need to know' }] },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: `This page explains the council's ${topic.toLowerCase()} service, number ${number}.`,
            },
          ],
        },
        {
          type: 'list',
          format: 'unordered',
          children: [
            { type: 'list-item', children: [{ type: 'text', text: 'Check whether you are eligible' }] },
            { type: 'list-item', children: [{ type: 'text', text: 'Have your address and postcode ready' }] },
          ],
        },
      ],
      owner: 'generated@bramblewick.example',
      reviewBy: reviewIn(209),
    };
  });
}
