import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSnapshots, markChanges } from '../../cms/src/history/compare';
import { KEEP_POLICY, revisionsToPrune } from '../../cms/src/history/policy';
import { doorstepHistoryFor } from '../../cms/src/history/strapi-history-redirect';
import { blocksToLines, readableValue, type FieldInfo, type Line } from '../../cms/src/history/readable';

const text = (value: string) => ({ type: 'text', text: value });
const paragraph = (value: string) => ({ type: 'paragraph', children: [text(value)] });
const texts = (lines: Line[]) => lines.map((line) => line.text);

describe('rich text reads as paragraphs and lists, not JSON', () => {
  it('turns headings, paragraphs with links, nested lists and quotes into lines', () => {
    const lines = blocksToLines([
      { type: 'heading', level: 2, children: [text('What happens next')] },
      {
        type: 'paragraph',
        children: [text('Read the '), { type: 'link', url: '/bins/', children: [text('bin guide')] }, text('.')],
      },
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [text('Sort it')] },
          { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('Glass')] }] },
          { type: 'list-item', children: [text('Put it out')] },
        ],
      },
      { type: 'quote', children: [text('Quick and easy')] },
      { type: 'image', image: { alternativeText: 'A green bin' } },
    ]);
    expect(lines).toEqual([
      { text: 'What happens next', style: 'heading', depth: 0 },
      { text: 'Read the bin guide (/bins/).', style: 'paragraph', depth: 0 },
      { text: 'Sort it', style: 'number', depth: 0 },
      { text: 'Glass', style: 'bullet', depth: 1 },
      { text: 'Put it out', style: 'number', depth: 0 },
      { text: 'Quick and easy', style: 'quote', depth: 0 },
      { text: 'Image: A green bin', style: 'paragraph', depth: 0 },
    ]);
    expect(JSON.stringify(lines)).not.toContain('"children"');
  });

  it('reads nothing from what is not blocks', () => {
    expect(blocksToLines(null)).toEqual([]);
    expect(blocksToLines([null, 3, { type: 'paragraph' }])).toEqual([{ text: '', style: 'paragraph', depth: 0 }]);
  });
});

const FIELDS: FieldInfo[] = [
  { name: 'title', label: 'Title', shape: { kind: 'text' } },
  { name: 'body', label: 'Page text', shape: { kind: 'blocks' } },
  { name: 'isTopTask', label: 'Top task', shape: { kind: 'boolean' } },
  { name: 'taskType', label: 'Kind of task', shape: { kind: 'enumeration' } },
  { name: 'serviceArea', label: 'Service area', shape: { kind: 'relation' } },
  {
    name: 'contactChannels',
    label: 'Contact',
    shape: {
      kind: 'component',
      name: 'Contact channel',
      repeatable: true,
      fields: [
        { name: 'kind', label: 'How', shape: { kind: 'enumeration' } },
        { name: 'value', label: 'Where', shape: { kind: 'text' } },
      ],
    },
  },
  {
    name: 'questions',
    label: 'Questions',
    shape: {
      kind: 'zone',
      components: {
        'form.short-text': {
          name: 'Short text',
          fields: [{ name: 'label', label: 'Question', shape: { kind: 'text' } }],
        },
      },
    },
  },
  { name: 'reviewBy', label: 'Review by', shape: { kind: 'date' } },
];

const older = {
  title: 'Report a missed bin',
  body: [paragraph('Tell us by 5pm.'), paragraph('We collect within 2 days.')],
  isTopTask: false,
  taskType: 'action',
  serviceArea: { documentId: 'a1', title: 'Waste and recycling' },
  contactChannels: [{ kind: 'phone', value: '01632 960 000' }],
  questions: [{ __component: 'form.short-text', label: 'Your street' }],
  reviewBy: '2027-06-01',
};

