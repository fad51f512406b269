import { describe, expect, it } from 'vitest';
import { blockSchema, contactChannelSchema, isRichTextLink, linkProblem } from '@doorstep/domain';

/** Ways to write "another site" that a careless rule reads as a page of this one. */
const ELSEWHERE = [
  '//evil.example/path',
  '///evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  ' //evil.example',
  'https:evil.example',
  'https:/evil.example',
  'https://',
  'https://user:pass@evil.example',
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'data:text/html,hi',
  'ftp://files.example',
  'evil.example',
];

describe('links editors give', () => {
  it.each(ELSEWHERE)('refuses %j as a banner or button link', (link) => {
    expect(linkProblem(link)).toMatch(/https:\/\/|\//);
  });

  it.each(['/services/report-a-missed-bin/', '/a-z/#b', 'https://www.gov.uk/apply-blue-badge', 'HTTPS://www.gov.uk/'])(
    'accepts %s',
    (link) => {
      expect(linkProblem(link)).toBeUndefined();
    },
  );

  it.each(ELSEWHERE.filter((link) => !link.startsWith('http:')))('refuses %j in body text', (link) => {
    expect(isRichTextLink(link)).toBe(false);
  });

  it.each([
    '#contact',
    'mailto:benefits@bramblewick.example',
    'tel:01632 960 001',
    'http://example.org/old-page',
    '/contact-us/',
  ])('accepts %s in body text', (link) => {
    expect(isRichTextLink(link)).toBe(true);
  });

  it('applies to contact channels and rich text alike', () => {
    const channel = contactChannelSchema.safeParse({
      kind: 'online',
      label: 'Apply',
      value: '//evil.example',
      availability: null,
    });
    expect(channel.success).toBe(false);
    const paragraph = blockSchema.safeParse({
      type: 'paragraph',
      children: [{ type: 'link', url: '//evil.example', children: [{ type: 'text', text: 'here' }] }],
    });
    expect(paragraph.success).toBe(false);
  });
});
