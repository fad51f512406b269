import type { ScalarType } from './operators.js';

/**
 * What a public client may name in a query: each public content type's and
 * component's fields, without private ones (owner, reviewBy, createdBy...) and
 * without relations to anything the public cannot read. Built from Strapi's own
 * schemas (cms/src/public-api/models.ts hands them over).
 */
export type Field =
  | { kind: 'scalar'; type: ScalarType; values?: readonly string[] }
  | { kind: 'relation'; target: string }
  | { kind: 'component'; component: string }
  /** JSON, rich text blocks, dynamic zones and media: shown, never filtered or sorted on. */
  | { kind: 'opaque'; type: string };

export interface Model {
  uid: string;
  fields: ReadonlyMap<string, Field>;
}

export interface Models {
  get(uid: string): Model | undefined;
  /** The public type a REST path names: `service-pages` (collection) or `site-setting` (single). */
  forPath(name: string): { model: Model; single: boolean } | undefined;
}

const SCALARS: Readonly<Record<string, ScalarType>> = {
  string: 'text',
  text: 'text',
  richtext: 'text',
  email: 'text',
  uid: 'text',
  enumeration: 'enumeration',
  integer: 'integer',
  biginteger: 'biginteger',
  float: 'float',
  decimal: 'float',
  boolean: 'boolean',
  date: 'date',
  datetime: 'datetime',
  timestamp: 'datetime',
  time: 'time',
};

/** An attribute of a Strapi content type or component, as its schema.json writes it. */
interface Attribute {
  type: string;
  target?: string;
  component?: string;
  enum?: string[];
}

export interface ModelSource {
  /** A content type (with a documentId) rather than a component (rows of its parent, with an id only). */
  isDocument: boolean;
  isPublic: (uid: string) => boolean;
  /** Strapi's own answer, which also knows the attributes made private by configuration. */
  isPrivate: (attribute: string) => boolean;
}

function fieldOf(attribute: Attribute, isPublic: (uid: string) => boolean): Field | undefined {
  const scalar = SCALARS[attribute.type];
  if (scalar)
    return attribute.enum ? { kind: 'scalar', type: scalar, values: attribute.enum } : { kind: 'scalar', type: scalar };
  if (attribute.type === 'relation') {
    return attribute.target && isPublic(attribute.target) ? { kind: 'relation', target: attribute.target } : undefined;
  }
  if (attribute.type === 'component' && attribute.component)
    return { kind: 'component', component: attribute.component };
  return { kind: 'opaque', type: attribute.type };
}

/** The public model of one content type or component, from its schema's attributes. */
export function modelOf(uid: string, attributes: Record<string, unknown>, source: ModelSource): Model {
  const fields = new Map<string, Field>([['id', { kind: 'scalar', type: 'integer' }]]);
  if (source.isDocument) fields.set('documentId', { kind: 'scalar', type: 'text' });
  for (const [name, attribute] of Object.entries(attributes)) {
    if (source.isPrivate(name)) continue;
    const field = fieldOf(attribute as Attribute, source.isPublic);
    if (field) fields.set(name, field);
  }
  return { uid, fields };
}
