import { ENUM_LABELS } from '@doorstep/domain/enum-labels';

/** One line of a field's value as editors read it in a comparison. */
export interface Line {
  text: string;
  style: 'paragraph' | 'heading' | 'bullet' | 'number' | 'quote';
  /** How far it is indented: items in a nested list, fields inside a component. */
  depth: number;
  /** Not in the other version (set by the comparison). */
  changed?: boolean;
}

/** What a field holds, so its value can be read out: the closed set of Strapi's attribute kinds Doorstep uses. */
export type FieldShape =
  | { kind: 'text' | 'boolean' | 'enumeration' | 'date' | 'datetime' | 'blocks' | 'relation' | 'other' }
  | { kind: 'component'; name: string; repeatable: boolean; fields: FieldInfo[] }
  | { kind: 'zone'; components: Record<string, { name: string; fields: FieldInfo[] }> };

export interface FieldInfo {
  name: string;
  /** The admin's plain-English label (cms/src/content/admin-words). */
  label: string;
  shape: FieldShape;
}

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const line = (text: string, style: Line['style'] = 'paragraph', depth = 0): Line => ({ text, style, depth });

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const DATE_AND_TIME = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/London',
});

/** The words inside inline nodes (text and links); a link keeps its address in brackets. */
function inlineText(nodes: unknown): string {
  if (!Array.isArray(nodes)) return '';
  return nodes
    .map((node) => {
      if (!isPlain(node)) return '';
      if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
      const words = inlineText(node.children);
      return node.type === 'link' && typeof node.url === 'string' ? `${words} (${node.url})` : words;
    })
    .join('');
}

function listLines(list: Plain, depth: number): Line[] {
  const style = list.format === 'ordered' ? 'number' : 'bullet';
  const children = Array.isArray(list.children) ? list.children : [];
  return children.flatMap((child): Line[] => {
    if (!isPlain(child)) return [];
    if (child.type === 'list') return listLines(child, depth + 1);
    return [line(inlineText(child.children), style, depth)];
  });
}

/**
 * Strapi's blocks (rich text) as paragraphs, headings, list items and quotes to read,
 * not JSON. Lenient, unlike the site's strict parse (domain/src/blocks.ts): a draft
 * may hold what the site refuses, and its history must still read.
 */
export function blocksToLines(value: unknown, depth = 0): Line[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((block): Line[] => {
    if (!isPlain(block)) return [];
    switch (block.type) {
      case 'heading':
        return [line(inlineText(block.children), 'heading', depth)];
      case 'list':
        return listLines(block, depth);
      case 'quote':
        return [line(inlineText(block.children), 'quote', depth)];
      case 'image': {
        const image = isPlain(block.image) ? block.image : {};
        const alt = typeof image.alternativeText === 'string' ? image.alternativeText : '';
        return [line(`Image${alt ? `: ${alt}` : ''}`, 'paragraph', depth)];
      }
      default:
        return [line(inlineText(block.children), 'paragraph', depth)];
    }
  });
}

function scalarText(kind: FieldShape['kind'], value: unknown): string {
  if (kind === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' && kind === 'enumeration') return ENUM_LABELS[value] ?? value;
  if (typeof value === 'string' && kind === 'date') return DATE.format(new Date(`${value.slice(0, 10)}T12:00:00Z`));
  if (typeof value === 'string' && kind === 'datetime') return DATE_AND_TIME.format(new Date(value));
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** A component's fields, one line each ("Label: value"), or a heading and its lines for longer values. */
function fieldsLines(fields: readonly FieldInfo[], entry: unknown, depth: number): Line[] {
  if (!isPlain(entry)) return [];
  return fields.flatMap((field) => {
    const lines = readableValue(field, entry[field.name], depth + 1);
    if (lines.length === 0) return [];
    const [first] = lines;
    if (lines.length === 1 && first?.style === 'paragraph')
      return [line(`${field.label}: ${first.text}`, 'paragraph', depth)];
    return [line(`${field.label}:`, 'paragraph', depth), ...lines];
  });
}

/** A field's value as lines to read; an empty field has none. */
export function readableValue(field: FieldInfo, value: unknown, depth = 0): Line[] {
  if (value === null || value === undefined || value === '') return [];
  const { shape } = field;
  switch (shape.kind) {
    case 'blocks':
      return blocksToLines(value, depth);
    case 'relation': {
      const items = (Array.isArray(value) ? value : [value]).filter(isPlain);
      return items.map((item) =>
        line(typeof item.title === 'string' && item.title ? item.title : 'Untitled', 'bullet', depth),
      );
    }
    case 'component': {
      if (!shape.repeatable) return fieldsLines(shape.fields, value, depth);
      const items = Array.isArray(value) ? value : [];
      return items.flatMap((item, index) => [
        line(`${shape.name} ${index + 1}`, 'heading', depth),
        ...fieldsLines(shape.fields, item, depth + 1),
      ]);
    }
    case 'zone': {
      const items = (Array.isArray(value) ? value : []).filter(isPlain);
      return items.flatMap((item, index) => {
        const component = shape.components[String(item.__component)];
        return [
          line(`${index + 1}. ${component?.name ?? String(item.__component)}`, 'heading', depth),
          ...fieldsLines(component?.fields ?? [], item, depth + 1),
        ];
      });
    }
    default:
      return [line(scalarText(shape.kind, value), 'paragraph', depth)];
  }
}
