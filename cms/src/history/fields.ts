import type { Core } from '@strapi/strapi';
import { COMPONENTS, EDITORIAL_TYPES as WORDS } from '../content/admin-words';
import { FIELDS as REVIEW_FIELDS } from '../reviews/labels';
import type { FieldInfo, FieldShape } from './readable';
import { componentAttributes, contentTypeAttributes, keptAttributes, type Attribute } from './schema';

/** "linkUrl" as "Link url": only for a field the admin's words have not named (a unit test checks there are none). */
const humanise = (name: string) => {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const componentName = (strapi: Core.Strapi, uid: string): string =>
  (strapi.components as unknown as Record<string, { info?: { displayName?: string } } | undefined>)[uid]?.info
    ?.displayName ?? uid;

const SCALAR: Record<string, Exclude<FieldShape['kind'], 'component' | 'zone'>> = {
  string: 'text',
  text: 'text',
  email: 'text',
  uid: 'text',
  integer: 'text',
  biginteger: 'text',
  decimal: 'text',
  float: 'text',
  boolean: 'boolean',
  enumeration: 'enumeration',
  date: 'date',
  datetime: 'datetime',
  blocks: 'blocks',
  relation: 'relation',
};

function shapeOf(strapi: Core.Strapi, attribute: Attribute): FieldShape {
  if (attribute.type === 'component' && attribute.component) {
    const uid = attribute.component;
    return {
      kind: 'component',
      name: componentName(strapi, uid),
      repeatable: (attribute as { repeatable?: boolean }).repeatable === true,
      fields: fieldsOf(strapi, componentAttributes(strapi, uid), COMPONENTS[uid]?.fields ?? {}),
    };
  }
  if (attribute.type === 'dynamiczone') {
    return {
      kind: 'zone',
      components: Object.fromEntries(
        (attribute.components ?? []).map((uid) => [
          uid,
          {
            name: componentName(strapi, uid),
            fields: fieldsOf(strapi, componentAttributes(strapi, uid), COMPONENTS[uid]?.fields ?? {}),
          },
        ]),
      ),
    };
  }
  return { kind: SCALAR[attribute.type] ?? 'other' };
}

function fieldsOf(
  strapi: Core.Strapi,
  attributes: Record<string, unknown>,
  words: Record<string, { label: string }>,
): FieldInfo[] {
  return keptAttributes(attributes).map(([name, attribute]) => ({
    name,
    label: words[name]?.label ?? humanise(name),
    shape: shapeOf(strapi, attribute),
  }));
}

/** The fields a revision of `uid` keeps, labelled in the admin's words, in the schema's order. */
export const revisionFields = (strapi: Core.Strapi, uid: string): FieldInfo[] =>
  fieldsOf(strapi, contentTypeAttributes(strapi, uid), { ...REVIEW_FIELDS, ...(WORDS[uid]?.fields ?? {}) });
