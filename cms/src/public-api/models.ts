import type { Core } from '@strapi/strapi';
import { contentTypes as contentTypeUtils } from '@strapi/utils';
import { modelOf, type Model, type Models } from '@doorstep/domain/public-api';

export type { Models };

type Schema = { attributes: Record<string, unknown> };

/**
 * The public model (@doorstep/domain/public-api) of the public types and every
 * component, from Strapi's own schemas; Strapi says which attributes are private.
 */
export function publicModels(strapi: Core.Strapi, publicTypes: readonly string[]): Models {
  const isPublic = (uid: string) => publicTypes.includes(uid);
  const model = (uid: string, schema: Schema, isDocument: boolean) =>
    modelOf(uid, schema.attributes, {
      isDocument,
      isPublic,
      isPrivate: (name) => contentTypeUtils.isPrivateAttribute(schema as never, name),
    });
  const models = new Map<string, Model>();
  const paths = new Map<string, { model: Model; single: boolean }>();
  for (const uid of publicTypes) {
    const schema = strapi.contentTypes[uid as keyof typeof strapi.contentTypes];
    if (!schema) continue;
    const single = schema.kind === 'singleType';
    const built = model(uid, schema, true);
    models.set(uid, built);
    paths.set(single ? schema.info.singularName : schema.info.pluralName, { model: built, single });
  }
  for (const [uid, schema] of Object.entries(strapi.components)) models.set(uid, model(uid, schema as Schema, false));
  return { get: (uid) => models.get(uid), forPath: (name) => paths.get(name) };
}
