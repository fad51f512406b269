import { z } from 'zod';
import { isRichTextLink } from './links.js';

/**
 * Strapi's "blocks" rich text, parsed strictly. The site renders only these node
 * types; anything else fails the build naming the entry and field, so no raw HTML
 * path from the CMS can ever reach a resident.
 */
export const textNodeSchema = z.strictObject({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});

const safeUrl = z.string().refine(isRichTextLink, {
  message: 'Link must start with https://, http://, mailto:, tel:, # or a single / for a page of this site',
});

export const linkNodeSchema = z.strictObject({
  type: z.literal('link'),
  url: safeUrl,
  children: z.array(textNodeSchema),
});

export const inlineNodeSchema = z.discriminatedUnion('type', [textNodeSchema, linkNodeSchema]);

export const paragraphBlockSchema = z.strictObject({
  type: z.literal('paragraph'),
  children: z.array(inlineNodeSchema),
});

export const headingBlockSchema = z.strictObject({
  type: z.literal('heading'),
  level: z.union([z.literal(2), z.literal(3), z.literal(4)], {
    error: 'Headings in body text must be level 2, 3 or 4 (the page title is level 1)',
  }),
  children: z.array(inlineNodeSchema),
});

export const listItemBlockSchema = z.strictObject({
  type: z.literal('list-item'),
  children: z.array(inlineNodeSchema),
});

export interface ListBlock {
  type: 'list';
  format: 'ordered' | 'unordered';
  indentLevel?: number | undefined;
  children: Array<ListItemBlock | ListBlock>;
}
export type ListItemBlock = z.infer<typeof listItemBlockSchema>;

// Lists nest, so their children are declared lazily; the list itself stays a plain
// object schema so the block union below can discriminate on `type` and report
// problems inside the right branch.
const listChildSchema: z.ZodType<ListItemBlock | ListBlock> = z.lazy(() =>
  z.discriminatedUnion('type', [listItemBlockSchema, listBlockSchema]),
);

export const listBlockSchema = z.strictObject({
  type: z.literal('list'),
  format: z.enum(['ordered', 'unordered']),
  indentLevel: z.number().int().min(0).optional(),
  children: z.array(listChildSchema),
});

export const quoteBlockSchema = z.strictObject({
  type: z.literal('quote'),
  children: z.array(inlineNodeSchema),
});

export const blockSchema = z.discriminatedUnion(
  'type',
  [paragraphBlockSchema, headingBlockSchema, listBlockSchema, quoteBlockSchema],
  { error: 'This kind of block cannot be shown on the site: use paragraphs, headings, lists or quotes' },
);

export const blocksSchema = z.array(blockSchema);

export type TextNode = z.infer<typeof textNodeSchema>;
export type LinkNode = z.infer<typeof linkNodeSchema>;
export type InlineNode = z.infer<typeof inlineNodeSchema>;
export type Block = z.infer<typeof blockSchema>;

/** Plain text of a block tree, for search snippets and meta descriptions. */
export function blocksToPlainText(blocks: readonly Block[]): string {
  const inline = (nodes: readonly InlineNode[]): string =>
    nodes.map((node) => (node.type === 'text' ? node.text : inline(node.children))).join('');
  const block = (node: Block | ListItemBlock): string => {
    if (node.type === 'list') return node.children.map(block).filter(Boolean).join('\n');
    return inline(node.children);
  };
  return blocks.map(block).join('\n\n');
}
