import type { Core } from '@strapi/strapi';
import { contentTypes as contentTypeUtils } from '@strapi/utils';
import type { Field, Model, Models, ScalarType } from '@doorstep/domain/public-api';

export type { Models };

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

interface Attribute {
  type: string;
  target?: string;
  component?: string;
  enum?: string[];
}

type Schema = { attributes: Record<string, unknown> };

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

/**
 * The public model (@doorstep/domain/public-api) from Strapi's own schemas: each public
 * content type's and component's fields, without private ones (owner, reviewBy,
 * createdBy...) and without relations to anything the public cannot read.
 */
function modelOf(uid: string, schema: Schema, isPublic: (uid: string) => boolean, isDocument: boolean): Model {
  // Components are rows of their parent: they have an id but no documentId.
  const fields = new Map<string, Field>([['id', { kind: 'scalar', type: 'integer' }]]);
  if (isDocument) fields.set('documentId', { kind: 'scalar', type: 'text' });
  for (const [name, attribute] of Object.entries(schema.attributes)) {
    if (contentTypeUtils.isPrivateAttribute(schema as never, name)) continue;
    const field = fieldOf(attribute as Attribute, isPublic);
    if (field) fields.set(name, field);
  }
  return { uid, fields };
}

export function publicModels(strapi: Core.Strapi, publicTypes: readonly string[]): Models {
  const isPublic = (uid: string) => publicTypes.includes(uid);
  const models = new Map<string, Model>();
  const paths = new Map<string, { model: Model; single: boolean }>();
  for (const uid of publicTypes) {
    const schema = strapi.contentTypes[uid as keyof typeof strapi.contentTypes];
    if (!schema) continue;
    const model = modelOf(uid, schema, isPublic, true);
    models.set(uid, model);
    const single = schema.kind === 'singleType';
    paths.set(single ? schema.info.singularName : schema.info.pluralName, { model, single });
  }
  for (const [uid, schema] of Object.entries(strapi.components)) {
    models.set(uid, modelOf(uid, schema as Schema, isPublic, false));
  }
  return { get: (uid) => models.get(uid), forPath: (name) => paths.get(name) };
}