describe('two revisions compared field by field', () => {
  it('marks the changed fields, in the order given, with their labels', () => {
    const newer = {
      ...older,
      body: [
        paragraph('Tell us by 5pm.'),
        paragraph('Check your bin day first.'),
        paragraph('We collect within 2 days.'),
      ],
      isTopTask: true,
    };
    const fields = compareSnapshots(FIELDS, older, newer);
    expect(fields.map((field) => [field.label, field.changed])).toEqual([
      ['Title', false],
      ['Page text', true],
      ['Top task', true],
      ['Kind of task', false],
      ['Service area', false],
      ['Contact', false],
      ['Questions', false],
      ['Review by', false],
    ]);
    const body = fields[1]!;
    // Only the paragraph put in is marked: the one after it is not.
    expect(body.before.map((line) => line.changed)).toEqual([false, false]);
    expect(body.after.map((line) => [line.text, line.changed])).toEqual([
      ['Tell us by 5pm.', false],
      ['Check your bin day first.', true],
      ['We collect within 2 days.', false],
    ]);
    expect(fields[2]!.before).toEqual([{ text: 'No', style: 'paragraph', depth: 0, changed: true }]);
    expect(fields[2]!.after).toEqual([{ text: 'Yes', style: 'paragraph', depth: 0, changed: true }]);
  });

  it('reads components, zones, relations, choices and dates in words', () => {
    const read = (name: string) =>
      texts(
        readableValue(
          FIELDS.find((field) => field.name === name)!,
          older[name as keyof typeof older],
        ),
      );
    expect(read('taskType')).toEqual(['A task residents do']);
    expect(read('serviceArea')).toEqual(['Waste and recycling']);
    expect(read('contactChannels')).toEqual(['Contact channel 1', 'How: Phone', 'Where: 01632 960 000']);
    expect(read('questions')).toEqual(['1. Short text', 'Question: Your street']);
    expect(read('reviewBy')).toEqual(['1 June 2027']);
  });

  it('counts a field emptied as changed, and reads it as nothing', () => {
    const [title] = compareSnapshots(FIELDS.slice(0, 1), older, { title: null });
    expect(title).toMatchObject({ changed: true, after: [] });
    expect(title!.before[0]).toMatchObject({ text: 'Report a missed bin', changed: true });
  });

  it('marks nothing when both sides read the same', () => {
    const lines: Line[] = [{ text: 'Same', style: 'paragraph', depth: 0 }];
    expect(markChanges(lines, lines)).toEqual({
      before: [{ ...lines[0], changed: false }],
      after: [{ ...lines[0], changed: false }],
    });
  });
});

describe('the pruning policy: every revision for 90 days, then the newest 50 of each document', () => {
  const now = new Date('2027-06-01T12:00:00Z');
  const day = 24 * 60 * 60 * 1000;
  const daysAgo = (days: number, id: number) => ({ id, at: now.getTime() - days * day });

  it('states the policy the README gives', () => {
    expect(KEEP_POLICY).toEqual({ days: 90, newest: 50 });
  });

  it('keeps every revision younger than 90 days, however many', () => {
    const recent = Array.from({ length: 120 }, (_, index) => daysAgo(89, index + 1));
    expect(revisionsToPrune(recent, now)).toEqual([]);
  });

  it('keeps the newest 50 however old, and removes older ones past 90 days', () => {
    const old = Array.from({ length: 60 }, (_, index) => daysAgo(200 - index, index + 1));
    const removed = revisionsToPrune(old, now);
    expect(removed.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('counts recent revisions among the newest 50', () => {
    const mixed = [
      ...Array.from({ length: 49 }, (_, index) => daysAgo(1, 100 + index)),
      daysAgo(91, 1),
      daysAgo(92, 2),
      daysAgo(30, 3),
    ];
    // 49 + 1 recent are the newest 50; of the two older than 90 days neither is among them.
    expect(revisionsToPrune(mixed, now).sort()).toEqual([1, 2]);
  });

  it('takes the policy it is given, at its edges', () => {
    const edge = [daysAgo(10, 1), daysAgo(10, 2), { id: 3, at: now.getTime() - 10 * day + 1 }];
    expect(revisionsToPrune(edge, now, { days: 10, newest: 1 })).toEqual([]);
    // Exactly 10 days old is still within the days kept; a millisecond older is not.
    expect(revisionsToPrune([...edge, daysAgo(11, 4)], now, { days: 10, newest: 1 })).toEqual([4]);
    expect(
      revisionsToPrune([...edge, { id: 5, at: now.getTime() - 10 * day - 1 }], now, { days: 10, newest: 1 }),
    ).toEqual([5]);
  });
});

describe('Strapi’s own history page’s addresses lead to Doorstep’s', () => {
  it('sends a kept type’s document to its history, anything else to the latest changes', () => {
    const cm = '/content-manager/collection-types';
    expect(doorstepHistoryFor(`${cm}/api::info-page.info-page/ab12cd34ef56gh78ij90kl12/history`)).toBe(
      '/history/info-page/ab12cd34ef56gh78ij90kl12',
    );
    expect(doorstepHistoryFor(`${cm}/api%3A%3Aservice-page.service-page/x1/history/`)).toBe('/history/service-page/x1');
    expect(doorstepHistoryFor(`${cm}/api::submission.submission/x1/history`)).toBe('/history');
    expect(doorstepHistoryFor('/content-manager/single-types/api::site-setting.site-setting/history')).toBe('/history');
    expect(doorstepHistoryFor(`${cm}/api::info-page.info-page/x1`)).toBeNull();
    expect(doorstepHistoryFor(`${cm}/api::info-page.info-page/create`)).toBeNull();
    expect(doorstepHistoryFor('/history')).toBeNull();
  });

  it('answers any path with nothing or an address inside Doorstep’s history, never elsewhere', () => {
    const segment = fc.oneof(
      fc.constantFrom(
        'content-manager',
        'collection-types',
        'single-types',
        'history',
        'api::info-page.info-page',
        '%',
        '..',
        '',
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 7 }), (segments) => {
        const target = doorstepHistoryFor(`/${segments.join('/')}`);
        if (target !== null) expect(target).toMatch(/^\/history(\/[a-z-]+\/[a-z0-9]+)?$/);
      }),
      { numRuns: 2000 },
    );
  });
});
