import type { Core } from '@strapi/strapi';
import {
  componentAttributes,
  contentTypeAttributes,
  keptAttributes,
  populateFor,
  titleFieldOf,
  type Attribute,
} from './schema';
import type { Snapshot } from './revisions';

/** A related document as a revision keeps it: its id (to restore the link) and its title then (to show it). */
export interface RelatedDocument {
  documentId: string;
  title: string;
}

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function related(strapi: Core.Strapi, target: string, value: unknown): RelatedDocument | null {
  if (!isPlain(value) || typeof value.documentId !== 'string') return null;
  const title = value[titleFieldOf(strapi, target)];
  return { documentId: value.documentId, title: typeof title === 'string' ? title : '' };
}

/** One attribute's value as a snapshot keeps it: components without ids, relations as ids and titles. */
function keptValue(strapi: Core.Strapi, attribute: Attribute, value: unknown): unknown {
  if (value === undefined) return null;
  switch (attribute.type) {
    case 'component': {
      const attributes = componentAttributes(strapi, attribute.component ?? '');
      const one = (item: unknown) => (isPlain(item) ? keptFields(strapi, attributes, item) : null);
      return Array.isArray(value) ? value.map(one) : one(value);
    }
    case 'dynamiczone':
      return (Array.isArray(value) ? value : []).filter(isPlain).map((item) => ({
        __component: item.__component,
        ...keptFields(strapi, componentAttributes(strapi, String(item.__component)), item),
      }));
    case 'relation': {
      const target = attribute.target ?? '';
      if (Array.isArray(value)) return value.map((item) => related(strapi, target, item)).filter(Boolean);
      return related(strapi, target, value);
    }
    case 'media': {
      const media = (item: unknown) =>
        isPlain(item)
          ? { id: item.id, name: item.name, url: item.url, alternativeText: item.alternativeText ?? null }
          : null;
      return Array.isArray(value) ? value.map(media) : media(value);
    }
    default:
      return value;
  }
}

function keptFields(strapi: Core.Strapi, attributes: Record<string, unknown>, entry: Plain): Snapshot {
  return Object.fromEntries(
    keptAttributes(attributes).map(([name, attribute]) => [name, keptValue(strapi, attribute, entry[name])]),
  );
}

/**
 * The document as it is now (its draft, or its published version), as a revision
 * keeps it: every kept field in the schema's order, so two snapshots of the same
 * content are the same text. Null when there is no such version.
 */
export async function takeSnapshot(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  status: 'draft' | 'published',
  locale: string | null,
): Promise<Snapshot | null> {
  const attributes = contentTypeAttributes(strapi, uid);
  const found: unknown = await strapi.documents(uid as never).findOne({
    documentId,
    status,
    ...(locale ? { locale } : {}),
    populate: populateFor(strapi, attributes) as never,
  });
  return isPlain(found) ? keptFields(strapi, attributes, found) : null;
}
