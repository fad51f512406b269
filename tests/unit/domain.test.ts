import { describe, expect, it } from 'vitest';
import {
  blocksSchema,
  blocksToPlainText,
  contactChannelSchema,
  describeExpectedResponse,
  describeIssues,
  expectedResponseSchema,
  isSupportLevelKey,
  parseOrThrow,
  slugify,
  slugSchema,
  SUPPORT_LEVEL_DEFAULTS,
  SUPPORT_LEVEL_KEYS,
} from '@doorstep/domain';
import { servicePages } from '@doorstep/demo';

describe('support levels', () => {
  it('are the four fixed keys, each with default wording', () => {
    expect(SUPPORT_LEVEL_KEYS).toEqual(['level-0', 'level-1', 'level-2', 'level-3']);
    expect(SUPPORT_LEVEL_DEFAULTS.map((level) => level.key)).toEqual(SUPPORT_LEVEL_KEYS);
    expect(isSupportLevelKey('level-2')).toBe(true);
    expect(isSupportLevelKey('level-4')).toBe(false);
    expect(isSupportLevelKey('level_2')).toBe(false);
  });
});

describe('expected response', () => {
  it.each([
    [{ amount: 1, unit: 'working-days' }, 'within 1 working day'],
    [{ amount: 10, unit: 'working-days' }, 'within 10 working days'],
    [{ amount: 24, unit: 'hours' }, 'within 24 hours'],
    [{ amount: 2, unit: 'weeks' }, 'within 2 weeks'],
    [{ amount: 30, unit: 'calendar-days' }, 'within 30 days'],
  ] as const)('%o reads "%s"', (response, text) => {
    expect(describeExpectedResponse(response)).toBe(text);
  });

  it('refuses negative or fractional amounts', () => {
    expect(expectedResponseSchema.safeParse({ amount: -1, unit: 'hours' }).success).toBe(false);
    expect(expectedResponseSchema.safeParse({ amount: 1.5, unit: 'hours' }).success).toBe(false);
    expect(expectedResponseSchema.safeParse({ amount: 3, unit: 'fortnights' }).success).toBe(false);
  });
});

describe('contact channels', () => {
  it.each([
    [{ kind: 'phone', label: 'Call', value: '01632 960 001' }, undefined],
    [{ kind: 'phone', label: 'Call', value: '+44 1632 960001' }, undefined],
    [{ kind: 'phone', label: 'Call', value: 'ring the office' }, 'value: Enter a UK phone number, like 01632 960 001'],
    [{ kind: 'email', label: 'Email', value: 'bins@bramblewick.example' }, undefined],
    [
      { kind: 'email', label: 'Email', value: 'bins at council' },
      'value: Enter an email address, like name@example.gov.uk',
    ],
    [{ kind: 'online', label: 'Report', value: '/forms/report-a-missed-bin/' }, undefined],
    [
      { kind: 'online', label: 'Report', value: 'javascript:alert(1)' },
      'value: Enter a link starting with https:// or with / for a page of this site (not //)',
    ],
    [{ kind: 'in-person', label: 'Visit', value: 'Any community hub' }, undefined],
  ])('%o', (channel, problem) => {
    const result = contactChannelSchema.safeParse(channel);
    expect(result.success ? undefined : describeIssues(result.error)[0]).toBe(problem);
  });
});

describe('rich text blocks', () => {
  it('accepts the node types the site renders', () => {
    const blocks = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'What you need' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'See ', bold: true },
          { type: 'link', url: '/services/x/', children: [{ type: 'text', text: 'x' }] },
        ],
      },
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'One' }] },
          { type: 'list', format: 'unordered', children: [] },
        ],
      },
      { type: 'quote', children: [{ type: 'text', text: 'Quoted' }] },
    ];
    expect(blocksToPlainText(blocksSchema.parse(blocks))).toBe('What you need\n\nSee x\n\nOne\n\nQuoted');
  });

  it.each([
    [
      [{ type: 'image', image: { url: 'x' }, children: [] }],
      /\[0\]\.type: This kind of block cannot be shown on the site/,
    ],
    [[{ type: 'heading', level: 1, children: [] }], /\[0\]\.level: Headings in body text must be level 2, 3 or 4/],
    [
      [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [] }] }],
      /\[0\]\.children\[0\]\.url: Link must start with/,
    ],
    [[{ type: 'paragraph', children: [{ type: 'text', text: 'x', html: '<script>' }] }], /Unrecognized key/],
  ])('refuses %j naming where', (blocks, message) => {
    expect(() => parseOrThrow(blocksSchema, blocks, 'body')).toThrow(message);
  });
});

describe('slugs', () => {
  it.each([
    ['Report a missed bin', 'report-a-missed-bin'],
    ['Council Tax: pay & view', 'council-tax-pay-and-view'],
    ['  Café opening hours  ', 'cafe-opening-hours'],
  ])('slugify(%s) is %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });

  it('refuses slugs that are not lower-case words and hyphens', () => {
    expect(slugSchema.safeParse('Bad Slug').success).toBe(false);
    expect(slugSchema.safeParse('double--hyphen').success).toBe(false);
  });
});

describe('the demo council', () => {
  it('has 40+ service pages over all four levels, each with valid rich text and contacts', () => {
    expect(servicePages.length).toBeGreaterThanOrEqual(40);
    for (const key of SUPPORT_LEVEL_KEYS) {
      expect(servicePages.filter((page) => page.level === key).length, key).toBeGreaterThanOrEqual(6);
    }
    for (const page of servicePages) {
      expect(page.summary.length, page.slug).toBeLessThanOrEqual(160);
      parseOrThrow(blocksSchema, page.body, `${page.slug}.body`);
      page.contactChannels.forEach((channel, index) =>
        parseOrThrow(contactChannelSchema, channel, `${page.slug}.contactChannels[${index}]`),
      );
    }
  });
});
