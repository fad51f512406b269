import type { Core } from '@strapi/strapi';
import { EDITORIAL_TYPES } from '../editorial-types';

/** What a revision needs of one attribute of Strapi's schema. */
export interface Attribute {
  type: string;
  component?: string;
  components?: string[];
  target?: string;
  mappedBy?: string;
  relation?: string;
}

/** Kept by Strapi, not by editors: never in a snapshot, never restored. */
const SYSTEM = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
]);

/**
 * The attributes a revision keeps: the editor's fields, components and dynamic zones,
 * and the relations this document owns. A relation kept on the other side (a hub's
 * link to its pages, `mappedBy`) belongs to the other document's history.
 */
export function keptAttributes(attributes: Record<string, unknown>): Array<[string, Attribute]> {
  return Object.entries(attributes as Record<string, Attribute>).filter(
    ([name, attribute]) =>
      !SYSTEM.has(name) &&
      !(attribute.type === 'relation' && (attribute.mappedBy || attribute.target?.startsWith('admin::'))),
  );
}

export const componentAttributes = (strapi: Core.Strapi, uid: string): Record<string, unknown> =>
  (strapi.components as unknown as Record<string, { attributes: Record<string, unknown> } | undefined>)[uid]
    ?.attributes ?? {};

export const contentTypeAttributes = (strapi: Core.Strapi, uid: string): Record<string, unknown> =>
  (strapi.contentType(uid as never) as unknown as { attributes: Record<string, unknown> }).attributes;

/** The field that names an entry of `target`: an editorial type's own, else its title, name or label. */
export function titleFieldOf(strapi: Core.Strapi, target: string): string {
  const editorial = Object.values(EDITORIAL_TYPES).find((type) => type.uid === target);
  if (editorial) return editorial.titleField;
  // Not a private field (a support level's label): the Document Service refuses to read those by name.
  const attributes = contentTypeAttributes(strapi, target) as Record<string, { private?: boolean }>;
  return (
    ['title', 'name', 'label', 'key'].find((name) => name in attributes && !attributes[name]?.private) ?? 'documentId'
  );
}

/** The Document Service populate that reads every kept attribute, components and zones in full. */
export function populateFor(strapi: Core.Strapi, attributes: Record<string, unknown>): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of keptAttributes(attributes)) {
    if (attribute.type === 'component' && attribute.component) {
      populate[name] = { populate: populateFor(strapi, componentAttributes(strapi, attribute.component)) };
    } else if (attribute.type === 'dynamiczone') {
      populate[name] = {
        on: Object.fromEntries(
          (attribute.components ?? []).map((uid) => [
            uid,
            { populate: populateFor(strapi, componentAttributes(strapi, uid)) },
          ]),
        ),
      };
    } else if (attribute.type === 'relation' && attribute.target) {
      populate[name] = { fields: ['documentId', titleFieldOf(strapi, attribute.target)] };
    } else if (attribute.type === 'media') {
      populate[name] = { fields: ['name', 'url', 'alternativeText'] };
    }
  }
  return populate;
}
