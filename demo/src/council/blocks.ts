import type { Block, InlineNode, LinkNode, ListItemBlock, TextNode } from '@doorstep/domain';

/**
 * Small builders for Strapi "blocks" rich text, so the demo content reads like
 * prose rather than nested JSON. They only produce the node types that
 * `blocksSchema` in @doorstep/domain accepts.
 */
export type Inline = string | InlineNode;

const toInline = (parts: Inline[]): InlineNode[] =>
  parts.map((part): InlineNode => (typeof part === 'string' ? { type: 'text', text: part } : part));

const toListItem = (entry: Inline | Inline[]): ListItemBlock => ({
  type: 'list-item',
  children: toInline(Array.isArray(entry) ? entry : [entry]),
});

export const bold = (text: string): TextNode => ({ type: 'text', text, bold: true });

export const link = (url: string, text: string): LinkNode => ({
  type: 'link',
  url,
  children: [{ type: 'text', text }],
});

export const p = (...parts: Inline[]): Block => ({ type: 'paragraph', children: toInline(parts) });

/** Body headings are level 2: the page title is the only level 1 heading. */
export const h2 = (text: string): Block => ({ type: 'heading', level: 2, children: [{ type: 'text', text }] });

/** A bulleted list; pass an array for an item that mixes text and links. */
export const ul = (...items: Array<Inline | Inline[]>): Block => ({
  type: 'list',
  format: 'unordered',
  children: items.map(toListItem),
});

/** A numbered list, for steps that happen in order. */
export const ol = (...items: Array<Inline | Inline[]>): Block => ({
  type: 'list',
  format: 'ordered',
  children: items.map(toListItem),
});
