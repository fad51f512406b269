import { assertNever, type Block, type InlineNode, type ListBlock } from '@doorstep/domain';

/**
 * Rich text becomes a small tree of known HTML elements. Text stays text (Astro
 * escapes it) and only these tags exist, so there is no raw HTML path from the CMS.
 */
export type RichTag =
  'p' | 'h2' | 'h3' | 'h4' | 'ul' | 'ol' | 'li' | 'blockquote' | 'a' | 'strong' | 'em' | 's' | 'u' | 'code';
export type RichNode = string | { tag: RichTag; href?: string; children: RichNode[] };

export function renderBlocks(blocks: readonly Block[]): RichNode[] {
  return blocks.map(renderBlock);
}

function renderBlock(node: Block): RichNode {
  switch (node.type) {
    case 'paragraph':
      return { tag: 'p', children: renderInline(node.children) };
    case 'heading':
      return { tag: `h${node.level}`, children: renderInline(node.children) };
    case 'list':
      return renderList(node);
    case 'quote':
      return { tag: 'blockquote', children: renderInline(node.children) };
    default:
      return assertNever(node);
  }
}

function renderList(node: ListBlock): RichNode {
  return {
    tag: node.format === 'ordered' ? 'ol' : 'ul',
    children: node.children.map((child) =>
      child.type === 'list' ? renderList(child) : { tag: 'li', children: renderInline(child.children) },
    ),
  };
}

function renderInline(nodes: readonly InlineNode[]): RichNode[] {
  return nodes.map((node) => {
    switch (node.type) {
      case 'text':
        return renderText(node);
      case 'link':
        return { tag: 'a', href: node.url, children: renderInline(node.children) };
      default:
        return assertNever(node);
    }
  });
}

function renderText(node: Extract<InlineNode, { type: 'text' }>): RichNode {
  let rendered: RichNode = node.text;
  const wrap = (tag: RichTag, on: boolean | undefined) => {
    if (on) rendered = { tag, children: [rendered] };
  };
  wrap('code', node.code);
  wrap('s', node.strikethrough);
  wrap('u', node.underline);
  wrap('em', node.italic);
  wrap('strong', node.bold);
  return rendered;
}
