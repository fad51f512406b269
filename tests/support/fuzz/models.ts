import type { Core } from '@strapi/strapi';
import { PUBLIC_READ_TYPES } from '../../../cms/src/public-api/permissions';
import type { FuzzModel, ModelLookup } from './rest-queries';
import type { FuzzField } from './values';

type Attributes = Record<string, Omit<FuzzField, 'name'>>;

function fieldsOf(attributes: Attributes, isDocument: boolean): FuzzField[] {
  const system: FuzzField[] = [
    { name: 'id', type: 'integer' },
    ...(isDocument ? [{ name: 'documentId', type: 'uid' }] : []),
  ];
  return [...system, ...Object.entries(attributes).map(([name, attribute]) => ({ ...attribute, name }))];
}

/** Every public type as Strapi's own schema describes it (not as the code under test does). */
export function fuzzModels(strapi: Core.Strapi): { models: FuzzModel[]; lookup: ModelLookup } {
  const models = PUBLIC_READ_TYPES.map((uid) => {
    const schema = strapi.contentTypes[uid];
    const name = schema.kind === 'singleType' ? schema.info.singularName : schema.info.pluralName;
    return { path: `/api/${name}`, fields: fieldsOf(schema.attributes, true) };
  });
  const lookup: ModelLookup = (uid) => {
    const component = (strapi.components as unknown as Record<string, { attributes: Attributes }>)[uid];
    if (component) return fieldsOf(component.attributes, false);
    const type = (strapi.contentTypes as unknown as Record<string, { attributes: Attributes }>)[uid];
    return type ? fieldsOf(type.attributes, true) : undefined;
  };
  return { models, lookup };
}
