import { expect, it } from 'vitest';
import { renderBlocks } from '../../site/src/lib/rich-text';

it('turns blocks into a tree of known tags, with text left as text', () => {
  const tree = renderBlocks([
    { type: 'heading', level: 2, children: [{ type: 'text', text: '<script>alert(1)</script>' }] },
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Bold', bold: true, italic: true },
        { type: 'link', url: '/a/', children: [{ type: 'text', text: 'A' }] },
      ],
    },
    { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'One' }] }] },
  ]);
  expect(tree).toEqual([
    { tag: 'h2', children: ['<script>alert(1)</script>'] },
    {
      tag: 'p',
      children: [
        { tag: 'strong', children: [{ tag: 'em', children: ['Bold'] }] },
        { tag: 'a', href: '/a/', children: ['A'] },
      ],
    },
    { tag: 'ul', children: [{ tag: 'li', children: ['One'] }] },
  ]);
});

it('fails loudly on a node type it does not know', () => {
  expect(() => renderBlocks([{ type: 'image' } as never])).toThrow(/Unexpected value/);
});
